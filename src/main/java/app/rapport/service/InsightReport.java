package app.rapport.service;

import app.rapport.io.InsightCsvWriter;
import app.rapport.letters.InsightPage;
import app.rapport.letters.PrintDocument;
import app.rapport.model.Insight;
import app.rapport.model.Settings;
import app.rapport.store.BookStore;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Insight's figures on paper and in a spreadsheet: the one-page report (on the owner's letter
 * paper, through the renderer of letters, to save as PDF or print through {@link PrintingService})
 * and the CSV export. Files go through {@link OutputTarget}: whole or not at all, never over the
 * book.
 */
public final class InsightReport {
    private static final DateTimeFormatter MONTH_IN_FULL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final BookStore store;
    private final Path dataFolder;
    private final Clock clock;

    public InsightReport(BookStore store, Path dataFolder, Clock clock) {
        this.store = store;
        this.dataFolder = dataFolder;
        this.clock = clock;
    }

    /** The report of these figures: one page, the tiles and every chart, on the paper of Settings. */
    public PrintablePdf report(Insight insight) {
        Settings settings = store.read(tx -> tx.settings().load());
        String business = settings.business().name().strip();
        String title = (business.isEmpty() ? "" : business + ": ") + "Insight for "
                + MONTH_IN_FULL.format(insight.asOf());
        InsightPage page = new InsightPage(title, subtitle(insight), "Made with Rapport on "
                + InsightSentences.date(LocalDate.now(clock)) + ". Health counts the active clients; the other"
                + " figures count every client, archived ones too.", settings.paper(),
                InsightCharts.tiles(insight), InsightCharts.charts(insight));
        try (PrintDocument doc = new PrintDocument(title)) {
            doc.addInsightPage(page);
            return PrintablePdf.of(doc);
        }
    }

    /** "The 12 months from Dec 2025 to Nov 2026, counted to 23 Nov 2026." */
    static String subtitle(Insight insight) {
        List<YearMonth> months = insight.months();
        String span = months.size() == 1 ? InsightSentences.month(months.get(0))
                : "The " + months.size() + " months from " + InsightSentences.month(months.get(0)) + " to "
                        + InsightSentences.month(months.get(months.size() - 1));
        return span + ", counted to " + InsightSentences.date(insight.asOf()) + ".";
    }

    /** Writes every figure as a table in one CSV file (see {@link InsightCsvWriter}). */
    public void exportCsv(Insight insight, Path file) {
        OutputTarget.write(dataFolder, file, out -> {
            InsightCsvWriter.write(new OutputStreamWriter(out, StandardCharsets.UTF_8), insight);
            return null;
        });
    }
}
