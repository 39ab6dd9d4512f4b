package app.rapport.service.demo;

import app.rapport.model.Experience;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.InteractionKind;
import app.rapport.service.demo.SampleOwner.Handled;
import app.rapport.service.demo.Timeline.Event;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/** THANK_PURCHASE as the owner works it: a thank-you call after a purchase, a card after some. */
final class SampleThanks {
    private static final BigDecimal LARGE = new BigDecimal("500.00");

    private final SampleOwner owner;
    private final Reach reach;
    private final Timeline timeline;
    private final SplittableRandom random;

    SampleThanks(SampleOwner owner, Reach reach) {
        this.owner = owner;
        this.reach = reach;
        this.timeline = owner.timeline();
        this.random = timeline.random();
    }

    /**
     * For each purchase a call, and a note after the first and large ones; a newer purchase takes
     * over. The owner skips the call for many repeat orders days apart, for an order that went
     * wrong (the apology is the recovery's) and for a client with no phone number (thanked at
     * pickup); now and then the whole thanks.
     */
    void thank(List<Event> purchases) {
        for (int i = 0; i < purchases.size(); i++) {
            Event p = purchases.get(i);
            LocalDate day = p.at().toLocalDate();
            LocalDate lastDay = day.plusDays(30);
            if (i + 1 < purchases.size()) {
                LocalDate next = purchases.get(i + 1).at().toLocalDate().minusDays(1);
                lastDay = next.isBefore(lastDay) ? next : lastDay;
            }
            LocalDate callDay = Timeline.addWorkDays(day, Pick.chance(random, 0.35) ? 1 : 2);
            boolean note = i == 0 || p.amount().compareTo(LARGE) >= 0;
            if (Pick.chance(random, 0.02)) {
                skipThanks(day, callDay, lastDay, note, Pick.one(random, SampleOwner.THANKS_SKIP_REASONS));
                continue;
            }
            boolean repeat = i > 0 && !purchases.get(i - 1).at().toLocalDate().isBefore(day.minusDays(14));
            List<String> skipWith = p.experience() == Experience.NEGATIVE ? SampleOwner.BAD_ORDER_REASONS
                    : !reach.phone() ? SampleOwner.NO_PHONE_REASONS
                    : repeat && Pick.chance(random, 0.6) ? SampleOwner.REPEAT_ORDER_REASONS : null;
            if (skipWith == null) {
                owner.follow(FollowUpRule.THANK_PURCHASE, day, FollowUpAction.CALL, callDay, lastDay, p.at(),
                        InteractionKind.THANK_YOU_CALL, Pick.one(random, SampleSummaries.THANK_YOU_CALLS));
            }
            LocalDateTime noted = null;
            if (note) {
                LocalDate noteDay = Pick.chance(random, 0.4) ? Timeline.addWorkDays(day, Pick.between(random, 1, 4))
                        : day.plusDays(7);
                String summary = !reach.post() ? "Thank-you card handed over in the shop"
                        : i == 0 ? "Thank-you card for the first order"
                        : Pick.one(random, SampleSummaries.PURCHASE_NOTES);
                noted = owner.follow(FollowUpRule.THANK_PURCHASE, day, FollowUpAction.NOTE, noteDay, lastDay, p.at(),
                        InteractionKind.HANDWRITTEN_NOTE, summary);
            }
            if (skipWith != null) {
                skipCall(day, callDay, lastDay, noted, Pick.one(random, skipWith));
            }
        }
    }

    /** Skips the call and the card for the purchase of {@code day}, both at once. */
    private void skipThanks(LocalDate day, LocalDate callDay, LocalDate lastDay, boolean note, String reason) {
        Handled h = owner.handle(FollowUpRule.THANK_PURCHASE, day, FollowUpAction.CALL, callDay, lastDay, 0);
        if (h != null) {
            LocalDateTime at = timeline.during(h.day());
            owner.skip(FollowUpRule.THANK_PURCHASE, day, FollowUpAction.CALL, at, reason);
            if (note) {
                owner.skip(FollowUpRule.THANK_PURCHASE, day, FollowUpAction.NOTE, at.plusMinutes(1), reason);
            }
        }
    }

    /**
     * Skips the thank-you call for the purchase of {@code day}; when the card went out the same day
     * or later, just after it: both share one occurrence key, and the latest decision on a key is
     * the one the planner reads.
     */
    private void skipCall(LocalDate day, LocalDate callDay, LocalDate lastDay, LocalDateTime noted, String reason) {
        Handled h = owner.handle(FollowUpRule.THANK_PURCHASE, day, FollowUpAction.CALL, callDay, lastDay, 0);
        if (h != null) {
            LocalDateTime at = timeline.during(h.day());
            owner.skip(FollowUpRule.THANK_PURCHASE, day, FollowUpAction.CALL,
                    noted != null && !noted.isBefore(at) ? noted.plusMinutes(1) : at, reason);
        }
    }
}
