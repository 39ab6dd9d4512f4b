package app.rapport.ui;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the main window's size and position between runs (per user, in Java's preferences). */
public final class WindowPlacement {
    private static final String X = "x";
    private static final String Y = "y";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    private static final String MAXIMIZED = "maximized";

    private final Preferences prefs;

    public WindowPlacement(Preferences prefs) {
        this.prefs = prefs;
    }

    /**
     * Puts the window where it was, if that place is still on a screen; else gives it the size its
     * content asks for, made smaller to fit the screen (a 1024×768 screen shows all of it), centred.
     */
    public void restore(Stage stage) {
        double w = prefs.getDouble(WIDTH, -1);
        double h = prefs.getDouble(HEIGHT, -1);
        double x = prefs.getDouble(X, Double.NaN);
        double y = prefs.getDouble(Y, Double.NaN);
        if (w >= 400 && h >= 300 && !Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, w, h)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
            stage.setWidth(w);
            stage.setHeight(h);
        } else if (stage.getScene() != null) {
            Parent root = stage.getScene().getRoot();
            Rectangle2D place = fit(root.prefWidth(-1), root.prefHeight(-1), Screen.getPrimary().getVisualBounds());
            stage.setX(place.getMinX());
            stage.setY(place.getMinY());
            stage.setWidth(place.getWidth());
            stage.setHeight(place.getHeight());
        }
        stage.setMaximized(prefs.getBoolean(MAXIMIZED, false));
    }

    /** A window of the size asked for, no larger than {@code screen}, centred on it. */
    static Rectangle2D fit(double width, double height, Rectangle2D screen) {
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }

    /** Notes where the window is now (not its maximised size, so un-maximising restores it). */
    public void remember(Stage stage) {
        prefs.putBoolean(MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            prefs.putDouble(X, stage.getX());
            prefs.putDouble(Y, stage.getY());
            prefs.putDouble(WIDTH, stage.getWidth());
            prefs.putDouble(HEIGHT, stage.getHeight());
        }
    }
}
