package app.rapport.planning;

import app.rapport.model.FollowUpRule;
import app.rapport.model.ManualFollowUp;
import java.util.List;

/**
 * MANUAL: each of the owner's own follow-ups that is still open, as they set it (action, due
 * date, priority), anchored on the day it was made; its reason is its note.
 */
final class ManualRule implements Rule {

    @Override
    public FollowUpRule rule() {
        return FollowUpRule.MANUAL;
    }

    @Override
    public List<Candidate> propose(ClientLog client, PlanningContext ctx) {
        if (client.facts().manual().isEmpty()) {
            return List.of();
        }
        return client.facts().manual().stream()
                .filter(ManualFollowUp::isOpen)
                .map(m -> new Candidate(rule(), m.action(), m.createdOn(), m.due(), m.priority(), false,
                        () -> Reasons.manual(m.note()), m.id()))
                .toList();
    }
}
