package app.rapport.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * One point of connection with a client. The time is local and kept to the minute.
 *
 * @param amount what was spent, for purchases; {@code null} when none; within {@link Amount}'s limits
 * @param ref an outside reference (a till's transaction id, a shop's order number), by which a sales
 *        import knows a sale it has taken already; {@code null} when none
 * @param by who logged it (on one computer, the owner); {@code null} when not known
 */
public record Interaction(
        String id,
        String clientId,
        LocalDateTime at,
        InteractionKind kind,
        Direction direction,
        Experience experience,
        BigDecimal amount,
        String summary,
        String notes,
        String ref,
        String by) {

    public static final String ID_REQUIRED = "A contact needs an id";
    public static final String CLIENT_REQUIRED = "Choose the client this contact was with";
    public static final String WHEN_REQUIRED = "Enter when the contact happened";
    public static final String KIND_REQUIRED = "Choose what kind of contact it was";
    public static final int MAX_REF = 255;
    public static final int MAX_BY = 200;
    public static final String REF_TOO_LONG = "A reference has at most " + MAX_REF + " characters";
    public static final String BY_TOO_LONG = "A name has at most " + MAX_BY + " characters";
    public static final String IN_THE_FUTURE = "A contact cannot be in the future";
    /** How far past now a contact may be dated (a clock a little ahead), as the log form allows. */
    public static final Duration FUTURE_GRACE = Duration.ofMinutes(5);

    public Interaction {
        if (Text.isBlank(id)) {
            throw new InvalidValueException("id", ID_REQUIRED);
        }
        if (Text.isBlank(clientId)) {
            throw new InvalidValueException("clientId", CLIENT_REQUIRED);
        }
        if (at == null) {
            throw new InvalidValueException("at", WHEN_REQUIRED);
        }
        if (kind == null) {
            throw new InvalidValueException("kind", KIND_REQUIRED);
        }
        at = at.truncatedTo(ChronoUnit.MINUTES);
        direction = direction == null ? kind.defaultDirection() : direction;
        experience = experience == null ? Experience.NEUTRAL : experience;
        amount = Amount.check("amount", amount);
        summary = Text.orEmpty(summary);
        notes = Text.orEmpty(notes);
        ref = oneLine(ref, "ref", MAX_REF, REF_TOO_LONG);
        by = oneLine(by, "by", MAX_BY, BY_TOO_LONG);
    }

    /** A contact with no outside reference, logged by no one named (the form, older books). */
    public Interaction(String id, String clientId, LocalDateTime at, InteractionKind kind, Direction direction,
            Experience experience, BigDecimal amount, String summary, String notes) {
        this(id, clientId, at, kind, direction, experience, amount, summary, notes, null, null);
    }

    /** Trimmed; blank is {@code null}; line breaks and over-long text refused. */
    private static String oneLine(String value, String field, int max, String tooLong) {
        if (Text.isBlank(value)) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidValueException(field, tooLong);
        }
        if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            throw new InvalidValueException(field, "A " + field + " cannot contain line breaks");
        }
        return v;
    }

    /** Whether a contact dated {@code at} would be in the future at {@code now} (beyond {@link #FUTURE_GRACE}). */
    public static boolean isInTheFuture(LocalDateTime at, LocalDateTime now) {
        return at.isAfter(now.plus(FUTURE_GRACE));
    }

    public Interaction withAmount(BigDecimal value) {
        return new Interaction(id, clientId, at, kind, direction, experience, value, summary, notes, ref, by);
    }

    public Interaction withId(String newId) {
        return new Interaction(newId, clientId, at, kind, direction, experience, amount, summary, notes, ref, by);
    }

    public Interaction withRef(String newRef) {
        return new Interaction(id, clientId, at, kind, direction, experience, amount, summary, notes, newRef, by);
    }

    public Interaction withBy(String newBy) {
        return new Interaction(id, clientId, at, kind, direction, experience, amount, summary, notes, ref, newBy);
    }
}
