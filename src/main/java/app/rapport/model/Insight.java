package app.rapport.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ten figures of INSIGHT.md for an as-of date and a window of months: what the Insight screen
 * shows and {@code insight --json} prints. Every monthly list has one entry per month of
 * {@link #months()}, oldest first, zeros included. Sums are exact; {@link #twoDecimals} writes them.
 *
 * @param asOf the as-of date D: only interactions dated on or before it count
 * @param months the window: the calendar months ending with D's month (the last one ends on D)
 * @param health active clients by health band on D (figure 1)
 * @param topReferrers at most {@link #TOP_REFERRERS}, in INSIGHT.md's order
 */
public record Insight(LocalDate asOf, List<YearMonth> months, HealthCounts health, List<HealthMonth> healthByMonth,
        List<ContactsMonth> contactsByMonth, List<ThankedMonth> purchasesThanked,
        List<ComplaintsMonth> complaintsAnswered, ThankYouPaysOff thankYouPaysOff, List<BuyersMonth> returningBuyers,
        List<RevenueMonth> revenueByMonth, List<Referrer> topReferrers, List<FollowUpsMonth> followUpsDone) {

    public static final int DEFAULT_MONTHS = 12;
    public static final int MAX_MONTHS = 60;
    public static final int TOP_REFERRERS = 10;
    /** Purchases this many days old or more tell whether their client bought again (figure 6). */
    public static final int BOUGHT_AGAIN_DAYS = 90;
    /**
     * A thank-you within this many days of a purchase thanks it; a complaint answered within them is answered within a
     * week.
     */
    public static final int WEEK_DAYS = 7;
    public static final String MONTHS_RANGE = "Choose a window of 1 to " + MAX_MONTHS + " months";

    public Insight {
        months = List.copyOf(months);
        healthByMonth = List.copyOf(healthByMonth);
        contactsByMonth = List.copyOf(contactsByMonth);
        purchasesThanked = List.copyOf(purchasesThanked);
        complaintsAnswered = List.copyOf(complaintsAnswered);
        returningBuyers = List.copyOf(returningBuyers);
        revenueByMonth = List.copyOf(revenueByMonth);
        topReferrers = List.copyOf(topReferrers);
        followUpsDone = List.copyOf(followUpsDone);
    }

    /**
     * The window: the {@code count} calendar months ending with {@code asOf}'s month, oldest first.
     *
     * @throws InvalidValueException when {@code count} is not 1 to {@link #MAX_MONTHS}
     */
    public static List<YearMonth> window(LocalDate asOf, int count) {
        if (count < 1 || count > MAX_MONTHS) {
            throw new InvalidValueException("months", MONTHS_RANGE);
        }
        YearMonth last = YearMonth.from(asOf);
        List<YearMonth> months = new ArrayList<>(count);
        for (int i = count - 1; i >= 0; i--) {
            months.add(last.minusMonths(i));
        }
        return months;
    }

    /** A sum as INSIGHT.md writes it: two decimals, rounded half up ({@code "1250.00"}). */
    public static String twoDecimals(BigDecimal sum) {
        return sum.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Clients by health band. */
    public record HealthCounts(int good, int tested, int atRisk) {
        public static final HealthCounts NONE = new HealthCounts(0, 0, 0);

        public int of(HealthBand band) {
            return switch (band) {
                case GOOD -> good;
                case TESTED -> tested;
                case AT_RISK -> atRisk;
            };
        }

        public int total() {
            return good + tested + atRisk;
        }
    }

    /** Figure 2: the health of a month's end. */
    public record HealthMonth(YearMonth month, HealthCounts health) {
    }

    /** Figure 3: interactions of each kind dated in a month; every kind is a key. */
    public record ContactsMonth(YearMonth month, Map<InteractionKind, Integer> counts) {
        public ContactsMonth {
            Map<InteractionKind, Integer> all = new EnumMap<>(InteractionKind.class);
            for (InteractionKind kind : InteractionKind.values()) {
                all.put(kind, counts.getOrDefault(kind, 0));
            }
            counts = Collections.unmodifiableMap(all);
        }

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Figure 4: a month's purchases, and those thanked within a week. */
    public record ThankedMonth(YearMonth month, int purchases, int thanked) {
    }

    /** Figure 5: a month's complaints, and those answered by the next work day and within a week. */
    public record ComplaintsMonth(YearMonth month, int complaints, int answeredNextWorkDay, int answeredWithinWeek) {
    }

    /** Figure 6: purchases thanked within a week and not, and how many of each were followed by another. */
    public record ThankYouPaysOff(Repeat thanked, Repeat notThanked) {
    }

    /** Purchases, and those whose client bought again within {@link #BOUGHT_AGAIN_DAYS} days. */
    public record Repeat(int purchases, int boughtAgain) {
    }

    /** Figure 7: a month's buyers, and those who had bought before it. */
    public record BuyersMonth(YearMonth month, int buyers, int returning) {
    }

    /** Figure 8: a month's purchases summed, in all and by the clients' tiers now (the settings' tiers in order). */
    public record RevenueMonth(YearMonth month, BigDecimal total, Map<String, BigDecimal> byTier) {
        public RevenueMonth {
            byTier = Collections.unmodifiableMap(new LinkedHashMap<>(byTier));
        }
    }

    /** Figure 9: a client named as "referred by", how many clients name them, and what those clients spent. */
    public record Referrer(String clientId, String name, int referred, BigDecimal referredRevenue) {
    }

    /** Figure 10: the done, snooze and skip decisions taken in a month. */
    public record FollowUpsMonth(YearMonth month, int done, int snoozed, int skipped) {
        public int of(DecisionKind kind) {
            return switch (kind) {
                case DONE -> done;
                case SNOOZE -> snoozed;
                case SKIP -> skipped;
            };
        }
    }
}
