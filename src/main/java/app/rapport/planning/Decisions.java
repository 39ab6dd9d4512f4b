package app.rapport.planning;

import app.rapport.model.ClientFacts;
import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpRule;
import app.rapport.model.OccurrenceKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The owner's decisions about one client's follow-ups: the latest one per occurrence key counts. */
final class Decisions {
    static final Decisions NONE = new Decisions(List.of());

    private final Map<OccurrenceKey, Decision> latest = new HashMap<>();

    Decisions(List<Decision> decisions) {
        for (Decision d : decisions) {
            latest.merge(d.key(), d, (kept, next) -> next.at().isBefore(kept.at()) ? kept : next);
        }
    }

    Optional<Decision> latest(OccurrenceKey key) {
        return Optional.ofNullable(latest.get(key));
    }

    /** When the occurrence was skipped, if its latest decision is a skip. */
    Optional<Instant> skippedAt(OccurrenceKey key) {
        return latest(key).filter(d -> d.decision() == DecisionKind.SKIP).map(Decision::at);
    }

    /**
     * The candidate as it stands once the latest decision on its key applies: none when
     * skipped or snoozed past the as-of date; due on the snooze date once that date has come.
     * MANUAL candidates ignore decisions.
     */
    Optional<Candidate> apply(Candidate c, ClientFacts client, LocalDate asOf) {
        LocalDate due = c.due();
        if (c.rule() != FollowUpRule.MANUAL && !latest.isEmpty()) {
            Decision d = latest.get(new OccurrenceKey(client.id(), c.rule(), c.anchor()));
            if (d != null && d.decision() == DecisionKind.SKIP) {
                return Optional.empty();
            }
            if (d != null && d.decision() == DecisionKind.SNOOZE) {
                if (asOf.isBefore(d.until())) {
                    return Optional.empty();
                }
                due = d.until();
            }
        }
        return Optional.of(due.equals(c.due()) ? c : c.withDue(due));
    }
}
