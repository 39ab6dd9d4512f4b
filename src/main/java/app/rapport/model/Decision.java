package app.rapport.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A done, snooze or skip decision about one occurrence of a follow-up, kept in the client's
 * history.
 *
 * @param until the date a snooze hides the follow-up until; {@code null} for done and skip
 * @param reason why (required for a skip), never null
 * @param at when the owner decided
 */
public record Decision(String clientId, FollowUpRule rule, LocalDate anchor, DecisionKind decision,
        LocalDate until, String reason, Instant at) {

    public static final String UNTIL_REQUIRED = "Choose the date to snooze until";
    public static final String REASON_REQUIRED = "Say why you skip it";

    public Decision {
        if (Text.isBlank(clientId)) {
            throw new InvalidValueException("clientId", Interaction.CLIENT_REQUIRED);
        }
        if (rule == null || anchor == null || decision == null || at == null) {
            throw new InvalidValueException("decision", "A decision needs a rule, an anchor date, a kind and a time");
        }
        at = at.truncatedTo(ChronoUnit.SECONDS);
        reason = Text.orEmpty(reason);
        if (decision == DecisionKind.SNOOZE && until == null) {
            throw new InvalidValueException("until", UNTIL_REQUIRED);
        }
        if (decision == DecisionKind.SKIP && reason.isBlank()) {
            throw new InvalidValueException("reason", REASON_REQUIRED);
        }
        if (decision != DecisionKind.SNOOZE) {
            until = null;
        }
    }

    public OccurrenceKey key() {
        return new OccurrenceKey(clientId, rule, anchor);
    }
}
