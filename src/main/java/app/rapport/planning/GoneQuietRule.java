package app.rapport.planning;

import app.rapport.model.Channel;
import app.rapport.model.ClientFacts;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.OccurrenceKey;
import app.rapport.model.Tier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * GONE_QUIET: anchored on the last contact L, due L + the tier's cadence; the client's preferred
 * channel (a note when they prefer notes, else a call), priority 4. At risk once
 * {@code D − L ≥ atRiskMultiple × cadence}: call, then write, priority 2.
 *
 * <p>A skipped occurrence re-arms: the next one is anchored on the skip's date and due that date
 * plus the cadence, and so on while the owner keeps skipping. At risk still counts from L.
 */
final class GoneQuietRule implements Rule {
    static final int PRIORITY = 4;
    static final int AT_RISK_PRIORITY = 2;

    @Override
    public FollowUpRule rule() {
        return FollowUpRule.GONE_QUIET;
    }

    @Override
    public List<Candidate> propose(ClientLog client, PlanningContext ctx) {
        ClientFacts facts = client.facts();
        LocalDate last = client.lastContact();
        if (last == null) {
            return List.of();
        }
        int cadence = ctx.cadenceDays(facts.tier());
        int multiple = ctx.rules().atRiskMultiple();
        long quiet = ctx.daysSince(last);
        LocalDate anchor = rearmed(client, last, ctx);
        LocalDate due = anchor.plusDays(cadence);
        if (quiet >= (long) multiple * cadence) {
            return List.of(new Candidate(rule(), FollowUpAction.CALL_THEN_NOTE, anchor, due, AT_RISK_PRIORITY, true,
                    () -> ctx.reasons().goneQuietAtRisk(quiet, multiple, cadence), null));
        }
        FollowUpAction action = facts.preferredChannel() == Channel.NOTE ? FollowUpAction.NOTE : FollowUpAction.CALL;
        String tier = ctx.settings().tier(facts.tier()).isPresent() ? facts.tier() : Tier.DEFAULT_NAME;
        Reasons.LastContact lastIs = client.hasLoggedContact() ? Reasons.LastContact.LOGGED
                : facts.clientSince() != null ? Reasons.LastContact.CLIENT_SINCE : Reasons.LastContact.ADDED;
        return List.of(Candidate.of(rule(), action, anchor, due, PRIORITY, () -> ctx.reasons().goneQuiet(quiet, last,
                lastIs, tier, cadence, due, action == FollowUpAction.NOTE)));
    }

    /** The anchor of the occurrence still open: L, or the date of the last skip in a chain of skips. */
    private LocalDate rearmed(ClientLog client, LocalDate last, PlanningContext ctx) {
        LocalDate anchor = last;
        Optional<Instant> skip;
        while ((skip = client.decisions().closedAt(key(client, anchor))).isPresent()) {
            LocalDate skipped = ctx.dateOf(skip.get());
            anchor = skipped.isAfter(anchor) ? skipped : anchor.plusDays(1);
        }
        return anchor;
    }

    private OccurrenceKey key(ClientLog client, LocalDate anchor) {
        return new OccurrenceKey(client.facts().id(), rule(), anchor);
    }
}
