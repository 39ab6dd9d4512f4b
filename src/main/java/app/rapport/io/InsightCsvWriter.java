package app.rapport.io;

import app.rapport.io.contacts.ClientCsvWriter;
import app.rapport.model.Insight;
import app.rapport.model.InteractionKind;
import app.rapport.model.Tier;
import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Insight's figures as one CSV file that a spreadsheet opens as it is: a section a figure, each a
 * title row, a header row and its rows, with a blank row between sections (RFC 4180, UTF-8 with a
 * byte-order mark, CRLF). Months are written {@code YYYY-MM}, sums with two decimals, shares as
 * the two counts (as INSIGHT.md). Every text cell is made formula-safe as the client export's
 * ({@link ClientCsvWriter#neutralise}): a referrer called "=cmd" stays a name.
 */
public final class InsightCsvWriter {
    /** The title of each section, in the file's order. */
    public static final List<String> SECTIONS = List.of("Book health now", "Health at each month's end",
            "Contacts by month and kind", "Purchases thanked within a week", "Complaints answered",
            "Thank-yous pay off (purchases at least " + Insight.BOUGHT_AGAIN_DAYS + " days old)", "Returning buyers",
            "Purchases by month and tier", "Top referrers", "Follow-ups done, snoozed and skipped");

    private InsightCsvWriter() {
    }

    public static void write(Writer out, Insight insight) throws IOException {
        out.write(ClientCsvWriter.BOM);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            row(csv, "Insight as of", insight.asOf().toString(), "Months",
                    insight.months().get(0) + " to " + insight.months().get(insight.months().size() - 1));
            Insight.HealthCounts h = insight.health();
            section(csv, 0, List.of("Good", "Tested", "At risk"));
            row(csv, h.good(), h.tested(), h.atRisk());

            section(csv, 1, List.of("Month", "Good", "Tested", "At risk"));
            for (Insight.HealthMonth m : insight.healthByMonth()) {
                row(csv, m.month(), m.health().good(), m.health().tested(), m.health().atRisk());
            }

            contactsByMonth(csv, insight.contactsByMonth());

            section(csv, 3, List.of("Month", "Purchases", "Thanked within a week"));
            for (Insight.ThankedMonth m : insight.purchasesThanked()) {
                row(csv, m.month(), m.purchases(), m.thanked());
            }

            section(csv, 4, List.of("Month", "Complaints", "Answered by the next work day", "Answered within a week"));
            for (Insight.ComplaintsMonth m : insight.complaintsAnswered()) {
                row(csv, m.month(), m.complaints(), m.answeredNextWorkDay(), m.answeredWithinWeek());
            }

            section(csv, 5, List.of("Purchases", "Counted", "Bought again within " + Insight.BOUGHT_AGAIN_DAYS
                    + " days"));
            Insight.ThankYouPaysOff p = insight.thankYouPaysOff();
            row(csv, "Thanked within a week", p.thanked().purchases(), p.thanked().boughtAgain());
            row(csv, "Not thanked within a week", p.notThanked().purchases(), p.notThanked().boughtAgain());

            section(csv, 6, List.of("Month", "Buyers", "Had bought before"));
            for (Insight.BuyersMonth m : insight.returningBuyers()) {
                row(csv, m.month(), m.buyers(), m.returning());
            }

            revenueByMonth(csv, insight.revenueByMonth());

            section(csv, 8, List.of("Client id", "Name", "Clients referred", "What they spent"));
            for (Insight.Referrer r : insight.topReferrers()) {
                row(csv, r.clientId(), r.name(), r.referred(), Insight.twoDecimals(r.referredRevenue()));
            }

            section(csv, 9, List.of("Month", "Done", "Snoozed", "Skipped"));
            for (Insight.FollowUpsMonth m : insight.followUpsDone()) {
                row(csv, m.month(), m.done(), m.snoozed(), m.skipped());
            }
        }
    }

    /** Section 2: a column a kind of contact, and all of them. */
    private static void contactsByMonth(CSVPrinter csv, List<Insight.ContactsMonth> months) throws IOException {
        List<String> kinds = new ArrayList<>(List.of("Month"));
        for (InteractionKind k : InteractionKind.values()) {
            kinds.add(k.label());
        }
        kinds.add("All");
        section(csv, 2, kinds);
        for (Insight.ContactsMonth m : months) {
            List<Object> cells = new ArrayList<>(List.of(m.month()));
            for (InteractionKind k : InteractionKind.values()) {
                cells.add(m.counts().get(k));
            }
            cells.add(m.total());
            row(csv, cells.toArray());
        }
    }

    /** Section 7: all purchases, then a column a tier. */
    private static void revenueByMonth(CSVPrinter csv, List<Insight.RevenueMonth> months) throws IOException {
        List<String> tiers = months.isEmpty() ? List.of() : List.copyOf(months.get(0).byTier().keySet());
        List<String> header = new ArrayList<>(List.of("Month", "All"));
        tiers.forEach(t -> header.add(Tier.displayName(t)));
        section(csv, 7, header);
        for (Insight.RevenueMonth m : months) {
            List<Object> cells = new ArrayList<>(List.of(m.month(), Insight.twoDecimals(m.total())));
            tiers.forEach(t -> cells.add(Insight.twoDecimals(m.byTier().get(t))));
            row(csv, cells.toArray());
        }
    }

    private static void section(CSVPrinter csv, int index, List<String> header) throws IOException {
        csv.println();
        row(csv, SECTIONS.get(index));
        row(csv, header.toArray());
    }

    private static void row(CSVPrinter csv, Object... cells) throws IOException {
        List<String> texts = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            texts.add(cell instanceof YearMonth || cell instanceof Number ? cell.toString()
                    : ClientCsvWriter.neutralise(String.valueOf(cell)));
        }
        csv.printRecord(texts);
    }
}
