package app.rapport.planning;

import app.rapport.model.ContactFact;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * RECOVERY_CHECK_IN: once RECOVERY's trigger N has its recovery contact R (the first one after
 * N), a call due {@code R + checkInDays}, priority 3, anchored on N's date, unless any outbound
 * contact was logged on a day after R's.
 */
final class RecoveryCheckInRule implements Rule {
    static final int PRIORITY = 3;

    @Override
    public FollowUpRule rule() {
        return FollowUpRule.RECOVERY_CHECK_IN;
    }

    @Override
    public List<Candidate> propose(ClientLog client, PlanningContext ctx) {
        Optional<ContactFact> trigger = RecoveryRule.trigger(client, ctx);
        Optional<ContactFact> recovered = trigger.flatMap(n -> RecoveryRule.recoveryContact(client, n));
        if (recovered.isEmpty()) {
            return List.of();
        }
        ContactFact r = recovered.get();
        LocalDate recoveryDay = ClientLog.dateOf(r);
        if (client.any(f -> f.isOutbound() && ClientLog.dateOf(f).isAfter(recoveryDay))) {
            return List.of();
        }
        LocalDate due = recoveryDay.plusDays(ctx.rules().checkInDays());
        return List.of(Candidate.of(rule(), FollowUpAction.CALL, ClientLog.dateOf(trigger.get()), due, PRIORITY,
                () -> ctx.reasons().checkIn(r, due)));
    }
}
