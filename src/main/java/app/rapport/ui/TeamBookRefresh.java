package app.rapport.ui;

import app.rapport.service.BookWatcher;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * What a team book's listener tells the window, on the FX thread: another computer's change shows at
 * once (changes heard while a refresh is waiting to run make one refresh); a lost server shows a
 * banner until it is back, and then everything is read again.
 */
public final class TeamBookRefresh implements BookWatcher {
    static final String CHANGED = "Updated with a colleague's changes.";
    private final MainWindowController window;
    private final AtomicBoolean pending = new AtomicBoolean();

    public TeamBookRefresh(MainWindowController window) {
        this.window = window;
    }

    @Override
    public void changedElsewhere() {
        if (pending.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                pending.set(false);
                window.changedElsewhere(CHANGED);
            });
        }
    }

    @Override
    public void connectionLost(String why) {
        Platform.runLater(() -> window.connectionLost(why));
    }

    @Override
    public void reconnected() {
        Platform.runLater(window::reconnected);
    }
}
