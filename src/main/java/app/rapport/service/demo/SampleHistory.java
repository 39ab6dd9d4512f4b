package app.rapport.service.demo;

import app.rapport.model.Client;
import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.InteractionKind;
import app.rapport.service.demo.SampleSummaries.Item;
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

    private SampleHistory() {
    }

    /** Contacts a day, on average, by tier: a VIP hears from the shop about three times a month. */
    static double rate(String tier) {
        return switch (tier) {
            case "VIP" -> 0.08;
            case "OCCASIONAL" -> 0.0175;
            default -> 0.034;
        };
    }

    /** Writes the client's history, from their client-since date to {@code end}, into the timeline. */
    static void write(Timeline timeline, Client client, LocalDate end) {
        SplittableRandom random = timeline.random();
        LocalDate since = client.clientSince();
        int days = (int) ChronoUnit.DAYS.between(since, end) + 1;
        int count = 1 + (int) Math.round(rate(client.tier()) * days * Pick.between(random, 0.5, 1.5));
        int[] offsets = new int[count];
        for (int i = 1; i < count; i++) {
            offsets[i] = random.nextInt(days);
        }
        Arrays.sort(offsets);
        boolean vip = "VIP".equals(client.tier());
        boolean bought = false;
        for (int i = 0; i < count; i++) {
            LocalDate day = since.plusDays(offsets[i]);
            InteractionKind kind = i == 0 ? firstKind(random) : Pick.weighted(random, SHARES, Share::weight).kind();
            if (kind == InteractionKind.PURCHASE) {
                purchase(timeline, client, Timeline.shopDay(day, since), !bought, vip);
                bought = true;
            } else {
                other(timeline, kind, day, since);
            }
        }
        SampleCare.yearly(timeline, client.birthday(), since, end, client.tier());
    }

    /** Most clients start with a purchase; some with a tasting or a question first. */
    private static InteractionKind firstKind(SplittableRandom random) {
        double roll = random.nextDouble();
        return roll < 0.85 ? InteractionKind.PURCHASE : roll < 0.93 ? InteractionKind.MEETING : InteractionKind.CALL;
    }

    private static void purchase(Timeline timeline, Client client, LocalDate day, boolean first, boolean vip) {
        SplittableRandom random = timeline.random();
        Item item = item(random, client.tags(), day);
        int quantity = item.quantityHigh() == 0 ? 1 : Pick.between(random, item.quantityLow(), item.quantityHigh());
        long halves = Math.round(Pick.between(random, item.low(), item.high()) * 2);
        BigDecimal amount = BigDecimal.valueOf(halves * 50 * quantity, 2);
        String summary = item.quantityHigh() == 0 ? item.before() : item.before() + quantity + item.after();
        boolean bad = Pick.chance(random, 0.015);
        Experience experience = bad ? Experience.NEGATIVE
                : Pick.chance(random, 0.3) ? Experience.POSITIVE : Experience.NEUTRAL;
        String notes = bad ? Pick.one(random, SampleSummaries.BAD_PURCHASE_NOTES)
                : Pick.chance(random, 0.08) ? Pick.one(random, SampleSummaries.CONTACT_NOTES) : "";
        LocalDateTime at = timeline.during(day);
        timeline.add(at, InteractionKind.PURCHASE, null, experience, amount, summary, notes);
        SampleCare.afterPurchase(timeline, at, amount, first, vip);
        if (bad) {
            SampleCare.afterProblem(timeline, at);
        }
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
        if (!seasonal.isEmpty() && Pick.chance(random, 0.35)) {
            return Pick.weighted(random, seasonal, Item::weight);
        }
        return Pick.weighted(random, SampleSummaries.ITEMS, Item::weight);
    }

    private static void other(Timeline timeline, InteractionKind kind, LocalDate day, LocalDate since) {
        SplittableRandom random = timeline.random();
        LocalDate workDay = timeline.workDay(day, since);
        switch (kind) {
            case CALL -> {
                if (Pick.chance(random, 0.3)) {
                    timeline.add(timeline.during(day), kind, Direction.INBOUND, Experience.NEUTRAL, null,
                            Pick.one(random, SampleSummaries.CALLS_IN), "");
                } else {
                    timeline.add(timeline.during(workDay), kind, mood(random),
                            Pick.one(random, SampleSummaries.CALLS_OUT));
                }
            }
            case VISIT -> {
                LocalDateTime at = timeline.during(workDay);
                if (Pick.chance(random, 0.06)) {
                    timeline.add(at, kind, Experience.NEGATIVE, Pick.one(random, SampleSummaries.BAD_VISITS));
                    SampleCare.afterProblem(timeline, at);
                } else {
                    timeline.add(at, kind, mood(random), Pick.one(random, SampleSummaries.VISITS));
                }
            }
            case COMPLAINT -> {
                LocalDateTime at = timeline.during(day);
                timeline.add(at, kind, Experience.NEGATIVE, Pick.one(random, SampleSummaries.COMPLAINTS));
                SampleCare.afterProblem(timeline, at);
            }
            case MEETING -> timeline.add(timeline.during(workDay), kind, mood(random),
                    Pick.one(random, SampleSummaries.MEETINGS));
            case EMAIL -> timeline.add(timeline.during(workDay), kind, Experience.NEUTRAL,
                    Pick.one(random, SampleSummaries.EMAILS));
            default -> timeline.add(timeline.during(day), kind, mood(random),
                    Pick.one(random, SampleSummaries.OTHERS));
        }
    }

    private static Experience mood(SplittableRandom random) {
        return Pick.chance(random, 0.4) ? Experience.POSITIVE : Experience.NEUTRAL;
    }
}
