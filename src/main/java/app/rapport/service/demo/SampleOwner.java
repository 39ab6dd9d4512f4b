package app.rapport.service.demo;

import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.Experience;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.InteractionKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The owner working Rapport's list for one client, every work day: a follow-up is most often done
 * on the work day it falls due, sometimes a few work days later, now and then after a few weeks;
 * a few are snoozed or skipped, with a reason. What the owner has not reached before the as-of date
 * is that morning's list. The owner's decisions are kept as FollowUpService keeps them, from the
 * day the owner started with Rapport ({@link #RAPPORT_DAYS} before the as-of date); before that the
 * owner followed up from a diary: the contacts are logged, no decision is.
 */
final class SampleOwner {
    /**
     * How long the owner has kept decisions in Rapport: six weeks. Every plan reads the decisions of
     * all active clients, so a longer time would slow a large sample book's agenda.
     */
    static final int RAPPORT_DAYS = 42;
    private static final double SNOOZE = 0.02;
    private static final double SKIP = 0.02;
    /** Quiet clients away for a while, or who only order now and then: the at-risk ones to come. */
    private static final double QUIET_SKIP = 0.15;
    /** 17:59, the last minute of business hours. */
    private static final int CLOSING_MINUTE = 18 * 60 - 1;

    /** The day the owner got to a follow-up, and whether they skipped it rather than did it. */
    record Handled(LocalDate day, boolean skipped) {
    }

    private static final Map<FollowUpRule, List<String>> SKIP_REASONS = Map.of(
            FollowUpRule.GONE_QUIET, List.of("Away for a few months; call when they are back",
                    "Only orders at Christmas; no need before", "Said they will be in touch when they need us"),
            FollowUpRule.BIRTHDAY, List.of("Does not want a fuss on birthdays", "Card went out with their last order"),
            FollowUpRule.ANNIVERSARY, List.of("Saw them at the market last week and thanked them then"),
            FollowUpRule.EARLY_CARE, List.of("Spoke at pickup; all happy", "They called us last week; all good"),
            FollowUpRule.RECOVERY_CHECK_IN, List.of("Ordering as usual again; no need"),
            FollowUpRule.THANK_REFERRER, List.of("Thanked them in person at the shop"));
    private static final List<String> SNOOZE_REASONS = List.of("Away on holiday; try when they are back",
            "Busy season for them; try later", "Asked us to call back in a week or two",
            "Closed for renovations until then",
            "Waiting for them to confirm the date");

    /** Why the owner let a purchase go unthanked, call and card alike. */
    static final List<String> THANKS_SKIP_REASONS = List.of("Thanked them at the counter",
            "Bought it as a gift for someone else");
    static final List<String> REPEAT_ORDER_REASONS = List.of("Standing order; thanked them last week",
            "Regular order; thanked them at the counter", "Thanked them for the last order only days ago");
    static final List<String> NO_PHONE_REASONS = List.of("No phone number; thanked them at pickup",
            "No number on file; thanked them in the shop");
    static final List<String> BAD_ORDER_REASONS = List.of("Apologised for the order instead",
            "Not the moment for thanks; called to put it right");

    private final Timeline timeline;
    private final SplittableRandom random;
    private final String clientId;
    private final LocalDate lastWorkDay;
    private final LocalDate rapportFrom;
    private final ZoneId zone;
    private final List<Decision> decisions;
    private boolean skippedQuiet;

    /**
     * @param stop the last day the owner follows this client up (the day before the as-of date, or
     *        earlier for a client archived or planted); decisions go to {@code decisions}
     */
    SampleOwner(Timeline timeline, String clientId, LocalDate stop, ZoneId zone, List<Decision> decisions) {
        this.timeline = timeline;
        this.random = timeline.random();
        this.clientId = clientId;
        LocalDate eve = timeline.asOf().minusDays(1);
        this.lastWorkDay = stop.isAfter(eve) ? eve : stop;
        this.rapportFrom = timeline.asOf().minusDays(RAPPORT_DAYS);
        this.zone = zone;
        this.decisions = decisions;
    }

    Timeline timeline() {
        return timeline;
    }

    /** Whether the owner recorded a skipped call to this client gone quiet. */
    boolean skippedQuiet() {
        return skippedQuiet;
    }

    /**
     * The work day the owner gets to a follow-up planned for {@code planned} (its due date, or a
     * day before it for one done early), after a snooze if there was one; {@code null} when the
     * owner has not got to it yet, or it left the list after {@code lastDay} (a newer purchase, the
     * end of the rule's window). A skip is recorded here; a done is recorded by {@link #done}.
     */
    Handled handle(FollowUpRule rule, LocalDate anchor, FollowUpAction action, LocalDate planned, LocalDate lastDay) {
        return handle(rule, anchor, action, planned, lastDay, rule == FollowUpRule.GONE_QUIET ? QUIET_SKIP : SKIP);
    }

    /**
     * As {@link #handle(FollowUpRule, LocalDate, FollowUpAction, LocalDate, LocalDate)}, skipped
     * with the chance {@code skip}. Before the owner kept decisions in Rapport nothing was snoozed,
     * and a skip left nothing to record: only a follow-up that leaves the list before the as-of
     * date is skipped then, as the app would still list it otherwise. A thank-you for a purchase is
     * never snoozed, nor skipped here: its call and its card share one occurrence key, and the
     * latest decision on a key is the one the planner reads, so {@link SampleFollowUps} decides
     * about them together.
     */
    Handled handle(FollowUpRule rule, LocalDate anchor, FollowUpAction action, LocalDate planned, LocalDate lastDay,
            double skip) {
        LocalDate day = worked(planned);
        if (!reached(day, lastDay)) {
            return null;
        }
        if (inRapport(day) && rule != FollowUpRule.THANK_PURCHASE && Pick.chance(random, SNOOZE)) {
            LocalDate until = Timeline.ownersDay(day.plusDays(Pick.between(random, 4, 18)));
            decide(rule, anchor, action, DecisionKind.SNOOZE, until, Pick.one(random, SNOOZE_REASONS),
                    timeline.during(day));
            day = worked(until);
            if (!reached(day, lastDay)) {
                return null;
            }
        }
        List<String> reasons = SKIP_REASONS.get(rule);
        boolean gone = lastDay.isBefore(timeline.asOf());
        if (reasons != null && (inRapport(day) || gone) && Pick.chance(random, skip)) {
            decide(rule, anchor, action, DecisionKind.SKIP, null, Pick.one(random, reasons), timeline.during(day));
            return new Handled(day, true);
        }
        return new Handled(day, false);
    }

    /** Records a follow-up skipped on {@code day}, for a reason. */
    void skip(FollowUpRule rule, LocalDate anchor, FollowUpAction action, LocalDate day, String reason) {
        skip(rule, anchor, action, timeline.during(day), reason);
    }

    /** Records a follow-up skipped at {@code at}, for a reason. */
    void skip(FollowUpRule rule, LocalDate anchor, FollowUpAction action, LocalDateTime at, String reason) {
        decide(rule, anchor, action, DecisionKind.SKIP, null, reason, at);
    }

    /**
     * Records the follow-up done by the contact logged at {@code at}, as FollowUpService.done does:
     * the decision's reason is what was logged, its time the contact's.
     */
    void done(FollowUpRule rule, LocalDate anchor, FollowUpAction action, LocalDateTime at, String summary) {
        decide(rule, anchor, action, DecisionKind.DONE, null, summary, at);
    }

    /**
     * A business-hours minute on {@code day}, after {@code notBefore} when that is given; when
     * {@code day} is that day and too little of it is left, the next work day; {@code null} when
     * that is not before the as-of date.
     */
    LocalDateTime timeOn(LocalDate day, LocalDateTime notBefore) {
        if (notBefore == null || !day.equals(notBefore.toLocalDate())) {
            return timeline.during(day);
        }
        int from = notBefore.getHour() * 60 + notBefore.getMinute() + 5;
        if (from <= CLOSING_MINUTE) {
            int minute = from + random.nextInt(Math.min(90, CLOSING_MINUTE - from + 1));
            return day.atTime(minute / 60, minute % 60);
        }
        LocalDate next = Timeline.ownersDay(day.plusDays(1));
        return reached(next, next) ? timeline.during(next) : null;
    }

    /**
     * Handles one follow-up and, when the owner did it, logs the contact; its time, or {@code null}
     * when nothing was logged.
     */
    LocalDateTime follow(FollowUpRule rule, LocalDate anchor, FollowUpAction action, LocalDate planned,
            LocalDate lastDay, LocalDateTime notBefore, InteractionKind kind, String summary) {
        Handled h = handle(rule, anchor, action, planned, lastDay);
        if (h == null || h.skipped()) {
            return null;
        }
        LocalDateTime at = timeOn(h.day(), notBefore);
        return at != null && log(rule, anchor, action, at, kind, summary) ? at : null;
    }

    boolean log(FollowUpRule rule, LocalDate anchor, FollowUpAction action, LocalDateTime at,
            InteractionKind kind, String summary) {
        Experience mood = Pick.chance(random, 0.5) ? Experience.POSITIVE : Experience.NEUTRAL;
        if (!timeline.add(at, kind, null, mood, null, summary, "")) {
            return false;
        }
        done(rule, anchor, action, at, summary);
        return true;
    }

    private boolean reached(LocalDate day, LocalDate lastDay) {
        return !day.isAfter(lastDay) && !day.isAfter(lastWorkDay);
    }

    private boolean inRapport(LocalDate day) {
        return !day.isBefore(rapportFrom);
    }

    /**
     * The day the owner reaches a follow-up due on {@code due}: that day (or the next day they work)
     * about five times in six, else a day or a few work days later, now and then two to four weeks.
     */
    private LocalDate worked(LocalDate due) {
        double roll = random.nextDouble();
        int late = roll < 0.84 ? 0 : roll < 0.93 ? 1 : roll < 0.97 ? Pick.between(random, 2, 4)
                : roll < 0.993 ? Pick.between(random, 5, 9) : Pick.between(random, 10, 20);
        LocalDate day = Timeline.ownersDay(due);
        for (int i = 0; i < late; i++) {
            day = Timeline.ownersDay(day.plusDays(1));
        }
        return day;
    }

    /**
     * The one place the sample book writes decisions, shaped as FollowUpService writes them: a DONE
     * records the follow-up's action, which it closes.
     */
    private void decide(FollowUpRule rule, LocalDate anchor, FollowUpAction action, DecisionKind kind,
            LocalDate until, String reason, LocalDateTime at) {
        if (inRapport(at.toLocalDate())) {
            skippedQuiet |= rule == FollowUpRule.GONE_QUIET && kind == DecisionKind.SKIP;
            decisions.add(new Decision(clientId, rule, anchor, kind, until, reason, at.atZone(zone).toInstant(),
                    action));
        }
    }
}
