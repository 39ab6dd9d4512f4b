package app.rapport.ui;

import app.rapport.service.OpenBook;
import app.rapport.testutil.FakeDialogs;
import app.rapport.testutil.FakeNavigator;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Mounts one screen (or dialog content) on the test's stage, on a real book in a temporary folder,
 * with a pinned clock, scripted dialogs and a navigator that records what the screen asks of the
 * main window. Tests of the whole window use {@link MainWindowHarness}.
 */
public final class ScreenHarness {
    public final Clock clock;
    public final OpenBook book;
    public final FakeDialogs dialogs = new FakeDialogs();
    public final FakeNavigator navigator = new FakeNavigator();

    public ScreenHarness(Path folder) {
        this(folder, MainWindowHarness.CLOCK);
    }

    public ScreenHarness(Path folder, Clock clock) {
        this.clock = clock;
        this.book = OpenBook.open(folder, false, clock, "a test");
    }

    /** How much narrower the content area is than the main window: its sidebar (theme/rapport.css). */
    public static final double SIDEBAR_WIDTH = 190;

    /**
     * Shows {@code view} alone on {@code stage}, with the app's look, as wide as the main window's
     * content area when the window has its usual size (1200 × 800).
     */
    public void show(Stage stage, Parent view) {
        show(stage, view, 1200 - SIDEBAR_WIDTH, 800);
    }

    public void show(Stage stage, Parent view, double width, double height) {
        StackPane content = new StackPane(view);
        content.getStyleClass().add("content"); // as in the main window
        stage.setScene(Theme.scene(content));
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
    }

    public void close() {
        book.close();
    }
}
