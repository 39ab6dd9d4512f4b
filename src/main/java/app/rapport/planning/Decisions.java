package app.rapport.planning;

import app.rapport.model.ClientFacts;
import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.OccurrenceKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The owner's decisions about one client's follow-ups, by occurrence key. A done is final for the
 * action it did; otherwise the latest snooze or skip on the key counts.
 */
final class Decisions {
    static final Decisions NONE = new Decisions(List.of());

    /** The latest snooze or skip of each key. */
    private final Map<OccurrenceKey, Decision> latest = new HashMap<>();
    /** Every done of each key. */
    private final Map<OccurrenceKey, List<Decision>> done = new HashMap<>();

    Decisions(List<Decision> decisions) {
        for (Decision d : decisions) {
            if (d.decision() == DecisionKind.DONE) {
                done.computeIfAbsent(d.key(), k -> new ArrayList<>(1)).add(d);
            } else {
                latest.merge(d.key(), d, (kept, next) -> next.at().isBefore(kept.at()) ? kept : next);
            }
        }
    }

    /**
     * When the occurrence was closed for good, if it was: its latest done, else its latest
     * decision when that is a skip. GONE_QUIET re-arms from that moment.
     */
    Optional<Instant> closedAt(OccurrenceKey key) {
        List<Decision> dones = done.get(key);
        if (dones != null) {
            return dones.stream().map(Decision::at).max(Instant::compareTo);
        }
        return Optional.ofNullable(latest.get(key)).filter(d -> d.decision() == DecisionKind.SKIP).map(Decision::at);
    }

    /**
     * The candidate as it stands once the decisions on its key apply: none when done (for its
     * action), skipped, or snoozed past the as-of date; due on the snooze date once that date has
     * come. MANUAL candidates ignore decisions.
     */
    Optional<Candidate> apply(Candidate c, ClientFacts client, LocalDate asOf) {
        if (c.rule() == FollowUpRule.MANUAL || latest.isEmpty() && done.isEmpty()) {
            return Optional.of(c);
        }
        OccurrenceKey key = new OccurrenceKey(client.id(), c.rule(), c.anchor());
        if (isDone(key, c.action())) {
            return Optional.empty();
        }
        Decision d = latest.get(key);
        if (d == null) {
            return Optional.of(c);
        }
        if (d.decision() == DecisionKind.SKIP || asOf.isBefore(d.until())) {
            return Optional.empty();
        }
        return Optional.of(d.until().equals(c.due()) ? c : c.withDue(d.until()));
    }

    private boolean isDone(OccurrenceKey key, FollowUpAction action) {
        List<Decision> dones = done.get(key);
        if (dones != null) {
            for (Decision d : dones) {
                if (d.closes(action)) {
                    return true;
                }
            }
        }
        return false;
    }
}
