package app.rapport.letters;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Business;
import app.rapport.model.PageSize;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LetterPdfTest {
    static final Business MARTA = new Business("Marta's Flowers", "Marta Kovač",
            "4 Harbour Lane\nSpringfield, IL 62701",
            "+1 555 0199", "Warm regards,\nMarta");
    static final List<String> NAMES = List.of("Zoë", "Müller", "Łukasiewicz", "O'Brien", "José", "Nguyễn");

    static Letter letter(String body, PageSize page, String personal) {
        MergedText merged = TemplateText.parse(body).merge(Map.of(MergeField.CLIENT_GREETING_NAME, "Zoë"));
        return new Letter(MARTA, null,
                List.of("Zoë Müller", "Łukasiewicz & O'Brien", "12 Main St", "Springfield, IL 62701"),
                "November 23, 2026", merged, personal, page);
    }

    static byte[] pdf(Letter letter, boolean preview) {
        try (PrintDocument doc = new PrintDocument("test")) {
            doc.addLetter(letter, preview);
            return doc.toPdf();
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @ParameterizedTest
    @EnumSource(PageSize.class)
    void letter_onEachPaper_hasTheExactPageSize(PageSize size) throws IOException {
        byte[] pdf = pdf(letter("Dear {{client.greetingName}},\n\nThank you.", size, ""), false);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth())
                    .isCloseTo((float) (size.widthMm() * 72 / 25.4), Offset.offset(0.01f));
            assertThat(page.getMediaBox().getHeight())
                    .isCloseTo((float) (size.heightMm() * 72 / 25.4), Offset.offset(0.01f));
        }
        assertThat(text(pdf)).contains("Dear Zoë,").contains("Thank you.");
    }

    @Test
    void letter_readBack_containsTheMergedTextRecipientAndPersonalLine() throws IOException {
        String text = text(pdf(letter("Dear {{client.greetingName}},\n\nThank you for the tulips.", PageSize.A4,
                "See you at the market on Saturday!"), false));
        assertThat(text).contains("Marta's Flowers", "4 Harbour Lane", "Zoë Müller", "Łukasiewicz & O'Brien",
                "November 23, 2026", "Dear Zoë,", "Thank you for the tulips.", "See you at the market on Saturday!");
    }

    @Test
    void everyNameOfTheIssue_printsWithNoMissingGlyph() throws IOException {
        String names = String.join(" ", NAMES);
        try (PrintDocument doc = new PrintDocument("names")) {
            doc.addLetter(letter(names, PageSize.LETTER, names), false);
            assertThat(doc.unprintable()).isEmpty();
            assertThat(text(doc.toPdf())).contains(NAMES);
        }
    }

    @Test
    void decomposedAccents_areComposedSoTheyPrint() throws IOException {
        String decomposed = "Nguye\u0302\u0303n Zoe\u0308";
        try (PrintDocument doc = new PrintDocument("nfc")) {
            doc.addLetter(letter(decomposed, PageSize.LETTER, ""), false);
            assertThat(doc.unprintable()).isEmpty();
            assertThat(text(doc.toPdf())).contains("Nguyễn Zoë");
        }
    }

    @Test
    void greekAndCyrillic_fallBackToTheSansFont() throws IOException {
        try (PrintDocument doc = new PrintDocument("fallback")) {
            doc.addLetter(letter("Ελένη Παπαδοπούλου, Ольга Иванова, ☎", PageSize.LETTER, ""), false);
            assertThat(doc.unprintable()).isEmpty();
            assertThat(text(doc.toPdf())).contains("Ελένη Παπαδοπούλου", "Ольга Иванова");
        }
    }

    @Test
    void charactersNoFontHas_printAsQuestionMarksAndAreReported() throws IOException {
        try (PrintDocument doc = new PrintDocument("cjk")) {
            doc.addLetter(letter("Dear 王小明,", PageSize.LETTER, ""), false);
            assertThat(doc.unprintable()).containsExactlyInAnyOrder("王", "小", "明");
            assertThat(text(doc.toPdf())).contains("Dear ???,");
        }
    }

    @Test
    void missingField_isBlankInPrintAndHighlightedByNameInPreview() throws IOException {
        String body = "Thank you for {{lastPurchase.summary}}.";
        assertThat(text(pdf(letter(body, PageSize.LETTER, ""), false))).contains("Thank you for .")
                .doesNotContain("[last purchase]");
        assertThat(text(pdf(letter(body, PageSize.LETTER, ""), true))).contains("Thank you for [last purchase].");
    }

    @Test
    void longBody_flowsOntoMorePages_andLongWordsBreak() throws IOException {
        String para = "Thank you for every visit, every order and every kind word over the years. ".repeat(12);
        String body = (para + "\n\n").repeat(8) + "x".repeat(400);
        byte[] pdf = pdf(letter(body, PageSize.LETTER, ""), false);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(pdf).replaceAll("\\s", "")).contains("x".repeat(400));
    }

    @Test
    void fontsAreEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(letter("Zoë", PageSize.A4, ""), false))) {
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                var font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = PageSize.class, names = {"LETTER", "A4"})
    void recipientBlock_sitsInTheWindowOfA10AndADlEnvelope(PageSize size) throws IOException {
        byte[] pdf = pdf(letter("Dear {{client.greetingName}},", size, ""), false);
        // #10 window: 7/8 in (22.2 mm) from the left, 4.5 in wide; DL window (DIN 5008): 20 mm from the left,
        // 45-90 mm from the top of a letter folded in three, 90 mm wide. The block must sit inside both.
        List<LabelSheetTest.Glyph> glyphs = LabelSheetTest.glyphs(pdf);
        String recipient = String.join("", List.of("Zoë Müller", "Łukasiewicz & O'Brien", "12 Main St",
                "Springfield, IL 62701")).replace(" ", "");
        StringBuilder inWindow = new StringBuilder();
        for (LabelSheetTest.Glyph g : glyphs) {
            if (g.left() >= 22.0 && g.right() <= 22.0 + 85 && g.top() >= 45 && g.bottom() <= 90) {
                inWindow.append(g.text());
            }
        }
        assertThat(inWindow.toString().replace(" ", "")).contains(recipient);
        assertThat(inWindow.toString()).doesNotContain("Dear");
    }
}
