package app.rapport.ui;

import app.rapport.ui.reminders.DesktopOptions;
import java.util.Optional;

/** What only the application can do: switch books, quit, and its choices on this computer. */
public interface AppActions {
    /** Keep running, start at log-in; empty where the app runs without them (the sample book, tests). */
    Optional<DesktopOptions> desktop();

    void openSampleBook();

    void openOwnBook();

    void quit();

    /** File ▸ Restore: replaces the book with a backup or a JSON book, after a backup of the current one. */
    void restoreBook();

    /** File ▸ Open a team book…: asks where it is, opens it and shows it. */
    default void openTeamBook() {
    }

    /** File ▸ Share this book…: asks where the empty team book is, copies the own book into it and shows it. */
    default void shareBook() {
    }
}
