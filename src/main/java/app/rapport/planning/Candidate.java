package app.rapport.planning;

import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import java.time.LocalDate;

/**
 * A follow-up a rule proposes, before the owner's decisions apply.
 *
 * @param reason the one-sentence reason the owner reads
 * @param manualId the owner's follow-up id for MANUAL, otherwise {@code null}
 */
record Candidate(FollowUpRule rule, FollowUpAction action, LocalDate anchor, LocalDate due, int priority,
        boolean atRisk, String reason, String manualId) {

    static Candidate of(FollowUpRule rule, FollowUpAction action, LocalDate anchor, LocalDate due, int priority,
            String reason) {
        return new Candidate(rule, action, anchor, due, priority, false, reason, null);
    }
}
