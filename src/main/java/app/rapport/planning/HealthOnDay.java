package app.rapport.planning;

import app.rapport.model.ClientFacts;
import app.rapport.model.FollowUpRule;
import app.rapport.model.HealthScore;
import app.rapport.model.Settings;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Clients' health on one day as the app scores it ({@link Health}, with a RECOVERY open when the
 * planner would list one that day: proposed by {@link RecoveryRule} and not closed, skipped or
 * snoozed past the day by the owner's decisions), without planning the other rules. Immutable:
 * clients may be scored on several threads at once.
 */
final class HealthOnDay {
    private static final RecoveryRule RECOVERY = new RecoveryRule();
    private final PlanningContext ctx;

    HealthOnDay(LocalDate day, Settings settings, ZoneId zone) {
        this.ctx = PlanningContext.of(day, settings, zone);
    }

    HealthScore of(ClientFacts client) {
        ClientLog log = new ClientLog(client, ctx.asOf());
        return Health.of(log, ctx.cadenceDays(client.tier()), ctx.rules().atRiskMultiple(), recoveryOpen(log));
    }

    private boolean recoveryOpen(ClientLog log) {
        if (!ctx.rules().isOn(FollowUpRule.RECOVERY)) {
            return false;
        }
        for (Candidate c : RECOVERY.propose(log, ctx)) {
            if (log.decisions().apply(c, log.facts(), ctx.asOf()).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
