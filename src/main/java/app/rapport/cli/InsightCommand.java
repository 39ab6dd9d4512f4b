package app.rapport.cli;

import app.rapport.model.Insight;
import app.rapport.model.InteractionKind;
import app.rapport.model.Tier;
import app.rapport.service.InsightSentences;
import app.rapport.service.OpenBook;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rapport insight [--as-of DATE] [--months N] [--json]}: INSIGHT.md's figures, as text for
 * people or JSON for programs. A date that is not one is bad input (exit 1, one line); a window
 * that is not 1 to 60 months is a usage error (exit 2), as FORMATS.md says.
 */
@Command(name = "insight", mixinStandardHelpOptions = true,
        description = "Print whether the loyalty work pays off: health, thank-yous, complaints answered,"
                + " returning buyers, revenue, referrers, follow-ups, month by month.")
final class InsightCommand implements Callable<Integer> {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    @ParentCommand
    RapportCommand root;
    @Mixin
    DataOption data;
    @Spec
    CommandSpec spec;

    @Mixin
    AsOfOption asOf;

    private int months = Insight.DEFAULT_MONTHS;

    @Option(names = "--json", description = "Print the JSON of INSIGHT.md.")
    boolean json;

    @Option(names = "--months", paramLabel = "N",
            description = "How many calendar months, ending with the as-of date's, 1 to 60 (default 12).")
    void months(int value) {
        if (value < 1 || value > Insight.MAX_MONTHS) {
            throw new ParameterException(spec.commandLine(),
                    "--months must be 1 to " + Insight.MAX_MONTHS + ", not " + value);
        }
        this.months = value;
    }

    @Override
    public Integer call() {
        LocalDate day = asOf.day(root.clock);
        try (OpenBook book = root.openForReading(data, "rapport insight")) {
            Insight insight = book.insight().figures(day, months);
            if (json) {
                book.insight().writeJson(insight, root.out);
            } else {
                new Text(root.out).print(insight);
            }
            root.out.flush();
        }
        return Cli.OK;
    }

    /** The figures for people: each figure's sentence, then the months in one table. */
    private record Text(PrintStream out) {
        void print(Insight insight) {
            List<YearMonth> months = insight.months();
            out.printf("Insight for %s: %s%n", DAY.format(insight.asOf()), months.size() == 1
                    ? InsightSentences.month(months.get(0)) + " to date."
                    : "the " + months.size() + " months from " + InsightSentences.month(months.get(0)) + " to "
                            + InsightSentences.month(months.get(months.size() - 1)) + " (to date).");
            figure("Book health now", InsightSentences.health(insight));
            figure("Health month by month", InsightSentences.healthTrend(insight));
            figure("Contacts", InsightSentences.contacts(insight), byKind(insight));
            figure("Purchases thanked within a week", InsightSentences.purchasesThanked(insight));
            figure("Complaints answered", InsightSentences.complaintsAnswered(insight));
            Insight.ThankYouPaysOff p = insight.thankYouPaysOff();
            figure("Thank-yous", InsightSentences.thankYouPaysOff(insight), String.format(Locale.ROOT,
                    "Purchases %d or more days old: thanked %d, of which %d bought again; not thanked %d, of which %d.",
                    Insight.BOUGHT_AGAIN_DAYS, p.thanked().purchases(), p.thanked().boughtAgain(),
                    p.notThanked().purchases(), p.notThanked().boughtAgain()));
            figure("Returning buyers", InsightSentences.returningBuyers(insight));
            figure("Revenue", InsightSentences.revenue(insight), byTier(insight));
            List<String> referrers = new ArrayList<>();
            referrers.add(InsightSentences.topReferrers(insight));
            for (int i = 0; i < insight.topReferrers().size(); i++) {
                Insight.Referrer r = insight.topReferrers().get(i);
                referrers.add(String.format(Locale.ROOT, "%2d. %s (%s): %d referred, who spent %s", i + 1, r.name(),
                        r.clientId(), r.referred(), Insight.twoDecimals(r.referredRevenue())));
            }
            figure("Referrers", referrers.toArray(String[]::new));
            figure("Follow-ups", InsightSentences.followUpsDone(insight));
            table(insight);
        }

        private void figure(String title, String... lines) {
            out.printf("%n%s%n", title);
            for (String line : lines) {
                out.printf("  %s%n", line);
            }
        }

        private static String byKind(Insight insight) {
            StringBuilder line = new StringBuilder("By kind:");
            for (InteractionKind kind : InteractionKind.values()) {
                int n = insight.contactsByMonth().stream().mapToInt(m -> m.counts().get(kind)).sum();
                line.append(kind.ordinal() == 0 ? " " : ", ").append(kind.label().toLowerCase(Locale.ROOT)).append(' ')
                        .append(n);
            }
            return line.append('.').toString();
        }

        private static String byTier(Insight insight) {
            StringBuilder line = new StringBuilder("By the clients' tiers now:");
            String separator = " ";
            for (String tier : insight.revenueByMonth().get(0).byTier().keySet()) {
                BigDecimal sum = insight.revenueByMonth().stream().map(m -> m.byTier().get(tier))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                line.append(separator).append(Tier.displayName(tier)).append(' ').append(Insight.twoDecimals(sum));
                separator = ", ";
            }
            return line.append('.').toString();
        }

        private void table(Insight insight) {
            String format = "%-9s %5s %6s %7s  %8s  %9s %7s  %10s %8s %6s  %6s %9s  %12s  %5s %7s %7s%n";
            out.printf("%n" + format, "Month", "Good", "Tested", "At risk", "Contacts", "Purchases", "Thanked",
                    "Complaints", "Next day", "Week", "Buyers", "Returning", "Revenue", "Done", "Snoozed", "Skipped");
            for (int m = 0; m < insight.months().size(); m++) {
                Insight.HealthCounts h = insight.healthByMonth().get(m).health();
                Insight.ThankedMonth t = insight.purchasesThanked().get(m);
                Insight.ComplaintsMonth c = insight.complaintsAnswered().get(m);
                Insight.BuyersMonth b = insight.returningBuyers().get(m);
                Insight.FollowUpsMonth f = insight.followUpsDone().get(m);
                out.printf(format, InsightSentences.month(insight.months().get(m)), h.good(), h.tested(), h.atRisk(),
                        insight.contactsByMonth().get(m).total(), t.purchases(), t.thanked(), c.complaints(),
                        c.answeredNextWorkDay(), c.answeredWithinWeek(), b.buyers(), b.returning(),
                        Insight.twoDecimals(insight.revenueByMonth().get(m).total()), f.done(), f.snoozed(),
                                f.skipped());
            }
        }
    }
}
