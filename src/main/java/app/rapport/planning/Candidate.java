package app.rapport.planning;

import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * A follow-up a rule proposes, before the owner's decisions apply.
 *
 * @param reason the one-sentence reason, given the date the follow-up ends up due on (a snooze
 *        moves it)
 * @param manualId the owner's follow-up id for MANUAL, otherwise {@code null}
 */
record Candidate(FollowUpRule rule, FollowUpAction action, LocalDate anchor, LocalDate due, int priority,
        boolean atRisk, Function<LocalDate, String> reason, String manualId) {

    static Candidate of(FollowUpRule rule, FollowUpAction action, LocalDate anchor, LocalDate due, int priority,
            Function<LocalDate, String> reason) {
        return new Candidate(rule, action, anchor, due, priority, false, reason, null);
    }
}
