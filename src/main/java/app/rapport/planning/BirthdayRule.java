package app.rapport.planning;

import app.rapport.model.Birthday;
import app.rapport.model.ContactFact;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.InteractionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * BIRTHDAY: the first occurrence B of the birthday with {@code B ≥ D − lateOccasionDays}
 * (29 February is 28 February in other years) gives a note due {@code B − birthdayLeadDays},
 * priority 4, anchored on B, unless a HANDWRITTEN_NOTE or GIFT was logged on a day in
 * {@code [B − birthdayNoteWindowDays, B + lateOccasionDays]} (a belated card counts).
 */
final class BirthdayRule implements Rule {
    static final int PRIORITY = 4;
    private static final Predicate<ContactFact> MARKS_IT = ClientLog.kind(InteractionKind.HANDWRITTEN_NOTE,
            InteractionKind.GIFT);

    @Override
    public FollowUpRule rule() {
        return FollowUpRule.BIRTHDAY;
    }

    @Override
    public List<Candidate> propose(ClientLog client, PlanningContext ctx) {
        Birthday birthday = client.facts().birthday();
        if (birthday == null) {
            return List.of();
        }
        LocalDate earliest = ctx.asOf().minusDays(ctx.rules().lateOccasionDays());
        LocalDate thisYear = birthday.in(earliest.getYear());
        LocalDate b = thisYear.isBefore(earliest) ? birthday.in(earliest.getYear() + 1) : thisYear;
        LocalDate from = b.minusDays(ctx.rules().birthdayNoteWindowDays());
        if (client.any(MARKS_IT.and(ClientLog.between(from, b.plusDays(ctx.rules().lateOccasionDays()))))) {
            return List.of();
        }
        LocalDate due = b.minusDays(ctx.rules().birthdayLeadDays());
        return List.of(Candidate.of(rule(), FollowUpAction.NOTE, b, due, PRIORITY,
                () -> ctx.reasons().birthday(b, due)));
    }
}
