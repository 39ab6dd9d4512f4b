package app.rapport.planning;

import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * EARLY_CARE: the first purchase F, when {@code D − F ≤ earlyCareWindowDays}, gives a call due
 * {@code F + earlyCareDueDays}, priority 4, anchored on F, unless an outbound contact was logged on
 * a day after {@code F + earlyCareQuietDays}.
 */
final class EarlyCareRule implements Rule {
    static final int PRIORITY = 4;

    @Override
    public FollowUpRule rule() {
        return FollowUpRule.EARLY_CARE;
    }

    @Override
    public List<Candidate> propose(ClientLog client, PlanningContext ctx) {
        LocalDateTime first = client.facts().firstPurchaseAt();
        if (first == null || !ctx.withinLast(first.toLocalDate(), ctx.rules().earlyCareWindowDays())) {
            return List.of();
        }
        LocalDate f = first.toLocalDate();
        LocalDate quietUntil = f.plusDays(ctx.rules().earlyCareQuietDays());
        if (client.any(c -> c.isOutbound() && ClientLog.dateOf(c).isAfter(quietUntil))) {
            return List.of();
        }
        LocalDate due = f.plusDays(ctx.rules().earlyCareDueDays());
        return List.of(Candidate.of(rule(), FollowUpAction.CALL, f, due, PRIORITY, () ->
                ctx.reasons().earlyCare(f, due)));
    }
}
