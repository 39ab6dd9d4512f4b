package app.rapport.ui;

import app.rapport.model.HealthBand;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.css.Styleable;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app's look: AtlantaFX's Primer Light as the base, with Rapport's own stylesheet on top. */
public final class Theme {
    public static final String STYLESHEET = "theme/rapport.css";
    public static final String ICON = "theme/rapport-icon.png";

    // Style classes of rapport.css that more than one screen uses.
    /** Secondary text: hints, empty states, descriptions. */
    public static final String MUTED = "muted";
    /** A field's name above or beside its value. */
    public static final String FIELD_CAPTION = "field-caption";
    /** A rounded label: tier, archived, health... */
    public static final String BADGE = "badge";
    public static final String HEALTH_BADGE = "health-badge";
    private static final String HEALTH = "health-";

    private Theme() {
    }

    /** A scene with Rapport's look (and AtlantaFX's Primer Light as the user-agent stylesheet). */
    public static Scene scene(Parent root) {
        useBaseTheme();
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Views.resource(Theme.class, STYLESHEET).toExternalForm());
        return scene;
    }

    /**
     * Makes Primer Light the look of every window (dialogs shown before the main window too), from
     * its precompiled form: reading it is much quicker than parsing its CSS at each start.
     */
    public static void useBaseTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }

    /** The style class of a health band ("health-at_risk"), coloured by rapport.css. */
    public static String healthClass(HealthBand band) {
        return HEALTH + band.name().toLowerCase(Locale.ROOT);
    }

    /** Takes any health band's style class off {@code node}. */
    public static void clearHealth(Styleable node) {
        node.getStyleClass().removeIf(s -> s.startsWith(HEALTH) && !s.equals(HEALTH_BADGE));
    }

    public static void setIcons(Stage stage) {
        stage.getIcons().add(icon());
    }

    /** The app's icon, read once (the app reads it while it starts, off the FX thread). */
    public static Image icon() {
        return IconHolder.IMAGE;
    }

    private static final class IconHolder {
        static final Image IMAGE = new Image(Views.resource(Theme.class, ICON).toExternalForm());
    }
}
