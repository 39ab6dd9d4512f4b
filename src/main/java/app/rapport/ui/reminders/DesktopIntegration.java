package app.rapport.ui.reminders;

import app.rapport.reminders.Autostart;
import app.rapport.reminders.DaySummary;
import app.rapport.service.ReminderService;
import app.rapport.ui.Theme;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Rapport on the desktop beyond its window: the daily reminder, keeping running when the window is
 * closed (a tray icon, or minimised where there is no tray), starting at log-in, and starting in
 * the background. The choices that belong to this computer are kept in the user's preferences.
 */
public final class DesktopIntegration implements DesktopOptions, AutoCloseable {
    static final String KEEP_RUNNING = "keepRunning";
    static final String SAID_MINIMISED = "saidMinimised";
    static final String MINIMISED_NOTICE = "Rapport keeps running, minimised, so that the daily reminder can show:"
            + " this desktop has no tray for its icon. To quit, use File ▸ Quit.";

    private final Stage stage;
    private final ReminderService reminders;
    private final Preferences prefs;
    private final Autostart autostart;
    private final List<String> launchCommand;
    private final Runnable showToday;
    private final Runnable quit;
    private final Consumer<String> notice;
    private final ReminderPopup popup = new ReminderPopup();
    private final ReminderTicker ticker;
    private Optional<TrayMenu> tray = Optional.empty();

    /**
     * @param showToday selects Today in the main window
     * @param quit quits the app for good
     * @param notice tells the owner something once, in plain words
     */
    public DesktopIntegration(Stage stage, ReminderService reminders, Preferences prefs, Autostart autostart,
            List<String> launchCommand, Runnable showToday, Runnable quit, Consumer<String> notice) {
        this.stage = stage;
        this.reminders = reminders;
        this.prefs = prefs;
        this.autostart = autostart;
        this.launchCommand = List.copyOf(launchCommand);
        this.showToday = showToday;
        this.quit = quit;
        this.notice = notice;
        this.ticker = new ReminderTicker(reminders, this::showReminder);
    }

    /** Shows the window (or, with {@code background}, keeps it hidden or minimised) and starts the reminder. */
    public void start(boolean background, Runnable beforeClose) {
        Platform.setImplicitExit(!keepsRunning());
        if (keepsRunning() || background) {
            addTray();
        }
        stage.setOnCloseRequest(e -> onClose(e, beforeClose));
        if (!background) {
            stage.show();
        } else if (tray.isEmpty()) {
            stage.setIconified(true);
            stage.show();
        } else {
            Platform.setImplicitExit(false);
        }
        ticker.start();
    }

    /** The ticker, for tests that check at a moment of their choosing. */
    public ReminderTicker ticker() {
        return ticker;
    }

    private void onClose(WindowEvent e, Runnable beforeClose) {
        beforeClose.run();
        if (!keepsRunning()) {
            return;
        }
        e.consume();
        if (tray.isPresent()) {
            stage.hide();
        } else {
            stage.setIconified(true);
            if (!prefs.getBoolean(SAID_MINIMISED, false)) {
                prefs.putBoolean(SAID_MINIMISED, true);
                notice.accept(MINIMISED_NOTICE);
            }
        }
    }

    /** Brings the window forward (restored if minimised, shown if hidden) on Today. */
    public void openToday() {
        bringForward();
        showToday.run();
    }

    /** Brings the window forward as it is: restored if minimised, shown if hidden (a later start asked). */
    public void bringForward() {
        stage.show();
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    void showReminder(DaySummary summary) {
        popup.show(summary, stage, new ReminderPopup.Answers() {
            @Override
            public void openToday() {
                DesktopIntegration.this.openToday();
            }

            @Override
            public void later() {
                ticker.later();
            }
        });
    }

    private void addTray() {
        if (tray.isEmpty()) {
            tray = TrayMenu.add(DesktopIntegration.class.getResource("/app/rapport/ui/" + Theme.ICON), this::openToday,
                    () -> ticker.summaryNow(), quit);
        }
    }

    @Override
    public boolean keepsRunning() {
        return prefs.getBoolean(KEEP_RUNNING, false);
    }

    @Override
    public void keepRunning(boolean on) {
        prefs.putBoolean(KEEP_RUNNING, on);
        Platform.setImplicitExit(!on);
        if (on) {
            addTray();
        } else {
            tray.ifPresent(TrayMenu::close);
            tray = Optional.empty();
        }
    }

    @Override
    public boolean startsAtLogin() {
        return autostart.isEnabled();
    }

    @Override
    public void startAtLogin(boolean on) throws IOException {
        if (on) {
            autostart.enable(launchCommand);
        } else {
            autostart.disable();
        }
    }

    @Override
    public boolean hasTray() {
        return TrayMenu.supported();
    }

    @Override
    public void close() {
        ticker.close();
        tray.ifPresent(TrayMenu::close);
    }
}
