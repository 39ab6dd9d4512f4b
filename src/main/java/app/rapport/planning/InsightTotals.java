package app.rapport.planning;

import app.rapport.model.DecisionKind;
import app.rapport.model.HealthBand;
import app.rapport.model.Insight;
import app.rapport.model.InteractionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Insight's counts and sums for some of the clients (one thread's share), added up at the end. */
final class InsightTotals implements InsightSink {
    private static final int KINDS = InteractionKind.values().length;
    private static final int BANDS = HealthBand.values().length;
    private final int[] healthNow = new int[BANDS];
    private final int[][] health;
    private final int[][] contacts;
    private final int[] purchases;
    private final int[] thanked;
    private final BigDecimal[][] revenue;
    private final int[] complaints;
    private final int[] nextWorkDay;
    private final int[] withinWeek;
    /** Purchases and bought again, thanked; then not thanked. */
    private final int[] repeat = new int[4];
    private final int[] buyers;
    private final int[] returning;
    final int[][] decisions;

    InsightTotals(int months, int tiers) {
        health = new int[months][BANDS];
        contacts = new int[months][KINDS];
        purchases = new int[months];
        thanked = new int[months];
        revenue = new BigDecimal[months][tiers];
        for (BigDecimal[] month : revenue) {
            Arrays.fill(month, BigDecimal.ZERO);
        }
        complaints = new int[months];
        nextWorkDay = new int[months];
        withinWeek = new int[months];
        buyers = new int[months];
        returning = new int[months];
        decisions = new int[months][DecisionKind.values().length];
    }

    @Override
    public void health(int m, HealthBand band) {
        (m < 0 ? healthNow : health[m])[band.ordinal()]++;
    }

    @Override
    public void contact(int m, InteractionKind kind) {
        contacts[m][kind.ordinal()]++;
    }

    @Override
    public void purchase(int m, boolean wasThanked, BigDecimal amount, int tier) {
        purchases[m]++;
        if (wasThanked) {
            thanked[m]++;
        }
        if (amount != null) {
            revenue[m][tier] = revenue[m][tier].add(amount);
        }
    }

    @Override
    public void complaint(int m, boolean byNextWorkDay, boolean byWeek) {
        complaints[m]++;
        if (byNextWorkDay) {
            nextWorkDay[m]++;
        }
        if (byWeek) {
            withinWeek[m]++;
        }
    }

    @Override
    public void repeat(boolean wasThanked, boolean boughtAgain) {
        int at = wasThanked ? 0 : 2;
        repeat[at]++;
        if (boughtAgain) {
            repeat[at + 1]++;
        }
    }

    @Override
    public void buyer(int m, boolean before) {
        buyers[m]++;
        if (before) {
            returning[m]++;
        }
    }

    /** Adds another share to this one. */
    void add(InsightTotals o) {
        add(healthNow, o.healthNow);
        add(repeat, o.repeat);
        for (int m = 0; m < purchases.length; m++) {
            add(health[m], o.health[m]);
            add(contacts[m], o.contacts[m]);
            add(decisions[m], o.decisions[m]);
            for (int t = 0; t < revenue[m].length; t++) {
                revenue[m][t] = revenue[m][t].add(o.revenue[m][t]);
            }
        }
        for (int[][] pair : new int[][][] {{purchases, o.purchases}, {thanked, o.thanked}, {complaints, o.complaints},
            {nextWorkDay, o.nextWorkDay}, {withinWeek, o.withinWeek}, {buyers, o.buyers}, {returning, o.returning}}) {
            add(pair[0], pair[1]);
        }
    }

    private static void add(int[] to, int[] from) {
        for (int i = 0; i < to.length; i++) {
            to[i] += from[i];
        }
    }

    private static Insight.HealthCounts counts(int[] bands) {
        return new Insight.HealthCounts(bands[HealthBand.GOOD.ordinal()], bands[HealthBand.TESTED.ordinal()],
                bands[HealthBand.AT_RISK.ordinal()]);
    }

    Insight toInsight(LocalDate asOf, List<YearMonth> months, List<String> tiers, List<Insight.Referrer> top) {
        List<Insight.HealthMonth> healthByMonth = new ArrayList<>();
        List<Insight.ContactsMonth> contactsByMonth = new ArrayList<>();
        List<Insight.ThankedMonth> purchasesThanked = new ArrayList<>();
        List<Insight.ComplaintsMonth> complaintsAnswered = new ArrayList<>();
        List<Insight.BuyersMonth> returningBuyers = new ArrayList<>();
        List<Insight.RevenueMonth> revenueByMonth = new ArrayList<>();
        List<Insight.FollowUpsMonth> followUpsDone = new ArrayList<>();
        for (int m = 0; m < months.size(); m++) {
            YearMonth month = months.get(m);
            healthByMonth.add(new Insight.HealthMonth(month, counts(health[m])));
            Map<InteractionKind, Integer> kinds = new EnumMap<>(InteractionKind.class);
            for (InteractionKind kind : InteractionKind.values()) {
                kinds.put(kind, contacts[m][kind.ordinal()]);
            }
            contactsByMonth.add(new Insight.ContactsMonth(month, kinds));
            purchasesThanked.add(new Insight.ThankedMonth(month, purchases[m], thanked[m]));
            complaintsAnswered.add(new Insight.ComplaintsMonth(month, complaints[m], nextWorkDay[m], withinWeek[m]));
            returningBuyers.add(new Insight.BuyersMonth(month, buyers[m], returning[m]));
            Map<String, BigDecimal> byTier = new LinkedHashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int t = 0; t < tiers.size(); t++) {
                byTier.put(tiers.get(t), revenue[m][t]);
                total = total.add(revenue[m][t]);
            }
            revenueByMonth.add(new Insight.RevenueMonth(month, total, byTier));
            followUpsDone.add(new Insight.FollowUpsMonth(month, decisions[m][DecisionKind.DONE.ordinal()],
                    decisions[m][DecisionKind.SNOOZE.ordinal()], decisions[m][DecisionKind.SKIP.ordinal()]));
        }
        Insight.ThankYouPaysOff paysOff = new Insight.ThankYouPaysOff(new Insight.Repeat(repeat[0], repeat[1]),
                new Insight.Repeat(repeat[2], repeat[3]));
        return new Insight(asOf, months, counts(healthNow), healthByMonth, contactsByMonth, purchasesThanked,
                complaintsAnswered, paysOff, returningBuyers, revenueByMonth, top, followUpsDone);
    }
}
