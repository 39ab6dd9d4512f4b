package app.rapport.service;

import app.rapport.model.HealthBand;
import app.rapport.model.Insight;
import app.rapport.model.InsightFilter;
import app.rapport.model.InteractionKind;
import app.rapport.model.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sentences an owner reads beside Insight's numbers, the same on the screen, in the report and
 * on the command line: one per figure, and the banner of the clients behind a number. Dates read
 * "23 Nov 2026" and months "Nov 2026", as elsewhere in Rapport.
 */
public final class InsightSentences {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private InsightSentences() {
    }

    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "in these 12 months", or "in Nov 2026" for a window of one month. */
    public static String window(Insight insight) {
        List<YearMonth> months = insight.months();
        return months.size() == 1 ? "in " + month(months.get(0)) : "in these " + months.size() + " months";
    }

    /** Figure 1: "310 of 400 active clients are in good health; 52 are tested and 38 at risk." */
    public static String health(Insight insight) {
        Insight.HealthCounts h = insight.health();
        if (h.total() == 0) {
            return "No active clients yet.";
        }
        return h.good() + " of " + h.total() + " active clients " + (h.good() == 1 ? "is" : "are") + " in good health; "
                + h.tested() + " " + (h.tested() == 1 ? "is" : "are") + " tested and " + h.atRisk() + " at risk.";
    }

    /** Figure 2: how the number at risk moved over the window. */
    public static String healthTrend(Insight insight) {
        Insight.HealthMonth first = insight.healthByMonth().get(0);
        Insight.HealthMonth last = insight.healthByMonth().get(insight.healthByMonth().size() - 1);
        if (first.health().total() == 0 && last.health().total() == 0) {
            return "No active clients to follow " + window(insight) + ".";
        }
        String end = "on " + date(insight.asOf());
        if (first == last) {
            return "At risk " + end + ": " + last.health().atRisk() + " of " + last.health().total() + ".";
        }
        return "At risk at the end of " + month(first.month()) + ": " + first.health().atRisk() + " of "
                + first.health().total() + "; " + end + ": " + last.health().atRisk() + " of " + last.health().total()
                + ".";
    }

    /** Figure 3: "1204 contacts logged in these 12 months, 98 of them in Nov 2026." */
    public static String contacts(Insight insight) {
        int total = insight.contactsByMonth().stream().mapToInt(Insight.ContactsMonth::total).sum();
        if (total == 0) {
            return "No contacts logged " + window(insight) + ".";
        }
        Insight.ContactsMonth last = last(insight.contactsByMonth());
        String sentence = total + " contact" + (total == 1 ? "" : "s") + " logged " + window(insight);
        return insight.months().size() == 1 ? sentence + "."
                : sentence + ", " + last.total() + " of them in " + month(last.month()) + ".";
    }

    /** Figure 4, for the last month: "31 of 40 purchases in Nov 2026 were thanked within a week (78%)." */
    public static String purchasesThanked(Insight insight) {
        Insight.ThankedMonth last = last(insight.purchasesThanked());
        if (last.purchases() == 0) {
            return "No purchases yet in " + month(last.month()) + ".";
        }
        return last.thanked() + " of " + last.purchases() + " purchase" + (last.purchases() == 1 ? "" : "s") + " in "
                + month(last.month()) + (last.purchases() == 1 ? " was" : " were") + " thanked within a week ("
                + percent(last.thanked(), last.purchases()) + ").";
    }

    /**
     * Figure 5, over the window: "45 of 50 complaints in these 12 months were answered by the next work day (90%); 48
     * within a week."
     */
    public static String complaintsAnswered(Insight insight) {
        int complaints = 0;
        int nextDay = 0;
        int week = 0;
        for (Insight.ComplaintsMonth m : insight.complaintsAnswered()) {
            complaints += m.complaints();
            nextDay += m.answeredNextWorkDay();
            week += m.answeredWithinWeek();
        }
        if (complaints == 0) {
            return "No complaints or bad experiences " + window(insight) + ".";
        }
        return nextDay + " of " + complaints + " complaint" + (complaints == 1 ? "" : "s") + " " + window(insight)
                + (complaints == 1 ? " was" : " were") + " answered by the next work day ("
                        + percent(nextDay, complaints)
                + "); " + week + " within a week.";
    }

    /**
     * Figure 6, the headline: "Thank-yous pay off: clients you thanked within a week bought again
     * 41% of the time; those you didn't, 22%."
     */
    public static String thankYouPaysOff(Insight insight) {
        Insight.Repeat thanked = insight.thankYouPaysOff().thanked();
        Insight.Repeat not = insight.thankYouPaysOff().notThanked();
        if (thanked.purchases() == 0 && not.purchases() == 0) {
            return "Too early to tell whether thank-yous pay off: no purchases " + window(insight)
                    + " are " + Insight.BOUGHT_AGAIN_DAYS + " days old yet.";
        }
        if (thanked.purchases() == 0) {
            return "No purchase " + window(insight) + " old enough to tell was thanked within a week; clients you"
                    + " didn't thank bought again " + percent(not.boughtAgain(), not.purchases()) + " of the time.";
        }
        if (not.purchases() == 0) {
            return "Clients you thanked within a week bought again "
                    + percent(thanked.boughtAgain(), thanked.purchases())
                    + " of the time; every purchase old enough to tell was thanked.";
        }
        long withThanks = Math.round(100.0 * thanked.boughtAgain() / thanked.purchases());
        long without = Math.round(100.0 * not.boughtAgain() / not.purchases());
        String rates = "clients you thanked within a week bought again " + withThanks
                + "% of the time; those you didn't, "
                + without + "%.";
        if (withThanks > without) {
            return "Thank-yous pay off: " + rates;
        }
        return "Thank-yous do not show a pay-off yet: " + rates;
    }

    /** Figure 7, for the last month: "22 of 35 buyers in Nov 2026 had bought before (63%)." */
    public static String returningBuyers(Insight insight) {
        Insight.BuyersMonth last = last(insight.returningBuyers());
        if (last.buyers() == 0) {
            return "No purchases yet in " + month(last.month()) + ".";
        }
        return last.returning() + " of " + last.buyers() + " buyer" + (last.buyers() == 1 ? "" : "s") + " in "
                + month(last.month()) + " had bought before (" + percent(last.returning(), last.buyers()) + ").";
    }

    /** Figure 8: "Purchases came to 52310.00 in these 12 months, 4210.00 of it in Nov 2026." */
    public static String revenue(Insight insight) {
        BigDecimal total = insight.revenueByMonth().stream().map(Insight.RevenueMonth::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Insight.RevenueMonth last = last(insight.revenueByMonth());
        String sentence = "Purchases came to " + Insight.twoDecimals(total) + " " + window(insight);
        return insight.months().size() == 1 ? sentence + "."
                : sentence + ", " + Insight.twoDecimals(last.total()) + " of it in " + month(last.month()) + ".";
    }

    /** Figure 9: "Ana Ruiz sent you the most clients: 4, who spent 980.00." */
    public static String topReferrers(Insight insight) {
        if (insight.topReferrers().isEmpty()) {
            return "No client names who referred them yet.";
        }
        Insight.Referrer top = insight.topReferrers().get(0);
        return top.name() + " sent you the most clients: " + top.referred() + ", who spent "
                + Insight.twoDecimals(top.referredRevenue()) + ".";
    }

    /** Figure 10: "In these 12 months you did 520 follow-ups, snoozed 40 and skipped 12." */
    public static String followUpsDone(Insight insight) {
        int done = 0;
        int snoozed = 0;
        int skipped = 0;
        for (Insight.FollowUpsMonth m : insight.followUpsDone()) {
            done += m.done();
            snoozed += m.snoozed();
            skipped += m.skipped();
        }
        if (done + snoozed + skipped == 0) {
            return "No follow-ups done, snoozed or skipped " + window(insight) + ".";
        }
        String window = window(insight);
        return Character.toUpperCase(window.charAt(0)) + window.substring(1) + " you did " + done + " follow-up"
                + (done == 1 ? "" : "s") + ", snoozed " + snoozed + " and skipped " + skipped + ".";
    }

    /** "41%": a share rounded to a whole percent. */
    static String percent(int part, int whole) {
        return Math.round(100.0 * part / whole) + "%";
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    /**
     * The banner above the clients behind a number: what they are and how many, "Clients at risk
     * now (38)". {@code referrer}: the name of the referrer of a {@link InsightFilter.ReferredBy}.
     */
    static String banner(InsightFilter filter, LocalDate asOf, LocalDate today, Optional<String> referrer, int count) {
        return what(filter, asOf, today, referrer) + " (" + count + ")";
    }

    private static String what(InsightFilter filter, LocalDate asOf, LocalDate today, Optional<String> referrer) {
        if (filter instanceof InsightFilter.Health h) {
            String when;
            if (h.month() == null || !h.month().atEndOfMonth().isBefore(asOf)) {
                when = asOf.equals(today) ? "now" : "on " + date(asOf);
            } else {
                when = "at the end of " + month(h.month());
            }
            return "Clients " + band(h.band()) + " " + when;
        } else if (filter instanceof InsightFilter.Contacts c) {
            return c.kind() == null ? "Clients contacted in " + month(c.month())
                    : "Clients with " + kind(c.kind()) + " in " + month(c.month());
        } else if (filter instanceof InsightFilter.Purchases p) {
            String who = p.tier() == null ? "Clients" : Tier.displayName(p.tier()) + " clients";
            return who + switch (p.thanks()) {
                case ANY -> " who bought in ";
                case THANKED -> " thanked within a week for a purchase in ";
                case NOT_THANKED -> " not thanked within a week for a purchase in ";
            } + month(p.month());
        } else if (filter instanceof InsightFilter.Complaints c) {
            return "Clients with a complaint or bad experience in " + month(c.month()) + switch (c.answer()) {
                case ANY -> "";
                case NEXT_WORK_DAY -> " answered by the next work day";
                case NOT_NEXT_WORK_DAY -> " not answered by the next work day";
                case WITHIN_WEEK -> " answered within a week";
                case NOT_WITHIN_WEEK -> " not answered within a week";
            };
        } else if (filter instanceof InsightFilter.RepeatPurchases r) {
            String who = "Clients " + (r.thanked() ? "" : "not ") + "thanked within a week for a purchase";
            return r.boughtAgain() == null ? who
                    : who + " who " + (r.boughtAgain() ? "bought" : "did not buy") + " again within "
                            + Insight.BOUGHT_AGAIN_DAYS + " days";
        } else if (filter instanceof InsightFilter.Buyers b) {
            return switch (b.which()) {
                case ALL -> "Clients who bought in ";
                case RETURNING -> "Returning buyers in ";
                case NEW -> "First-time buyers in ";
            } + month(b.month());
        } else if (filter instanceof InsightFilter.ReferredBy r) {
            return "Clients referred by " + referrer.orElse(r.referrerId());
        } else if (filter instanceof InsightFilter.Decisions d) {
            String what = d.kind() == null ? "done, snoozed or skipped" : d.kind().label().toLowerCase(Locale.ROOT);
            return "Clients with a follow-up " + what + " in " + month(d.month());
        }
        throw new IllegalArgumentException("No banner for " + filter);
    }

    private static String band(HealthBand band) {
        return switch (band) {
            case GOOD -> "in good health";
            case TESTED -> "whose health is tested";
            case AT_RISK -> "at risk";
        };
    }

    /** "a call", "an email", "another kind of contact". */
    private static String kind(InteractionKind kind) {
        if (kind == InteractionKind.OTHER) {
            return "another kind of contact";
        }
        String label = kind.label().toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }
}
