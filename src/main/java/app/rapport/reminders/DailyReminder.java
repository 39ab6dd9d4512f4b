package app.rapport.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Decides, each time it is asked, whether the daily reminder shows now. It is asked at least once
 * a minute rather than sleeping until the reminder time, so sleep, wake and clock changes need no
 * special case: each check reads the wall clock afresh.
 *
 * <ul>
 * <li>Once a day: it shows when the reminder time of the current day has passed and it has not
 * shown on that day (or a later one: a clock set back never shows it twice).</li>
 * <li>Daylight saving: a reminder time that does not exist that day (the clocks jump over it)
 * moves later by the jump; one that happens twice counts at its first.</li>
 * <li>"Later" shows it again an hour on.</li>
 * </ul>
 */
public final class DailyReminder {
    /** How long "Later" waits. */
    public static final Duration LATER = Duration.ofHours(1);

    private final Clock clock;

    public DailyReminder(Clock clock) {
        this.clock = clock;
    }

    /** When the reminder is due on {@code day} in {@code zone}. */
    public static Instant dueOn(LocalDate day, LocalTime time, ZoneId zone) {
        // ZonedDateTime.of moves a time in a gap later by the gap, and takes the earlier offset in an overlap.
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    /** The day it is now on this clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the reminder shows now, given what was remembered and the owner's reminder time. */
    public boolean isDue(ReminderState state, LocalTime time) {
        Instant now = clock.instant();
        if (state.laterAt() != null && !now.isBefore(state.laterAt())) {
            return true;
        }
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (state.lastShown() != null && !state.lastShown().isBefore(today)) {
            return false;
        }
        return !now.isBefore(dueOn(today, time, clock.getZone()));
    }

    /** The state once the reminder has shown now: shown today, and no "Later" pending. */
    public ReminderState shown(ReminderState state) {
        LocalDate today = today();
        LocalDate last = state.lastShown() != null && state.lastShown().isAfter(today) ? state.lastShown() : today;
        return new ReminderState(last, null);
    }

    /** The state once the owner chose "Later": it shows again in an hour. */
    public ReminderState later(ReminderState state) {
        return state.withLaterAt(clock.instant().plus(LATER));
    }
}
