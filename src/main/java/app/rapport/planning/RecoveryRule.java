package app.rapport.planning;

import app.rapport.model.ContactFact;
import app.rapport.model.Experience;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.InteractionKind;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * RECOVERY, for the latest COMPLAINT or NEGATIVE-experience interaction N (of any kind) with
 * {@code D − N ≤ recoveryWindowDays}, anchored on N's date: a call due
 * {@code addWorkDays(N, recoveryWorkDays)}, priority 1, until a recovery contact exists: an
 * outbound CALL, VISIT, MEETING or THANK_YOU_CALL logged after N's date-time (on N's day only
 * when later in the day).
 */
final class RecoveryRule implements Rule {
    static final int PRIORITY = 1;
    /** The contacts that answer a complaint: an outbound one of these kinds (RULES.md, INSIGHT.md). */
    static final Set<InteractionKind> RECOVERY_KINDS = EnumSet.of(InteractionKind.CALL,
            InteractionKind.VISIT, InteractionKind.MEETING, InteractionKind.THANK_YOU_CALL);

    @Override
    public FollowUpRule rule() {
        return FollowUpRule.RECOVERY;
    }

    @Override
    public List<Candidate> propose(ClientLog client, PlanningContext ctx) {
        Optional<ContactFact> trigger = trigger(client, ctx);
        if (trigger.isEmpty() || recoveryContact(client, trigger.get()).isPresent()) {
            return List.of();
        }
        ContactFact n = trigger.get();
        LocalDate day = ClientLog.dateOf(n);
        LocalDate due = ctx.calendar().addWorkDays(day, ctx.rules().recoveryWorkDays());
        return List.of(Candidate.of(rule(), FollowUpAction.CALL, day, due, PRIORITY, () ->
                ctx.reasons().recovery(n, due)));
    }

    static boolean isNegative(ContactFact fact) {
        return fact.kind() == InteractionKind.COMPLAINT || fact.experience() == Experience.NEGATIVE;
    }

    /** N: the latest complaint or bad experience within the recovery window. */
    static Optional<ContactFact> trigger(ClientLog client, PlanningContext ctx) {
        return client.latest(RecoveryRule::isNegative)
                .filter(n -> ctx.withinLast(ClientLog.dateOf(n), ctx.rules().recoveryWindowDays()));
    }

    /** R: the first outbound call, visit, meeting or thank-you call after N's date-time. */
    static Optional<ContactFact> recoveryContact(ClientLog client, ContactFact trigger) {
        return client.first(f -> f.isOutbound() && RECOVERY_KINDS.contains(f.kind())
                && f.at().isAfter(trigger.at()));
    }
}
