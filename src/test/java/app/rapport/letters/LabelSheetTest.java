package app.rapport.letters;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Business;
import app.rapport.model.PageSize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LabelSheetTest {
    /** Every glyph drawn, with its page and its box in mm from the page's top-left corner. */
    record Glyph(int page, String text, double left, double top, double right, double bottom) {
    }

    static List<Glyph> glyphs(byte[] pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        double mm = 25.4 / 72;
                        double top = (p.getYDirAdj() - p.getHeightDir()) * mm;
                        glyphs.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj() * mm, top,
                                (p.getXDirAdj() + p.getWidthDirAdj()) * mm, p.getYDirAdj() * mm));
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(doc);
        }
        return glyphs;
    }

    static List<List<String>> addresses(int n) {
        List<List<String>> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i % 5 == 0
                    ? List.of("Agnieszka Łukasiewicz-Wiśniewska " + i, "Müller & Söhne Weinhandel und Feinkost GmbH",
                            "Hauptstraße 123, Hinterhaus, 3. Stock links", "Apartment 17", "80331 München", "Germany")
                    : List.of("Zoë O'Brien " + i, "12 Main St", "Springfield, IL 62701"));
        }
        return all;
    }

    @ParameterizedTest
    @EnumSource(LabelLayout.class)
    void everyGlyph_landsInsideItsLabelCell(LabelLayout layout) throws IOException {
        int n = layout.perSheet() + 4;
        byte[] pdf;
        try (PrintDocument doc = new PrintDocument("labels")) {
            doc.addLabels(layout, addresses(n));
            assertThat(doc.pageCount()).isEqualTo(2);
            pdf = doc.toPdf();
        }
        List<Glyph> glyphs = glyphs(pdf);
        assertThat(glyphs).isNotEmpty();
        for (Glyph g : glyphs) {
            boolean inside = false;
            for (int i = 0; i < layout.perSheet(); i++) {
                LabelLayout.Cell c = layout.cell(i);
                if (g.left() >= c.leftMm() && g.right() <= c.leftMm() + c.widthMm() + 0.01
                        && g.top() >= c.topMm() - 0.5 && g.bottom() <= c.topMm() + c.heightMm()) {
                    inside = true;
                    break;
                }
            }
            assertThat(inside).as("%s on page %d at (%.1f, %.1f)-(%.1f, %.1f) mm", g.text(), g.page(), g.left(),
                    g.top(), g.right(), g.bottom()).isTrue();
        }
    }

    @Test
    void labelsAreFilledRowByRow_fromTheTopLeft() throws IOException {
        byte[] pdf;
        try (PrintDocument doc = new PrintDocument("labels")) {
            doc.addLabels(LabelLayout.AVERY_5160, List.of(List.of("First"), List.of("Second"), List.of("Third"),
                    List.of("Fourth")));
            pdf = doc.toPdf();
        }
        List<Glyph> glyphs = glyphs(pdf);
        Glyph first = glyphs.stream().filter(g -> g.text().equals("F")).findFirst().orElseThrow();
        Glyph fourth = glyphs.stream().filter(g -> g.text().equals("F") && g != first).findFirst().orElseThrow();
        LabelLayout.Cell c0 = LabelLayout.AVERY_5160.cell(0);
        LabelLayout.Cell c3 = LabelLayout.AVERY_5160.cell(3);
        assertThat(first.left()).isBetween(c0.leftMm(), c0.leftMm() + c0.widthMm());
        assertThat(first.top()).isBetween(c0.topMm(), c0.topMm() + c0.heightMm());
        assertThat(fourth.top()).isBetween(c3.topMm(), c3.topMm() + c3.heightMm());
        assertThat(c3.leftMm()).isEqualTo(c0.leftMm());
    }

    @Test
    void avery5160_andL7160_matchTheMakersSheets() {
        assertThat(LabelLayout.AVERY_5160.perSheet()).isEqualTo(30);
        assertThat(LabelLayout.AVERY_L7160.perSheet()).isEqualTo(21);
        LabelLayout.Cell last5160 = LabelLayout.AVERY_5160.cell(29);
        assertThat(last5160.leftMm() + last5160.widthMm()).isLessThanOrEqualTo(215.9);
        assertThat(last5160.topMm() + last5160.heightMm()).isCloseTo(279.4 - 12.7, Offset.offset(0.01));
        LabelLayout.Cell lastL7160 = LabelLayout.AVERY_L7160.cell(20);
        assertThat(lastL7160.topMm() + lastL7160.heightMm()).isLessThanOrEqualTo(297);
    }

    @ParameterizedTest
    @EnumSource(Envelope.class)
    void envelope_hasItsSize_andBothAddresses(Envelope size) throws IOException {
        byte[] pdf;
        try (PrintDocument doc = new PrintDocument("envelope")) {
            doc.addEnvelope(size, new Business("Marta's Flowers", "", "4 Harbour Lane\nSpringfield", "", ""),
                    List.of("Nguyễn Văn An", "12 Main St", "Springfield, IL 62701"));
            pdf = doc.toPdf();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth() * 25.4 / 72).isCloseTo(size.widthMm(),
                    Offset.offset(0.01));
            assertThat(new PDFTextStripper().getText(doc)).contains("Marta's Flowers", "Nguyễn Văn An", "12 Main St");
        }
    }

    @Test
    void callSheet_listsEachCallWithNumberAndReason() throws IOException {
        byte[] pdf;
        try (PrintDocument doc = new PrintDocument("calls")) {
            List<CallSheet.Row> rows = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                rows.add(new CallSheet.Row("José Núñez " + i, "+1 555 01" + i, "Bought a cake: a thank-you call",
                        "due today"));
            }
            doc.addCallSheet(new CallSheet("Calls for November 23, 2026", PageSize.A4, rows));
            assertThat(doc.pageCount()).isGreaterThan(1);
            pdf = doc.toPdf();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Calls for November 23, 2026", "José Núñez 0", "José Núñez 19", "+1 555 0119",
                    "Bought a cake: a thank-you call");
        }
    }
}
