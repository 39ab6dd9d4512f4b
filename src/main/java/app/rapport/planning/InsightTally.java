package app.rapport.planning;

import app.rapport.model.ContactFact;
import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.Insight;
import app.rapport.model.InsightClient;
import app.rapport.model.InsightFilter;
import app.rapport.model.InteractionKind;
import app.rapport.model.Settings;
import app.rapport.model.Tier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * INSIGHT.md's figures, tallied one client at a time from the client's log (figures 1 to 8), plus
 * the decisions and referrers the store counts (9 and 10). Pure, like the planner: the same
 * clients, settings and dates always give the same figures. Clients may be added from several
 * threads at once; {@link #build} once every client is in.
 *
 * <p>Each client's contacts are walked once ({@link InsightLog}); every month-end's health comes
 * from the same walk ({@link HealthByMonth}).
 *
 * <p>{@link #isBehind} asks the same walk whether a client counts in one number: the clients behind
 * a figure are exactly those whose contributions make it up.
 */
public final class InsightTally {
    private final LocalDate asOf;
    private final List<YearMonth> months;
    private final int firstMonth;
    private final LocalDate windowStart;
    private final HealthByMonth health;
    private final WorkCalendar calendar;
    /** The byTier keys of revenue: the settings' tiers in order, and REGULAR (no tier) when they lack it. */
    private final List<String> tiers;
    private final Map<String, Integer> tierIndex = new HashMap<>();
    private final int regular;
    private final Queue<InsightTotals> parts = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<InsightTotals> local;
    private final InsightTotals decided;

    /**
     * @param months the window's length, 1 to {@link Insight#MAX_MONTHS}
     * @param zone the owner's zone, in which decisions' times become dates
     * @param recoveryDecisions each active client's RECOVERY decisions (the only ones health needs), by client id
     */
    public InsightTally(Settings settings, LocalDate asOf, int months, ZoneId zone,
            Map<String, List<Decision>> recoveryDecisions) {
        this.asOf = asOf;
        this.months = Insight.window(asOf, months);
        this.firstMonth = monthNumber(this.months.get(0));
        this.windowStart = this.months.get(0).atDay(1);
        this.health = new HealthByMonth(this.months, asOf, settings, zone, recoveryDecisions);
        this.calendar = WorkCalendar.of(settings);
        List<String> names = new ArrayList<>(settings.tiers().stream().map(Tier::name).toList());
        if (!names.contains(Tier.DEFAULT_NAME)) {
            names.add(Tier.DEFAULT_NAME);
        }
        this.tiers = List.copyOf(names);
        for (int i = 0; i < tiers.size(); i++) {
            tierIndex.put(tiers.get(i), i);
        }
        this.regular = tierIndex.get(Tier.DEFAULT_NAME);
        this.local = ThreadLocal.withInitial(() -> {
            InsightTotals t = new InsightTotals(months, tiers.size());
            parts.add(t);
            return t;
        });
        this.decided = new InsightTotals(months, tiers.size());
    }

    /** The months of the window, oldest first. */
    public List<YearMonth> months() {
        return months;
    }

    /** The first day a client's log must start on: health at the first month's end looks this far back. */
    public LocalDate logFrom() {
        LocalDate healthFrom = health.lookbackStart();
        return healthFrom.isBefore(windowStart) ? healthFrom : windowStart;
    }

    /** Counts one client (its log from {@link #logFrom()} to the as-of date). Safe from several threads. */
    public void add(InsightClient client) {
        walk(client, local.get());
    }

    /** Counts decisions taken on {@code day} (in the owner's zone): figure 10. */
    public void addDecisions(LocalDate day, DecisionKind kind, int count) {
        int m = monthIndex(day);
        if (m >= 0) {
            synchronized (decided) {
                decided.decisions[m][kind.ordinal()] += count;
            }
        }
    }

    /**
     * Whether the client counts in the number {@code filter} names: one of the figures 1 to 8 (the
     * store finds the clients behind 9 and 10). Safe from several threads.
     */
    public boolean isBehind(InsightClient client, InsightFilter filter) {
        InsightMatch match = new InsightMatch(filter, this);
        if (match.possible()) {
            walk(client, match);
        }
        return match.matched();
    }

    /** The figures, once every client was added; {@code referrers}: every client named as "referred by". */
    public Insight build(List<Insight.Referrer> referrers) {
        InsightTotals sum = new InsightTotals(months.size(), tiers.size());
        parts.forEach(sum::add);
        sum.add(decided);
        List<Insight.Referrer> top = referrers.stream()
                .sorted(Comparator.comparingInt(Insight.Referrer::referred).reversed()
                        .thenComparing(Insight.Referrer::referredRevenue, Comparator.reverseOrder())
                        .thenComparing(Insight.Referrer::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Insight.Referrer::name)
                        .thenComparing(Insight.Referrer::clientId))
                .limit(Insight.TOP_REFERRERS).toList();
        return sum.toInsight(asOf, months, tiers, top);
    }

    /** The window's index of a month, or -1 when it is not in the window. */
    int monthIndex(YearMonth month) {
        int m = monthNumber(month) - firstMonth;
        return m >= 0 && m < months.size() ? m : -1;
    }

    /**
     * The revenue key of a tier name (no tier, or one the settings do not have, is REGULAR), or -1 for none of them.
     */
    int tierKey(String tier, boolean strict) {
        Integer i = tier == null ? null : tierIndex.get(tier);
        return i != null ? i : strict ? -1 : regular;
    }

    private int monthIndex(LocalDate day) {
        if (day.isBefore(windowStart) || day.isAfter(asOf)) {
            return -1;
        }
        return day.getYear() * 12 + day.getMonthValue() - 1 - firstMonth;
    }

    private static int monthNumber(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    /** One walk through a client's log, telling {@code sink} everything the client adds to the figures. */
    private void walk(InsightClient client, InsightSink sink) {
        InsightLog log = new InsightLog(client.log());
        int tier = tierKey(client.tier(), false);
        boolean[] bought = null;
        LocalDate firstPurchase = client.firstPurchase();
        LocalDate lastRepeatDay = asOf.minusDays(Insight.BOUGHT_AGAIN_DAYS);
        for (int i = 0; i < log.size(); i++) {
            ContactFact f = log.get(i);
            LocalDate day = log.day(i);
            if (f.kind() == InteractionKind.PURCHASE && (firstPurchase == null || day.isBefore(firstPurchase))) {
                firstPurchase = day;
            }
            int m = monthIndex(day);
            if (m < 0) {
                continue;
            }
            sink.contact(m, f.kind());
            if (f.kind() == InteractionKind.PURCHASE) {
                boolean thanked = log.thanked(i);
                sink.purchase(m, thanked, f.amount(), tier);
                if (!day.isAfter(lastRepeatDay)) {
                    sink.repeat(thanked, log.boughtAgain(i));
                }
                bought = bought == null ? new boolean[months.size()] : bought;
                bought[m] = true;
            }
            if (RecoveryRule.isNegative(f)) {
                LocalDate answered = log.firstAnswer(i);
                sink.complaint(m, answered != null && !answered.isAfter(calendar.addWorkDays(day, 1)),
                        answered != null && !answered.isAfter(day.plusDays(Insight.WEEK_DAYS)));
            }
        }
        if (bought != null) {
            for (int m = 0; m < bought.length; m++) {
                if (bought[m]) {
                    sink.buyer(m, firstPurchase.isBefore(months.get(m).atDay(1)));
                }
            }
        }
        if (client.active() && sink.wantsHealth()) {
            health.tell(client, log, sink);
        }
    }
}
