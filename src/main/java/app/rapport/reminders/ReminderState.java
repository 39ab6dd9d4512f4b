package app.rapport.reminders;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the reminder remembers between checks and restarts (kept in the book).
 *
 * @param lastShown the day the daily reminder last showed, or {@code null} when never
 * @param laterAt when the owner asked to see it again ("Later"), or {@code null}
 */
public record ReminderState(LocalDate lastShown, Instant laterAt) {
    public static final ReminderState NEVER = new ReminderState(null, null);

    public ReminderState withLaterAt(Instant at) {
        return new ReminderState(lastShown, at);
    }
}
