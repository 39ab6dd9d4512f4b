package app.rapport.ui.reminders;

import app.rapport.reminders.DaySummary;
import app.rapport.service.ReminderService;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the reminder every 30 seconds whether it is due, on a thread of its own (planning reads the
 * book), and hands what to show to the FX thread. Checking often instead of sleeping until the
 * reminder time is what makes sleep, wake and clock changes work.
 */
public final class ReminderTicker implements AutoCloseable {
    static final long PERIOD_SECONDS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(ReminderTicker.class);

    private final ReminderService reminders;
    private final Consumer<DaySummary> show;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rapport-reminder");
        t.setDaemon(true);
        return t;
    });

    /** @param show called on the FX thread with what to show */
    public ReminderTicker(ReminderService reminders, Consumer<DaySummary> show) {
        this.reminders = reminders;
        this.show = show;
    }

    /** Checks at once (the first start of the day past the reminder time), then every 30 seconds. */
    public void start() {
        timer.scheduleWithFixedDelay(this::checkQuietly, 0, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    /** One check, on the calling thread; what to show goes to the FX thread. */
    public Optional<DaySummary> checkNow() {
        Optional<DaySummary> due = reminders.check();
        due.ifPresent(summary -> Platform.runLater(() -> show.accept(summary)));
        return due;
    }

    /** "Later", remembered in the book from the timer's thread. */
    public void later() {
        timer.execute(() -> {
            try {
                reminders.later();
            } catch (RuntimeException e) {
                LOG.warn("\"Later\" could not be remembered", e);
            }
        });
    }

    /** Today's summary now (the tray's menu), whether or not the reminder is due. */
    public void summaryNow() {
        timer.execute(() -> {
            try {
                DaySummary summary = reminders.summaryNow();
                Platform.runLater(() -> show.accept(summary));
            } catch (RuntimeException e) {
                LOG.warn("Today's summary could not be made", e);
            }
        });
    }

    private void checkQuietly() {
        try {
            checkNow();
        } catch (RuntimeException e) {
            // The next check tries again; a busy or closed book must not stop the timer.
            LOG.warn("The reminder check failed", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
