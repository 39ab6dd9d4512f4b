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
        List<Event> events = timeline.sorted();
        long[] days = new long[events.size()];
        for (int k = 0; k < days.length; k++) {
            days[k] = events.get(k).at().toLocalDate().toEpochDay();
        }
        long asOf = timeline.asOf().toEpochDay();
        long last = days.length == 0 ? since.toEpochDay() : days[0];
        long anchor = last;
        int i = 0;
        while (true) {
            while (i < days.length && days[i] <= last) {
                i++;
            }
            long next = i < days.length ? days[i] : Long.MAX_VALUE;
            long due = anchor + cadence;
            if (next <= due || due >= asOf) {
                if (next == Long.MAX_VALUE) {
                    return;
                }
                last = next;
                anchor = last;
                continue;
            }
            FollowUpAction action = due - last >= 2L * cadence ? FollowUpAction.CALL_THEN_NOTE
                    : channel == Channel.NOTE ? FollowUpAction.NOTE : FollowUpAction.CALL;
            LocalDate anchorDay = LocalDate.ofEpochDay(anchor);
            Handled h = owner.handle(FollowUpRule.GONE_QUIET, anchorDay, action, LocalDate.ofEpochDay(due),
                    LocalDate.ofEpochDay(Math.min(next - 1, asOf)));
            if (h == null) {
                if (next == Long.MAX_VALUE) {
                    return;
                }
                last = next;
                anchor = last;
            } else if (h.skipped()) {
                anchor = Math.max(h.day().toEpochDay(), anchor + 1);
            } else {
                getInTouch(anchorDay, action, h.day());
                last = h.day().toEpochDay();
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
