package app.rapport.service.demo;

import app.rapport.model.Experience;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.InteractionKind;
import app.rapport.service.demo.SampleOwner.Handled;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * Care outside the rules' follow-ups, and the sample book's planted cases: Christmas gifts, the
 * referral and its thank-you on the referrer, a client who complained yesterday, one whose
 * recovery check-in is due, one gone quiet long enough to be at risk.
 */
final class SampleCare {
    private SampleCare() {
    }

    /** Christmas gifts from {@code since} to {@code end}: most VIPs, a few others. */
    static void christmas(Timeline timeline, LocalDate since, LocalDate end, String tier) {
        SplittableRandom random = timeline.random();
        boolean vip = "VIP".equals(tier);
        for (int year = since.getYear(); year <= end.getYear(); year++) {
            LocalDate christmas = LocalDate.of(year, 12, Pick.between(random, 15, 22));
            if (christmas.isAfter(since) && !christmas.isAfter(end) && Pick.chance(random, vip ? 0.6 : 0.04)) {
                timeline.add(timeline.during(Timeline.workDay(christmas, since, end)), InteractionKind.GIFT,
                        Experience.POSITIVE, Pick.one(random, SampleSummaries.CHRISTMAS_GIFTS));
            }
        }
    }

    /**
     * On the referrer: the referral on the new client's first day, and the thank-you note the
     * rules ask for, when the owner has got to it ({@code owner} is {@code null} for a referrer
     * no longer followed up): posted, or without a postal address handed over in the shop.
     */
    static void referral(Timeline timeline, SampleOwner owner, boolean post, LocalDate since, String newClientName) {
        SplittableRandom random = timeline.random();
        LocalDateTime at = timeline.during(since);
        timeline.add(at, InteractionKind.REFERRAL, null, Experience.POSITIVE, null, "Referred " + newClientName, "");
        if (owner == null) {
            return;
        }
        Handled h = owner.handle(FollowUpRule.THANK_REFERRER, since, FollowUpAction.NOTE,
                Timeline.addWorkDays(since, Pick.chance(random, 0.3) ? 1 : 3), since.plusDays(60));
        LocalDateTime noteAt = h == null || h.skipped() ? null : owner.timeOn(h.day(), at);
        if (noteAt != null) {
            String summary = "Thank-you card for referring " + newClientName
                    + (post ? "" : ", handed over in the shop");
            timeline.add(noteAt, InteractionKind.HANDWRITTEN_NOTE, Experience.POSITIVE, summary);
            owner.done(FollowUpRule.THANK_REFERRER, since, FollowUpAction.NOTE, noteAt, summary);
        }
    }

    /**
     * A complaint late on {@code day}; when {@code owner} is given, the owner's apology the next
     * work day (a call, or in person to a client without a phone number), recorded as done.
     */
    static void complaint(SampleHistory history, Timeline timeline, LocalDate day, SampleOwner owner, Reach reach) {
        SplittableRandom random = timeline.random();
        LocalDateTime at = day.atTime(17, Pick.between(random, 30, 59));
        SampleProblems.Problem problem = history.problem(timeline, at, InteractionKind.COMPLAINT,
                SampleProblems.Kind.COMPLAINT);
        if (owner != null) {
            LocalDateTime callAt = timeline.during(Timeline.ownersDay(Timeline.addWorkDays(day, 1)));
            SampleFollowUps.Contact apology = SampleFollowUps.apology(reach, Pick.one(random, problem.remedies()));
            timeline.add(callAt, apology.kind(), Experience.POSITIVE, apology.summary());
            owner.done(FollowUpRule.RECOVERY, day, FollowUpAction.CALL, callAt, apology.summary());
        }
    }
}
