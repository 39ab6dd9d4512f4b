package app.rapport.service.demo;

import app.rapport.model.Client;
import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.InteractionKind;
import app.rapport.service.demo.SampleProblems.Problem;
import app.rapport.service.demo.SampleSummaries.Item;
import app.rapport.service.demo.Timeline.Event;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One sample client's contacts from their first day to the day they went quiet: purchases,
 * calls, emails, visits, meetings, now and then a complaint, with the care that followed.
 */
final class SampleHistory {
    /** How often each kind of contact happens, before the follow-ups it brings. */
    private record Share(InteractionKind kind, int weight) {
    }

    private static final List<Share> SHARES = List.of(new Share(InteractionKind.PURCHASE, 52),
            new Share(InteractionKind.CALL, 12), new Share(InteractionKind.EMAIL, 10),
            new Share(InteractionKind.VISIT, 9), new Share(InteractionKind.MEETING, 3),
            new Share(InteractionKind.OTHER, 3), new Share(InteractionKind.COMPLAINT, 2));

    private final SampleProblems problems;

    /** Problems are drawn from {@code problems}, shared by the whole book: no two alike on one day. */
    SampleHistory(SampleProblems problems) {
        this.problems = problems;
    }

    /**
     * Contacts a day, on average, by tier, before the follow-ups they bring: a VIP is in touch with
     * the shop about twice a month, and with the thank-you calls and cards about three times.
     */
    static double rate(String tier) {
        return switch (tier) {
            case "VIP" -> 0.058;
            case "OCCASIONAL" -> 0.0135;
            default -> 0.025;
        };
    }

    /**
     * Writes what the client did and what the owner did unprompted (calls, emails, visits,
     * meetings, Christmas gifts), from their client-since date to {@code end}, into the timeline;
     * the follow-ups these bring are {@link SampleFollowUps}'.
     */
    void write(Timeline timeline, Client client, LocalDate end) {
        SplittableRandom random = timeline.random();
        Reach reach = Reach.of(client);
        LocalDate since = client.clientSince();
        int days = (int) ChronoUnit.DAYS.between(since, end) + 1;
        int count = 1 + (int) Math.round(rate(client.tier()) * days * Pick.between(random, 0.5, 1.5));
        int[] offsets = new int[count];
        for (int i = 1; i < count; i++) {
            offsets[i] = random.nextInt(days);
        }
        Arrays.sort(offsets);
        for (int i = 0; i < count; i++) {
            LocalDate day = since.plusDays(offsets[i]);
            InteractionKind kind = i == 0 ? firstKind(random) : Pick.weighted(random, SHARES, Share::weight).kind();
            if (kind == InteractionKind.PURCHASE) {
                purchase(timeline, client, Timeline.shopDay(day, since));
            } else {
                other(timeline, reach, kind, day, since, end);
            }
        }
        SampleCare.christmas(timeline, since, end, client.tier());
    }

    /** Most clients start with a purchase; some with a tasting or a question first. */
    private static InteractionKind firstKind(SplittableRandom random) {
        double roll = random.nextDouble();
        return roll < 0.85 ? InteractionKind.PURCHASE : roll < 0.93 ? InteractionKind.MEETING : InteractionKind.CALL;
    }

    private void purchase(Timeline timeline, Client client, LocalDate day) {
        SplittableRandom random = timeline.random();
        Item item = item(random, client.tags(), day);
        int quantity = item.counted() ? Pick.between(random, item.quantityLow(), item.quantityHigh()) : 1;
        long halves = Math.round(Pick.between(random, item.low(), item.high()) * 2);
        BigDecimal amount = BigDecimal.valueOf(halves * 50 * quantity, 2);
        LocalDateTime at = timeline.during(day);
        if (Pick.chance(random, 0.015)) {
            Problem problem = problems.pick(random, day, SampleProblems.Kind.PURCHASE);
            timeline.add(new Event(at, InteractionKind.PURCHASE, null, Experience.NEGATIVE, amount,
                    item.summary(quantity), problem.text(), problem.remedies()));
            return;
        }
        Experience experience = Pick.chance(random, 0.3) ? Experience.POSITIVE : Experience.NEUTRAL;
        String notes = Pick.chance(random, 0.08) ? Pick.one(random, SampleSummaries.CONTACT_NOTES) : "";
        timeline.add(at, InteractionKind.PURCHASE, null, experience, amount, item.summary(quantity), notes);
    }

    /** Often what the client's tags suggest, in season what the season sells, else anything. */
    private static Item item(SplittableRandom random, List<String> tags, LocalDate day) {
        if (!tags.isEmpty() && Pick.chance(random, 0.4)) {
            String tag = Pick.one(random, tags);
            List<Item> matching = SampleSummaries.ITEMS.stream().filter(i -> i.tag().equals(tag)).toList();
            if (!matching.isEmpty()) {
                return Pick.one(random, matching);
            }
        }
        List<Item> seasonal = SampleSummaries.seasonal(day.getMonth());
        if (!seasonal.isEmpty() && Pick.chance(random, 0.2)) {
            return Pick.weighted(random, seasonal, Item::weight);
        }
        return Pick.weighted(random, SampleSummaries.ITEMS, Item::weight);
    }

    /**
     * A contact of another kind, as the client's details allow: the owner calls only a client with
     * a phone number (others call the shop), emails one with an address, visits one with an address.
     */
    private void other(Timeline timeline, Reach reach, InteractionKind wanted, LocalDate day, LocalDate since,
            LocalDate end) {
        SplittableRandom random = timeline.random();
        LocalDate workDay = Timeline.workDay(day, since, end);
        InteractionKind kind = wanted == InteractionKind.EMAIL && !reach.email()
                ? reach.phone() ? InteractionKind.CALL : InteractionKind.OTHER
                : wanted == InteractionKind.VISIT && !reach.post() ? InteractionKind.OTHER : wanted;
        switch (kind) {
            case CALL -> {
                if (!reach.phone() || Pick.chance(random, 0.3)) {
                    timeline.add(timeline.during(day), kind, Direction.INBOUND, Experience.NEUTRAL, null,
                            Pick.one(random, SampleSummaries.callsIn(day.getMonth())), "");
                } else {
                    timeline.add(timeline.during(workDay), kind, mood(random),
                            Pick.one(random, SampleSummaries.callsOut(workDay.getMonth())));
                }
            }
            case VISIT -> {
                LocalDateTime at = timeline.during(workDay);
                if (Pick.chance(random, 0.06)) {
                    problem(timeline, at, kind, SampleProblems.Kind.VISIT);
                } else {
                    timeline.add(at, kind, mood(random), Pick.one(random,
                            reach.business() ? SampleSummaries.BUSINESS_VISITS : SampleSummaries.VISITS));
                }
            }
            case COMPLAINT -> problem(timeline, timeline.during(day), kind, SampleProblems.Kind.COMPLAINT);
            case MEETING -> timeline.add(timeline.during(workDay), kind, mood(random),
                    Pick.one(random, SampleSummaries.MEETINGS));
            case EMAIL -> timeline.add(timeline.during(workDay), kind, Experience.NEUTRAL,
                    Pick.one(random, SampleSummaries.emails(workDay.getMonth())));
            default -> timeline.add(timeline.during(day), kind, mood(random),
                    Pick.one(random, SampleSummaries.OTHERS));
        }
    }

    /** A complaint, or a visit gone wrong, worded as no other client's that day. */
    Problem problem(Timeline timeline, LocalDateTime at, InteractionKind kind, SampleProblems.Kind what) {
        Problem problem = problems.pick(timeline.random(), at.toLocalDate(), what);
        timeline.add(new Event(at, kind, null, Experience.NEGATIVE, null, problem.text(), "", problem.remedies()));
        return problem;
    }

    private static Experience mood(SplittableRandom random) {
        return Pick.chance(random, 0.4) ? Experience.POSITIVE : Experience.NEUTRAL;
    }
}
