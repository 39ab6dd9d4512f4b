package app.rapport.service;

import app.rapport.model.DecisionKind;
import app.rapport.model.HealthBand;
import app.rapport.model.Insight;
import app.rapport.model.InsightChart;
import app.rapport.model.InsightChart.Category;
import app.rapport.model.InsightChart.Point;
import app.rapport.model.InsightChart.Series;
import app.rapport.model.InsightChart.Tone;
import app.rapport.model.InsightFilter;
import app.rapport.model.InsightTile;
import app.rapport.model.InsightTile.Figure;
import app.rapport.model.InteractionKind;
import app.rapport.model.Tier;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Insight's tiles and charts, made from the figures once for the screen and the report alike:
 * which series each chart stacks, in which tones, with which words, and the clients behind each
 * number. The sentences are {@link InsightSentences}'.
 */
public final class InsightCharts {
    /** More months than this and the month axis names every other month (every third beyond twice this). */
    static final int LABELLED_MONTHS = 12;
    static final String NONE = "—";

    /** The kinds of contact in the few groups the contacts chart stacks. */
    enum ContactGroup {
        THANK_YOUS("Thank-yous", InteractionKind.THANK_YOU_CALL, InteractionKind.HANDWRITTEN_NOTE,
                InteractionKind.GIFT),
        CALLS("Calls, visits, meetings", InteractionKind.CALL, InteractionKind.VISIT, InteractionKind.MEETING),
        PURCHASES("Purchases", InteractionKind.PURCHASE),
        COMPLAINTS("Complaints", InteractionKind.COMPLAINT),
        OTHER("Emails, referrals, other", InteractionKind.EMAIL, InteractionKind.REFERRAL, InteractionKind.OTHER);

        final String label;
        final List<InteractionKind> kinds;

        ContactGroup(String label, InteractionKind... kinds) {
            this.label = label;
            this.kinds = List.of(kinds);
        }
    }

    private InsightCharts() {
    }

    /** The four headline tiles: health now, purchases thanked this month, complaints answered, thank-yous' pay-off. */
    public static List<InsightTile> tiles(Insight insight) {
        return List.of(healthTile(insight), thankedTile(insight), complaintsTile(insight), payOffTile(insight));
    }

    /** The charts, in the order the screen shows them. */
    public static List<InsightChart> charts(Insight insight) {
        return List.of(health(insight), contacts(insight), purchasesThanked(insight), complaints(insight),
                returningBuyers(insight), revenue(insight), topReferrers(insight), followUps(insight));
    }

    // ---- tiles --------------------------------------------------------------------------------

    private static InsightTile healthTile(Insight insight) {
        Insight.HealthCounts h = insight.health();
        List<Figure> figures = new ArrayList<>();
        for (HealthBand band : HealthBand.values()) {
            int n = h.of(band);
            figures.add(new Figure(String.valueOf(n), band.label().toLowerCase(Locale.ROOT), tone(band),
                    n == 0 ? null : InsightFilter.Health.now(band)));
        }
        return new InsightTile("health", "Book health now", figures, InsightSentences.health(insight));
    }

    private static InsightTile thankedTile(Insight insight) {
        Insight.ThankedMonth last = last(insight.purchasesThanked());
        String title = "Purchases thanked within a week, " + InsightSentences.month(last.month());
        List<Figure> figures = last.purchases() == 0
                ? List.of(new Figure("0", "purchases yet", Tone.REST, null))
                : List.of(new Figure(String.valueOf(last.thanked()), "thanked of " + last.purchases() + " ("
                                + InsightSentences.percent(last.thanked(), last.purchases()) + ")", Tone.GOOD,
                                new InsightFilter.Purchases(last.month(), InsightFilter.Thanks.THANKED, null)),
                        new Figure(String.valueOf(last.purchases() - last.thanked()), "not thanked", Tone.REST,
                                new InsightFilter.Purchases(last.month(), InsightFilter.Thanks.NOT_THANKED, null)));
        return new InsightTile("thanked", title, figures, InsightSentences.purchasesThanked(insight));
    }

    private static InsightTile complaintsTile(Insight insight) {
        int complaints = sum(insight.complaintsAnswered(), Insight.ComplaintsMonth::complaints);
        int nextDay = sum(insight.complaintsAnswered(), Insight.ComplaintsMonth::answeredNextWorkDay);
        List<Figure> figures = complaints == 0 ? List.of(new Figure(NONE, "no complaints", Tone.REST, null))
                : List.of(new Figure(InsightSentences.percent(nextDay, complaints), nextDay + " of " + complaints
                        + " by the next work day", Tone.GOOD, null));
        return new InsightTile("complaints", "Complaints answered the next work day", figures,
                InsightSentences.complaintsAnswered(insight));
    }

    private static InsightTile payOffTile(Insight insight) {
        Insight.Repeat thanked = insight.thankYouPaysOff().thanked();
        Insight.Repeat not = insight.thankYouPaysOff().notThanked();
        return new InsightTile("payoff", "Do thank-yous pay off?", List.of(
                new Figure(rate(thanked), "bought again when thanked", Tone.GOOD,
                        thanked.purchases() == 0 ? null : new InsightFilter.RepeatPurchases(true, null)),
                new Figure(rate(not), "when not thanked", Tone.REST,
                        not.purchases() == 0 ? null : new InsightFilter.RepeatPurchases(false, null))),
                InsightSentences.thankYouPaysOff(insight));
    }

    private static String rate(Insight.Repeat r) {
        return r.purchases() == 0 ? NONE : InsightSentences.percent(r.boughtAgain(), r.purchases());
    }

    // ---- charts -------------------------------------------------------------------------------

    private static InsightChart health(Insight insight) {
        List<Series> series = new ArrayList<>();
        for (HealthBand band : HealthBand.values()) {
            series.add(monthly(insight, insight.healthByMonth(), band.label(), tone(band),
                    m -> count(m.health().of(band), new InsightFilter.Health(m.month(), band))));
        }
        return new InsightChart("health", "Book health at each month's end", "Clients", InsightChart.Shape.MONTHS,
                months(insight, insight.healthByMonth(), m -> m.health().total() + " active clients"), series,
                "No active clients in these months");
    }

    private static InsightChart contacts(Insight insight) {
        List<Series> series = new ArrayList<>();
        for (ContactGroup group : ContactGroup.values()) {
            series.add(monthly(insight, insight.contactsByMonth(), group.label, Tone.step(group.ordinal()),
                    m -> contactsPoint(m, group)));
        }
        return new InsightChart("contacts", "Contacts logged each month, by kind", "Contacts",
                InsightChart.Shape.MONTHS,
                        months(insight, insight.contactsByMonth(), m -> m.total() + " contacts in all"),
                series, "No contacts logged in these months");
    }

    private static Point contactsPoint(Insight.ContactsMonth m, ContactGroup group) {
        int total = group.kinds.stream().mapToInt(k -> m.counts().get(k)).sum();
        if (group.kinds.size() == 1) {
            return count(total, new InsightFilter.Contacts(m.month(), group.kinds.get(0)));
        }
        List<String> parts = new ArrayList<>();
        for (InteractionKind k : group.kinds) {
            parts.add(k.label().toLowerCase(Locale.ROOT) + " " + m.counts().get(k));
        }
        return new Point(total, total + " (" + String.join(", ", parts) + ")", null);
    }

    private static InsightChart purchasesThanked(Insight insight) {
        List<Insight.ThankedMonth> months = insight.purchasesThanked();
        return new InsightChart("thanked", "Purchases, and those thanked within a week", "Purchases",
                InsightChart.Shape.MONTHS, months(insight, months,
                        m -> share(m.thanked(), m.purchases(), " thanked", "No purchases")),
                List.of(monthly(insight, months, "Thanked within a week", Tone.GOOD, m -> count(m.thanked(),
                                new InsightFilter.Purchases(m.month(), InsightFilter.Thanks.THANKED, null))),
                        monthly(insight, months, "Not thanked", Tone.REST, m -> count(m.purchases() - m.thanked(),
                                new InsightFilter.Purchases(m.month(), InsightFilter.Thanks.NOT_THANKED, null)))),
                "No purchases in these months");
    }

    private static InsightChart complaints(Insight insight) {
        List<Insight.ComplaintsMonth> months = insight.complaintsAnswered();
        return new InsightChart("complaints", "Complaints and bad experiences: how soon answered", "Complaints",
                InsightChart.Shape.MONTHS, months(insight, months,
                        m -> share(m.answeredNextWorkDay(), m.complaints(), " by the next work day", "No complaints")),
                List.of(monthly(insight, months, "By the next work day", Tone.GOOD, m -> count(m.answeredNextWorkDay(),
                                new InsightFilter.Complaints(m.month(), InsightFilter.Answer.NEXT_WORK_DAY))),
                        monthly(insight, months, "Later within the week", Tone.FAIR,
                                m -> count(m.answeredWithinWeek() - m.answeredNextWorkDay(), null)),
                        monthly(insight, months, "Not within a week", Tone.BAD,
                                m -> count(m.complaints() - m.answeredWithinWeek(),
                                        new InsightFilter.Complaints(m.month(),
                                                InsightFilter.Answer.NOT_WITHIN_WEEK)))),
                "No complaints or bad experiences in these months");
    }

    private static InsightChart returningBuyers(Insight insight) {
        List<Insight.BuyersMonth> months = insight.returningBuyers();
        return new InsightChart("buyers", "Buyers each month: returning and first-time", "Buyers",
                InsightChart.Shape.MONTHS, months(insight, months,
                        m -> share(m.returning(), m.buyers(), " had bought before", "No buyers")),
                List.of(monthly(insight, months, "Returning", Tone.STEP_1, m -> count(m.returning(),
                                new InsightFilter.Buyers(m.month(), InsightFilter.Returning.RETURNING))),
                        monthly(insight, months, "First-time", Tone.STEP_4, m -> count(m.buyers() - m.returning(),
                                new InsightFilter.Buyers(m.month(), InsightFilter.Returning.NEW)))),
                "No purchases in these months");
    }

    private static InsightChart revenue(Insight insight) {
        List<Insight.RevenueMonth> months = insight.revenueByMonth();
        List<Series> series = new ArrayList<>();
        List<String> tiers = months.isEmpty() ? List.of() : List.copyOf(months.get(0).byTier().keySet());
        for (int t = 0; t < tiers.size(); t++) {
            String tier = tiers.get(t);
            series.add(monthly(insight, months, Tier.displayName(tier), Tone.step(t), m -> amount(m.byTier().get(tier),
                    new InsightFilter.Purchases(m.month(), InsightFilter.Thanks.ANY, tier))));
        }
        boolean anyPurchase = insight.purchasesThanked().stream().anyMatch(m -> m.purchases() > 0);
        return new InsightChart("revenue", "Purchases each month, by the clients' tier", "Amount",
                InsightChart.Shape.MONTHS, months(insight, months, m -> "In all " + Insight.twoDecimals(m.total())),
                series, anyPurchase ? "No purchase amounts in these months" : "No purchases in these months");
    }

    private static InsightChart topReferrers(Insight insight) {
        List<Category> categories = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        for (Insight.Referrer r : insight.topReferrers()) {
            categories.add(new Category(r.clientId(), r.name(), "", r.name(),
                    "They spent " + Insight.twoDecimals(r.referredRevenue())));
            points.add(count(r.referred(), new InsightFilter.ReferredBy(r.clientId())));
        }
        return new InsightChart("referrers", "Top referrers: the clients they sent you", "Clients referred",
                InsightChart.Shape.BARS_ACROSS, categories,
                        List.of(new Series("Clients referred", Tone.STEP_2, points)),
                "No client names who referred them yet");
    }

    private static InsightChart followUps(Insight insight) {
        List<Insight.FollowUpsMonth> months = insight.followUpsDone();
        List<Series> series = new ArrayList<>();
        Tone[] tones = {Tone.GOOD, Tone.FAIR, Tone.REST};
        for (DecisionKind kind : DecisionKind.values()) {
            series.add(monthly(insight, months, kind.label(), tones[kind.ordinal()],
                    m -> count(m.of(kind), new InsightFilter.Decisions(m.month(), kind))));
        }
        return new InsightChart("followups", "Follow-ups done, snoozed and skipped", "Follow-ups",
                InsightChart.Shape.MONTHS, months(insight, months, m -> m.done() + m.snoozed() + m.skipped()
                        + " decisions"), series, "No follow-ups done, snoozed or skipped in these months");
    }

    // ---- parts --------------------------------------------------------------------------------

    /**
     * The months of the window as the axis writes them: "Nov", with the year where it changes; in a
     * window of more than {@link #LABELLED_MONTHS} months, every other month (every third...) ending
     * with the last.
     */
    private static <M> List<Category> months(Insight insight, List<M> monthly, Function<M, String> note) {
        List<YearMonth> months = insight.months();
        int every = (months.size() + LABELLED_MONTHS - 1) / LABELLED_MONTHS;
        List<Category> categories = new ArrayList<>();
        int lastYear = -1;
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            boolean labelled = (months.size() - 1 - i) % every == 0;
            String year = "";
            if (labelled && month.getYear() != lastYear) {
                year = String.valueOf(month.getYear());
                lastYear = month.getYear();
            }
            String label = labelled ? InsightSentences.month(month).substring(0, 3) : "";
            categories.add(new Category(month.toString(), label, year, InsightSentences.month(month),
                    note.apply(monthly.get(i))));
        }
        return categories;
    }

    private static <M> Series monthly(Insight insight, List<M> monthly, String name, Tone tone,
            Function<M, Point> point) {
        List<Point> points = new ArrayList<>(insight.months().size());
        for (M m : monthly) {
            points.add(point.apply(m));
        }
        return new Series(name, tone, points);
    }

    /** "31 of 40 thanked (78%)", or {@code none} when the whole is 0. */
    private static String share(int part, int whole, String what, String none) {
        return whole == 0 ? none : part + " of " + whole + what + " (" + InsightSentences.percent(part, whole) + ")";
    }

    private static Point count(int n, InsightFilter filter) {
        return new Point(n, String.valueOf(n), n == 0 ? null : filter);
    }

    private static Point amount(BigDecimal sum, InsightFilter filter) {
        return new Point(sum.doubleValue(), Insight.twoDecimals(sum), sum.signum() == 0 ? null : filter);
    }

    private static Tone tone(HealthBand band) {
        return switch (band) {
            case GOOD -> Tone.GOOD;
            case TESTED -> Tone.FAIR;
            case AT_RISK -> Tone.BAD;
        };
    }

    private static <T> int sum(List<T> list, ToIntFunction<T> value) {
        return list.stream().mapToInt(value).sum();
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
