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
 * @param action for DONE, the action the owner did (a THANK_PURCHASE call and its note share one
 *        occurrence key and are done apart); {@code null} for snooze and skip, and in books written
 *        before Rapport recorded it
 * @param by who decided (on one computer, the owner); {@code null} when not known
 */
public record Decision(String clientId, FollowUpRule rule, LocalDate anchor, DecisionKind decision,
        LocalDate until, String reason, Instant at, FollowUpAction action, String by) {

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
        if (decision != DecisionKind.DONE) {
            action = null;
        }
        by = Text.isBlank(by) ? null : by.strip();
        if (by != null && by.length() > Interaction.MAX_BY) {
            throw new InvalidValueException("by", Interaction.BY_TOO_LONG);
        }
    }

    /** A decision by no one named (older books). */
    public Decision(String clientId, FollowUpRule rule, LocalDate anchor, DecisionKind decision, LocalDate until,
            String reason, Instant at, FollowUpAction action) {
        this(clientId, rule, anchor, decision, until, reason, at, action, null);
    }

    /** A decision with no action recorded: a snooze, a skip, or a done from an older book. */
    public Decision(String clientId, FollowUpRule rule, LocalDate anchor, DecisionKind decision, LocalDate until,
            String reason, Instant at) {
        this(clientId, rule, anchor, decision, until, reason, at, null, null);
    }

    /**
     * Whether this decision closes the follow-up with {@code followUpAction} on its occurrence: a
     * skip closes the occurrence; a done closes the action it did. A done with no action recorded
     * (an older book) closes the occurrence, except THANK_PURCHASE's, whose call and note it cannot
     * tell apart: there the logged contacts decide, as they did when it was taken.
     */
    public boolean closes(FollowUpAction followUpAction) {
        return switch (decision) {
            case SKIP -> true;
            case SNOOZE -> false;
            case DONE -> action != null ? action == followUpAction : rule != FollowUpRule.THANK_PURCHASE;
        };
    }

    public OccurrenceKey key() {
        return new OccurrenceKey(clientId, rule, anchor);
    }
}
