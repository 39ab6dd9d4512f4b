package app.rapport.ui.reminders;

import java.io.IOException;

/** The choices about Rapport on this computer (not in the book): keep running, start at log-in. */
public interface DesktopOptions {
    boolean keepsRunning();

    void keepRunning(boolean on);

    boolean startsAtLogin();

    /** Writes or removes the system's start-up entry. */
    void startAtLogin(boolean on) throws IOException;

    /** Whether this desktop has a system tray (else a closed window is minimised instead). */
    boolean hasTray();
}
