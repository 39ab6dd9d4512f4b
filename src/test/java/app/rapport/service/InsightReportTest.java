package app.rapport.service;

import static app.rapport.model.InteractionKind.CALL;
import static app.rapport.model.InteractionKind.COMPLAINT;
import static app.rapport.model.InteractionKind.THANK_YOU_CALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.io.InsightCsvWriter;
import app.rapport.model.Business;
import app.rapport.model.Insight;
import app.rapport.model.InsightTile;
import app.rapport.model.PageSize;
import app.rapport.model.Settings;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Insight's report read back with PDFBox, and its CSV read back as a spreadsheet would. */
class InsightReportTest {
    @TempDir
    Path dir;
    InsightFixture book;
    InsightReport report;

    @BeforeEach
    void open() {
        book = new InsightFixture(dir.resolve("book"));
        report = new InsightReport(book.store, dir.resolve("book"), InsightFixture.CLOCK);
    }

    @AfterEach
    void close() {
        book.close();
    }

    private void smallBook() {
        book.client("ana", "2020-01-01", b -> b.name("Ana", "Ruiz").tier("VIP"))
                .purchase("ana", "2026-11-02T10:00", "120").outbound("ana", "2026-11-03T12:00", THANK_YOU_CALL)
                .log("ana", "2026-10-20T10:00", CALL);
        book.client("bo", "2020-01-01", b -> b.name("=cmd", "Bo").referredBy("ana"))
                .log("bo", "2025-01-01T10:00", CALL).purchase("bo", "2026-11-05T10:00", "35.5")
                .log("bo", "2026-10-06T10:00", COMPLAINT);
        book.client("cy", "2020-01-01", b -> b.referredBy("bo")).log("cy", "2026-11-20T10:00", CALL);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static PDRectangle pageSize(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            return doc.getPage(0).getMediaBox();
        }
    }

    @Test
    void report_onePageWithTheTilesTextAndEveryChartsTitle() throws Exception {
        smallBook();
        book.settings(s -> s.withBusiness(new Business("Ruiz Bakery", "", "", "", "")));
        Insight insight = book.figures();

        PrintablePdf document = report.report(insight);

        assertThat(document.pages()).isEqualTo(1);
        String text = text(document.pdf()).replaceAll("\\s+", " ");
        assertThat(text).contains("Ruiz Bakery: Insight for November 2026")
                .contains("The 12 months from Dec 2025 to Nov 2026, counted to 23 Nov 2026.");
        for (InsightTile tile : InsightCharts.tiles(insight)) {
            assertThat(text).contains(tile.title());
            for (InsightTile.Figure f : tile.figures()) {
                assertThat(text).contains(f.value());
            }
        }
        assertThat(text).contains(InsightSentences.health(insight)).contains(InsightSentences.purchasesThanked(insight))
                .contains(InsightSentences.complaintsAnswered(insight))
                        .contains(InsightSentences.thankYouPaysOff(insight))
                .contains("1 thanked of 2 (50%)");
        InsightCharts.charts(insight).forEach(c -> assertThat(text).contains(c.title()));
        assertThat(text).contains("Ana Ruiz").contains("Nov").contains("2026");
    }

    @Test
    void report_drawsTheChartsAsVectors_noPictures() throws Exception {
        smallBook();
        try (PDDocument doc = Loader.loadPDF(report.report(book.figures()).pdf())) {
            assertThat(doc.getPage(0).getResources().getXObjectNames()).isEmpty();
        }
    }

    @Test
    void report_isOnThePaperOfSettings() throws Exception {
        smallBook();
        PDRectangle letter = pageSize(report.report(book.figures()).pdf());
        assertThat(letter.getWidth()).isCloseTo(612f, Offset.offset(0.5f));
        assertThat(letter.getHeight()).isCloseTo(792f, Offset.offset(0.5f));

        book.settings(s -> new Settings(s.tiers(), s.workDays(), s.noteAmountThreshold(), s.business(), PageSize.A4,
                s.reminderTime(), s.rules()));
        PDRectangle a4 = pageSize(report.report(book.figures()).pdf());
        assertThat(a4.getWidth()).isCloseTo((float) (PageSize.A4.widthMm() * 72 / 25.4),
                Offset.offset(0.5f));
        assertThat(a4.getHeight()).isCloseTo((float) (PageSize.A4.heightMm() * 72 / 25.4),
                Offset.offset(0.5f));
    }

    @Test
    void report_ofAnEmptyBook_saysSoInWords() throws Exception {
        String text = text(report.report(book.figures()).pdf()).replaceAll("\\s+", " ");
        assertThat(text).contains("No active clients yet.").contains("No purchases in these months")
                .contains("No client names who referred them yet");
    }

    @Test
    void savePdf_writesTheReport_andNeverIntoTheDataFolder() throws Exception {
        smallBook();
        PrintablePdf document = report.report(book.figures());
        Path file = dir.resolve("insight.pdf");
        PrintingService printing = new PrintingService(dir.resolve("book"));
        printing.save(document, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(document.pdf());
        assertThatThrownBy(() -> printing.save(document, dir.resolve("book").resolve("insight.pdf")))
                .isInstanceOf(ServiceException.class).hasMessageContaining("inside the data folder");
    }

    @Test
    void exportCsv_aTableAFigure_formulaSafe() throws Exception {
        smallBook();
        Insight insight = book.figures(3);
        Path file = dir.resolve("insight.csv");
        report.exportCsv(insight, file);

        String content = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFF").contains("\r\n");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(content.substring(1))).getRecords();
        List<String> titles = rows.stream().filter(r -> r.size() == 1 && InsightCsvWriter.SECTIONS.contains(r.get(0)))
                .map(r -> r.get(0)).toList();
        assertThat(titles).containsExactlyElementsOf(InsightCsvWriter.SECTIONS);
        assertThat(section(rows, "Health at each month's end")).extracting(r -> r.get(0))
                .containsExactly("Month", "2026-09", "2026-10", "2026-11");
        assertThat(section(rows, "Purchases thanked within a week").get(3).values())
                .containsExactly("2026-11", "2", "1");
        assertThat(section(rows, "Purchases by month and tier").get(0).values())
                .containsExactly("Month", "All", "VIP", "Regular", "Occasional");
        assertThat(section(rows, "Purchases by month and tier").get(3).values())
                .containsExactly("2026-11", "155.50", "120.00", "35.50", "0.00");
        List<CSVRecord> referrers = section(rows, "Top referrers");
        assertThat(referrers).extracting(r -> r.get(1)).containsExactly("Name", "Ana Ruiz", "'=cmd Bo");
        assertThat(referrers.get(2).values()).containsExactly("bo", "'=cmd Bo", "1", "0.00");
    }

    /** A section's rows: its header row and the rows under it, up to the blank row. */
    private static List<CSVRecord> section(List<CSVRecord> rows, String title) {
        int start = 0;
        while (!(rows.get(start).size() == 1 && rows.get(start).get(0).equals(title))) {
            start++;
        }
        int end = start + 1;
        while (end < rows.size() && !(rows.get(end).size() == 1 && rows.get(end).get(0).isEmpty())) {
            end++;
        }
        return rows.subList(start + 1, end);
    }
}
