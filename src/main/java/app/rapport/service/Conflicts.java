package app.rapport.service;

import app.rapport.model.RecordVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The words of a refused save, and who and when a save records. Times read as on this computer's
 * clock: "at 10:42" today, "on 3 March at 10:42" another day.
 */
final class Conflicts {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_IN_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final Clock clock;
    private final Identity identity;

    Conflicts(Clock clock, Identity identity) {
        this.clock = clock;
        this.identity = identity;
    }

    /** Who makes the changes here; {@code null} when no one is named. */
    String by() {
        return identity.name();
    }

    /** When a change made now is recorded as made (to the second). */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * "Marta Ruiz changed Ana Ruiz's details at 10:42 while you were editing.", with {@code what}
     * as "Ana Ruiz's details"; someone not named is "Someone else".
     */
    ConflictException changed(String what, RecordVersion now) {
        String who = now.changedBy() == null ? "Someone else" : now.changedBy();
        return ConflictException.changed(who + " changed " + what + when(now.changedAt()) + " while you were editing.",
                now.number());
    }

    /** "Already done by Marta Ruiz at 10:42." ({@code what}: "done" or "skipped"). */
    ConflictException already(String what, String by, Instant at) {
        return ConflictException.settled("Already " + what + (by == null ? "" : " by " + by) + when(at) + ".");
    }

    /** " at 10:42" today, " on 3 March at 10:42" another day of this year, "" when not known. */
    String when(Instant at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime then = at.atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        String time = " at " + TIME.format(then);
        if (then.toLocalDate().equals(today)) {
            return time;
        }
        return " on " + (then.getYear() == today.getYear() ? DAY : DAY_IN_YEAR).format(then) + time;
    }
}
