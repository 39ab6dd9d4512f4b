package app.rapport.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * One point of connection with a client. The time is local and kept to the minute.
 *
 * @param amount what was spent, for purchases; {@code null} when none; within {@link Amount}'s limits
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
        String notes) {

    public static final String ID_REQUIRED = "A contact needs an id";
    public static final String CLIENT_REQUIRED = "Choose the client this contact was with";
    public static final String WHEN_REQUIRED = "Enter when the contact happened";
    public static final String KIND_REQUIRED = "Choose what kind of contact it was";
    public static final String NEGATIVE_AMOUNT = Amount.NEGATIVE;

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
    }

    public Interaction withAmount(BigDecimal value) {
        return new Interaction(id, clientId, at, kind, direction, experience, value, summary, notes);
    }

    public Interaction withId(String newId) {
        return new Interaction(newId, clientId, at, kind, direction, experience, amount, summary, notes);
    }
}
