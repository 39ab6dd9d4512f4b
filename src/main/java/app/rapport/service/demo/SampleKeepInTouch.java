package app.rapport.service.demo;

import app.rapport.model.Channel;
import app.rapport.model.Experience;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.InteractionKind;
import app.rapport.service.demo.SampleOwner.Handled;
import app.rapport.service.demo.Timeline.Event;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * GONE_QUIET as the owner works it: whenever a client has been quiet for their tier's cadence, the
 * owner gets in touch the way the client prefers (a call, a note, an email, a visit), unless the
 * client comes first. A skipped occurrence comes back a cadence after the skip; by then the client
 * is at risk, and the owner calls, then writes.
 */
final class SampleKeepInTouch {
    private final SampleOwner owner;
    private final Reach reach;
    private final Timeline timeline;
    private final SplittableRandom random;
    private final Channel channel;
    private final int cadence;

    /** {@code channel}: the client's preferred one, which their details allow; {@code null} when they never said. */
    SampleKeepInTouch(SampleOwner owner, Reach reach, Channel channel, int cadence) {
        this.owner = owner;
        this.reach = reach;
        this.timeline = owner.timeline();
        this.random = timeline.random();
        this.channel = channel != null ? channel : reach.phone() ? Channel.CALL : reach.email() ? Channel.EMAIL
                : reach.post() ? Channel.NOTE : null;
        this.cadence = cadence;
    }

    /** Walks the client's history from their first contact (or {@code since}) to the as-of date. */
    void work(LocalDate since) {
        List<LocalDate> days = new ArrayList<>();
        for (Event e : timeline.sorted()) {
            days.add(e.at().toLocalDate());
        }
        LocalDate last = days.isEmpty() ? since : days.get(0);
        LocalDate anchor = last;
        int i = 0;
        while (true) {
            while (i < days.size() && !days.get(i).isAfter(last)) {
                i++;
            }
            LocalDate next = i < days.size() ? days.get(i) : null;
            LocalDate due = anchor.plusDays(cadence);
            boolean atRisk = ChronoUnit.DAYS.between(last, due) >= 2L * cadence;
            FollowUpAction action = atRisk ? FollowUpAction.CALL_THEN_NOTE
                    : channel == Channel.NOTE ? FollowUpAction.NOTE : FollowUpAction.CALL;
            boolean comesFirst = next != null && !next.isAfter(due);
            Handled h = comesFirst || !due.isBefore(timeline.asOf()) ? null : owner.handle(FollowUpRule.GONE_QUIET,
                    anchor, action, due, next == null ? timeline.asOf() : next.minusDays(1));
            if (h == null) {
                if (next == null) {
                    return;
                }
                last = next;
                anchor = last;
            } else if (h.skipped()) {
                anchor = h.day().isAfter(anchor) ? h.day() : anchor.plusDays(1);
            } else {
                getInTouch(anchor, action, h.day());
                last = h.day();
                anchor = last;
            }
        }
    }

    private void getInTouch(LocalDate anchor, FollowUpAction action, LocalDate day) {
        LocalDateTime at = timeline.during(day);
        InteractionKind kind;
        String summary;
        if (action == FollowUpAction.CALL_THEN_NOTE && reach.phone()) {
            kind = InteractionKind.CALL;
            summary = Pick.one(random, SampleSummaries.AT_RISK_CALLS);
        } else if (channel == Channel.NOTE) {
            kind = InteractionKind.HANDWRITTEN_NOTE;
            summary = Pick.one(random, SampleSummaries.KEEP_IN_TOUCH_NOTES);
        } else if (channel == Channel.EMAIL) {
            kind = InteractionKind.EMAIL;
            summary = Pick.one(random, SampleSummaries.KEEP_IN_TOUCH_EMAILS);
        } else if (channel == Channel.VISIT) {
            kind = InteractionKind.VISIT;
            summary = Pick.one(random, SampleSummaries.KEEP_IN_TOUCH_VISITS);
        } else if (channel == Channel.CALL) {
            kind = InteractionKind.CALL;
            summary = Pick.one(random, SampleSummaries.KEEP_IN_TOUCH_CALLS);
        } else {
            kind = InteractionKind.MEETING;
            summary = "Caught up when they came by the shop";
        }
        Experience mood = Pick.chance(random, 0.4) ? Experience.POSITIVE : Experience.NEUTRAL;
        timeline.add(at, kind, null, mood, null, summary, "");
        owner.done(FollowUpRule.GONE_QUIET, anchor, action, at, summary);
        if (action == FollowUpAction.CALL_THEN_NOTE && kind == InteractionKind.CALL && reach.post()) {
            LocalDateTime noteAt = owner.timeOn(day, at);
            if (noteAt != null) {
                timeline.add(noteAt, InteractionKind.HANDWRITTEN_NOTE, null, Experience.POSITIVE, null,
                        Pick.one(random, SampleSummaries.AT_RISK_NOTES), "");
            }
        }
    }
}
