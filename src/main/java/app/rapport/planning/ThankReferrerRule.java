package app.rapport.planning;

import static app.rapport.planning.ClientLog.kind;
import static app.rapport.planning.ClientLog.onOrAfter;

import app.rapport.model.ContactFact;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.InteractionKind;
import app.rapport.model.Referral;
import app.rapport.model.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * THANK_REFERRER, for this client as the referrer: each client they referred who joined on S
 * with {@code D − S ≤ referrerWindowDays}, and each REFERRAL interaction logged on them on a day
 * S in that window, gives a note due {@code addWorkDays(S, referrerWorkDays)}, priority 3,
 * anchored on S, unless a HANDWRITTEN_NOTE was logged on S or later. Referrals on the same S share
 * one occurrence key, so they make one follow-up that names every referred client.
 */
final class ThankReferrerRule implements Rule {
    static final int PRIORITY = 3;
    private static final Predicate<ContactFact> REFERRAL = kind(InteractionKind.REFERRAL);

    @Override
    public FollowUpRule rule() {
        return FollowUpRule.THANK_REFERRER;
    }

    @Override
    public List<Candidate> propose(ClientLog client, PlanningContext ctx) {
        if (client.facts().referrals().isEmpty() && !client.any(REFERRAL)) {
            return List.of();
        }
        int window = ctx.rules().referrerWindowDays();
        Map<LocalDate, Occasion> byDay = new TreeMap<>();
        for (Referral r : client.facts().referrals()) {
            if (r.since() != null && ctx.withinLast(r.since(), window)) {
                Occasion o = byDay.computeIfAbsent(r.since(), s -> new Occasion());
                if (!Text.isBlank(r.clientName())) {
                    o.names.add(r.clientName().strip());
                }
            }
        }
        for (ContactFact f : client.contacts()) {
            LocalDate day = ClientLog.dateOf(f);
            if (f.kind() == InteractionKind.REFERRAL && ctx.withinLast(day, window)) {
                Occasion o = byDay.computeIfAbsent(day, s -> new Occasion());
                o.summary = Text.isBlank(o.summary) ? f.summary() : o.summary;
            }
        }
        int workDays = ctx.rules().referrerWorkDays();
        List<Candidate> out = new ArrayList<>();
        byDay.forEach((since, o) -> {
            if (!client.any(kind(InteractionKind.HANDWRITTEN_NOTE).and(onOrAfter(since)))) {
                out.add(Candidate.of(rule(), FollowUpAction.NOTE, since, ctx.calendar().addWorkDays(since, workDays),
                        PRIORITY, () -> ctx.reasons().thankReferrer(o.names, o.summary, since, workDays)));
            }
        });
        return out;
    }

    /** The referrals of one day: the referred clients' names, or what the REFERRAL log says. */
    private static final class Occasion {
        private final List<String> names = new ArrayList<>();
        private String summary;
    }
}
