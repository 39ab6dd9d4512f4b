package app.rapport.planning;

import app.rapport.model.ContactFact;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.InteractionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * ANNIVERSARY: of the client-since date S, the first anniversary A at least one year after S with
 * {@code A ≥ D − lateOccasionDays} (29 February is 28 February in other years) gives a note due A,
 * priority 4, anchored on A, unless a HANDWRITTEN_NOTE, CALL, THANK_YOU_CALL or GIFT was logged on
 * a day in {@code [A − anniversaryWindowDays, A + lateOccasionDays]}. A client with no client-since
 * date has none: the day added is when the book learnt of them, not when they became a client.
 */
final class AnniversaryRule implements Rule {
    static final int PRIORITY = 4;
    private static final Predicate<ContactFact> MARKS_IT = ClientLog.kind(InteractionKind.HANDWRITTEN_NOTE,
            InteractionKind.CALL, InteractionKind.THANK_YOU_CALL, InteractionKind.GIFT);

    @Override
    public FollowUpRule rule() {
        return FollowUpRule.ANNIVERSARY;
    }

    @Override
    public List<Candidate> propose(ClientLog client, PlanningContext ctx) {
        LocalDate since = client.facts().clientSince();
        if (since == null) {
            return List.of();
        }
        LocalDate earliest = ctx.asOf().minusDays(ctx.rules().lateOccasionDays());
        int years = Math.max(1, earliest.getYear() - since.getYear());
        while (since.plusYears(years).isBefore(earliest)) {
            years++;
        }
        LocalDate a = since.plusYears(years);
        LocalDate from = a.minusDays(ctx.rules().anniversaryWindowDays());
        if (client.any(MARKS_IT.and(ClientLog.between(from, a.plusDays(ctx.rules().lateOccasionDays()))))) {
            return List.of();
        }
        int count = years;
        return List.of(Candidate.of(rule(), FollowUpAction.NOTE, a, a, PRIORITY,
                () -> ctx.reasons().anniversary(count, a)));
    }
}
