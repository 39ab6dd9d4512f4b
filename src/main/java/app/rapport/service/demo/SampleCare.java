package app.rapport.service.demo;

import app.rapport.model.Birthday;
import app.rapport.model.Experience;
import app.rapport.model.InteractionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * How the owner looked after sample clients: thank-you calls and notes after some purchases,
 * recovery calls and check-ins after problems, birthday and anniversary cards, Christmas gifts.
 * Older events were mostly followed up; the last few days' mostly not yet, so that the as-of
 * date has follow-ups of every rule to plan.
 */
final class SampleCare {
    private static final BigDecimal LARGE = new BigDecimal("500.00");

    private SampleCare() {
    }

    static void afterPurchase(Timeline timeline, LocalDateTime at, BigDecimal amount, boolean first, boolean vip) {
        SplittableRandom random = timeline.random();
        LocalDate day = at.toLocalDate();
        long age = ChronoUnit.DAYS.between(day, timeline.asOf());
        if (Pick.chance(random, thankYouChance(age) + (vip ? 0.15 : 0))) {
            LocalDate callDay = Timeline.addWorkDays(day, Pick.between(random, 0, 2));
            timeline.add(timeline.after(at, callDay), InteractionKind.THANK_YOU_CALL,
                    Pick.chance(random, 0.6) ? Experience.POSITIVE : Experience.NEUTRAL,
                    Pick.one(random, SampleSummaries.THANK_YOU_CALLS));
        }
        boolean noteDue = first || amount.compareTo(LARGE) >= 0;
        double noteChance = noteDue ? (age > 10 ? 0.85 : age > 3 ? 0.6 : 0.2) : 0.03;
        if (Pick.chance(random, noteChance)) {
            LocalDate noteDay = Timeline.addWorkDays(day, Pick.between(random, 1, 5));
            String summary = first && Pick.chance(random, 0.7) ? "Thank-you card for the first order"
                    : Pick.one(random, SampleSummaries.PURCHASE_NOTES);
            timeline.add(timeline.during(noteDay), InteractionKind.HANDWRITTEN_NOTE, Experience.POSITIVE, summary);
        }
    }

    /**
     * Years ago the owner thanked for some purchases only; this last month, with Rapport, for most
     * of them, except the last couple of days' (those are on the agenda).
     */
    private static double thankYouChance(long age) {
        return age <= 2 ? 0.35 : age <= 30 ? 0.9 : 0.3;
    }

    /**
     * A client still in touch whose last contact is getting old: most often the owner called or
     * wrote within the tier's cadence, as Rapport reminds them to; now and then not yet.
     */
    static void keptInTouch(Timeline timeline, LocalDate since, int cadence) {
        SplittableRandom random = timeline.random();
        LocalDate asOf = timeline.asOf();
        LocalDate last = timeline.lastDay();
        LocalDate earliest = asOf.minusDays(Math.max(1, Math.round(cadence * 0.8)));
        if (earliest.isBefore(since)) {
            earliest = since;
        }
        if (last != null && !last.isBefore(earliest) || !earliest.isBefore(asOf) || !Pick.chance(random, 0.9)) {
            return;
        }
        LocalDate day = timeline.workDay(earliest.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(earliest, asOf))),
                since);
        if (Pick.chance(random, 0.7)) {
            timeline.add(timeline.during(day), InteractionKind.CALL,
                    Pick.chance(random, 0.5) ? Experience.POSITIVE : Experience.NEUTRAL,
                    Pick.one(random, SampleSummaries.CALLS_OUT));
        } else {
            timeline.add(timeline.during(day), InteractionKind.EMAIL, Experience.NEUTRAL,
                    Pick.one(random, SampleSummaries.EMAILS));
        }
    }

    /** After a complaint or a contact that went badly: usually a call, and later a check-in. */
    static void afterProblem(Timeline timeline, LocalDateTime at) {
        SplittableRandom random = timeline.random();
        LocalDate day = at.toLocalDate();
        long age = ChronoUnit.DAYS.between(day, timeline.asOf());
        if (!Pick.chance(random, age <= 2 ? 0.2 : age <= 14 ? 0.5 : 0.8)) {
            return;
        }
        LocalDateTime recovery = timeline.after(at, Timeline.addWorkDays(day, Pick.between(random, 0, 1)));
        Experience went = Pick.chance(random, 0.6) ? Experience.POSITIVE : Experience.NEUTRAL;
        if (!timeline.add(recovery, InteractionKind.CALL, went, Pick.one(random, SampleSummaries.RECOVERY_CALLS))) {
            return;
        }
        LocalDate recovered = recovery.toLocalDate();
        if (Pick.chance(random, 0.15)) {
            timeline.add(timeline.during(Timeline.addWorkDays(recovered, Pick.between(random, 1, 3))),
                    InteractionKind.HANDWRITTEN_NOTE, Experience.POSITIVE, "Sorry card with a voucher");
        }
        LocalDate checkIn = recovered.plusDays(Pick.between(random, 14, 24));
        if (Pick.chance(random, 0.55)) {
            timeline.add(timeline.during(timeline.workDay(checkIn, recovered)), InteractionKind.CALL,
                    Experience.POSITIVE, Pick.one(random, SampleSummaries.CHECK_INS));
        }
    }

    /** A complaint late on {@code day}; when {@code answered}, an apology call the next work day. */
    static void complaint(Timeline timeline, LocalDate day, boolean answered) {
        SplittableRandom random = timeline.random();
        LocalDateTime at = day.atTime(17, Pick.between(random, 30, 59));
        timeline.add(at, InteractionKind.COMPLAINT, Experience.NEGATIVE, Pick.one(random, SampleSummaries.COMPLAINTS));
        if (answered) {
            timeline.add(timeline.during(Timeline.addWorkDays(day, 1)), InteractionKind.CALL, Experience.POSITIVE,
                    Pick.one(random, SampleSummaries.RECOVERY_CALLS));
        }
    }

    /** Birthday cards and gifts, anniversary cards and Christmas gifts, from {@code since} to {@code end}. */
    static void yearly(Timeline timeline, Birthday birthday, LocalDate since, LocalDate end, String tier) {
        SplittableRandom random = timeline.random();
        boolean vip = "VIP".equals(tier);
        double birthdays = vip ? 0.7 : "OCCASIONAL".equals(tier) ? 0.05 : 0.25;
        double anniversaries = vip ? 0.5 : "OCCASIONAL".equals(tier) ? 0.03 : 0.12;
        for (int year = since.getYear(); year <= end.getYear(); year++) {
            if (birthday != null) {
                LocalDate day = birthday.in(year);
                if (day.isAfter(since) && !day.isAfter(end) && Pick.chance(random, birthdays)) {
                    birthday(timeline, day, since);
                }
            }
            LocalDate anniversary = since.withYear(year);
            int years = year - since.getYear();
            if (years >= 1 && !anniversary.isAfter(end) && Pick.chance(random, anniversaries)) {
                LocalDate cardDay = timeline.workDay(anniversary.minusDays(Pick.between(random, 0, 7)), since);
                timeline.add(timeline.during(cardDay), InteractionKind.HANDWRITTEN_NOTE, Experience.POSITIVE,
                        "Anniversary card: " + years + (years == 1 ? " year" : " years") + " with us");
            }
            LocalDate christmas = LocalDate.of(year, 12, Pick.between(random, 15, 22));
            if (christmas.isAfter(since) && !christmas.isAfter(end) && Pick.chance(random, vip ? 0.6 : 0.04)) {
                timeline.add(timeline.during(timeline.workDay(christmas, since)), InteractionKind.GIFT,
                        Experience.POSITIVE, Pick.one(random, SampleSummaries.CHRISTMAS_GIFTS));
            }
        }
    }

    /**
     * A birthday in the coming week of a client still in touch: the card, due a week before, has
     * usually gone out already.
     */
    static void comingBirthday(Timeline timeline, Birthday birthday, LocalDate since) {
        if (birthday == null) {
            return;
        }
        SplittableRandom random = timeline.random();
        LocalDate asOf = timeline.asOf();
        LocalDate day = birthday.in(asOf.getYear());
        if (day.isBefore(asOf)) {
            day = birthday.in(asOf.getYear() + 1);
        }
        LocalDate sent = timeline.workDay(day.minusDays(Pick.between(random, 7, 9)), since);
        if (day.isAfter(asOf) && !sent.isAfter(asOf) && sent.isAfter(since) && Pick.chance(random, 0.75)) {
            timeline.add(timeline.during(sent), InteractionKind.HANDWRITTEN_NOTE, Experience.POSITIVE, "Birthday card");
        }
    }

    private static void birthday(Timeline timeline, LocalDate day, LocalDate since) {
        SplittableRandom random = timeline.random();
        LocalDate sent = day.minusDays(Pick.between(random, 1, 10));
        sent = timeline.workDay(sent.isBefore(since) ? since : sent, since);
        if (Pick.chance(random, 0.6)) {
            timeline.add(timeline.during(sent), InteractionKind.HANDWRITTEN_NOTE, Experience.POSITIVE, "Birthday card");
        } else {
            timeline.add(timeline.during(sent), InteractionKind.GIFT, Experience.POSITIVE,
                    Pick.one(random, SampleSummaries.BIRTHDAY_GIFTS));
        }
    }

    /** On the referrer: the referral on the new client's first day, and often a thank-you note. */
    static void referral(Timeline timeline, LocalDate since, String newClientName) {
        SplittableRandom random = timeline.random();
        LocalDateTime at = timeline.during(since);
        timeline.add(at, InteractionKind.REFERRAL, null, Experience.POSITIVE, null, "Referred " + newClientName, "");
        long age = ChronoUnit.DAYS.between(since, timeline.asOf());
        if (Pick.chance(random, age > 7 ? 0.6 : 0.1)) {
            LocalDate noteDay = Timeline.addWorkDays(since, Pick.between(random, 1, 4));
            timeline.add(timeline.during(noteDay), InteractionKind.HANDWRITTEN_NOTE, Experience.POSITIVE,
                    "Thank-you card for referring " + newClientName);
        } else if (Pick.chance(random, 0.15)) {
            timeline.add(timeline.after(at, Timeline.addWorkDays(since, 1)), InteractionKind.THANK_YOU_CALL,
                    null, Experience.POSITIVE, null, "Thanked them for referring " + newClientName, "");
        }
    }
}
