package app.rapport.planning;

import app.rapport.model.ClientFacts;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * A follow-up a rule proposes, before the owner's decisions apply.
 *
 * @param reason the one-sentence reason the owner reads, worded only for the follow-ups that are
 *        listed (most candidates of a large book fall beyond the horizon)
 * @param manualId the owner's follow-up id for MANUAL, otherwise {@code null}
 */
record Candidate(FollowUpRule rule, FollowUpAction action, LocalDate anchor, LocalDate due, int priority,
        boolean atRisk, Supplier<String> reason, String manualId) {

    static Candidate of(FollowUpRule rule, FollowUpAction action, LocalDate anchor, LocalDate due, int priority,
            Supplier<String> reason) {
        return new Candidate(rule, action, anchor, due, priority, false, reason, null);
    }

    Candidate withDue(LocalDate value) {
        return new Candidate(rule, action, anchor, value, priority, atRisk, reason, manualId);
    }

    FollowUp toFollowUp(ClientFacts client) {
        return new FollowUp(client.id(), client.name(), rule, action, anchor, due, priority, atRisk, reason.get(),
                manualId);
    }
}
