package app.rapport.planning;

import static app.rapport.planning.ClientLog.kind;
import static app.rapport.planning.ClientLog.onOrAfter;

import app.rapport.model.ContactFact;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.InteractionKind;
import app.rapport.model.RuleSettings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * THANK_PURCHASE, for the latest purchase P with {@code D − P ≤ purchaseWindowDays}, anchored on
 * P's date: a thank-you call due {@code addWorkDays(P, thankCallWorkDays)}, priority 2, unless a
 * THANK_YOU_CALL was logged on P's day or later; and, when P is the first purchase ever (its time
 * equals the first purchase's) or its amount is at least the note threshold, a note due
 * {@code P + thankNoteDays}, priority 3, unless a HANDWRITTEN_NOTE was logged on P's day or later.
 */
final class ThankPurchaseRule implements Rule {
    static final int CALL_PRIORITY = 2;
    static final int NOTE_PRIORITY = 3;

    @Override
    public FollowUpRule rule() {
        return FollowUpRule.THANK_PURCHASE;
    }

    @Override
    public List<Candidate> propose(ClientLog client, PlanningContext ctx) {
        RuleSettings rules = ctx.rules();
        Optional<ContactFact> latest = latestPurchase(client)
                .filter(p -> ctx.withinLast(ClientLog.dateOf(p), rules.purchaseWindowDays()));
        if (latest.isEmpty()) {
            return List.of();
        }
        ContactFact purchase = latest.get();
        LocalDate day = ClientLog.dateOf(purchase);
        List<Candidate> out = new ArrayList<>(2);
        if (!client.any(kind(InteractionKind.THANK_YOU_CALL).and(onOrAfter(day)))) {
            out.add(Candidate.of(rule(), FollowUpAction.CALL, day,
                    ctx.calendar().addWorkDays(day, rules.thankCallWorkDays()), CALL_PRIORITY,
                    () -> ctx.reasons().thankCall(purchase, rules.thankCallWorkDays())));
        }
        boolean first = purchase.at().equals(client.facts().firstPurchaseAt());
        boolean large = purchase.amount() != null
                && purchase.amount().compareTo(ctx.settings().noteAmountThreshold()) >= 0;
        if ((first || large) && !client.any(kind(InteractionKind.HANDWRITTEN_NOTE).and(onOrAfter(day)))) {
            out.add(Candidate.of(rule(), FollowUpAction.NOTE, day, day.plusDays(rules.thankNoteDays()),
                    NOTE_PRIORITY, () -> ctx.reasons().thankNote(first, purchase, rules.thankNoteDays())));
        }
        return out;
    }

    /** The latest purchase; of several logged at the same minute, the largest, for which a note may be due. */
    static Optional<ContactFact> latestPurchase(ClientLog client) {
        ContactFact best = null;
        for (ContactFact f : client.contacts()) {
            if (f.kind() == InteractionKind.PURCHASE && (best == null || f.at().isAfter(best.at())
                    || f.at().equals(best.at()) && amount(f).compareTo(amount(best)) > 0)) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    private static BigDecimal amount(ContactFact f) {
        return f.amount() == null ? BigDecimal.ZERO : f.amount();
    }
}
