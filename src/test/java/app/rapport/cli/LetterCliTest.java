package app.rapport.cli;

import static app.rapport.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code letter} and {@code labels}, and templates carried by the book JSON. */
class LetterCliTest {
    @TempDir
    Path dir;
    Path book;

    @BeforeEach
    void importBook() throws Exception {
        book = dir.resolve("book");
        Files.writeString(dir.resolve("in.json"), """
                {"format": "rapport-book", "version": 1,
                 "settings": {"business": {"name": "Ruiz & Daughters Bakery", "ownerName": "Marta Ruiz",
                              "address": "4 Harbour Lane\\nSpringfield, IL 62701", "phone": "+1 555 0199",
                              "signature": "Warm regards,\\nMarta"}, "paper": "A4"},
                 "templates": [{"name": "spring", "title": "Spring hello", "body": "Hi {{client.firstName}}! {{today}}",
                                "paper": "NOTE_CARD"}],
                 "clients": [{"id": "c-0001", "firstName": "Zoë", "lastName": "Łukasiewicz",
                              "address": {"street": "12 Main St", "city": "Springfield", "region": "IL",
                                          "postalCode": "62701", "country": "US"}},
                             {"id": "c-0002", "company": "Nguyễn O'Brien Café"}],
                 "interactions": [{"id": "i-0001", "clientId": "c-0001", "at": "2026-11-20T14:30",
                                   "kind": "PURCHASE", "amount": "620.00", "summary": "a wedding cake"}]}
                """);
        assertThat(run("import", dir.resolve("in.json").toString(), "--data", book.toString()).exit()).isZero();
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void letter_withoutTemplate_usesTheOneThatFitsTheNoteDue() throws Exception {
        Path out = dir.resolve("letter.pdf");
        CliTest.Run r = run("letter", "--client", "c-0001", "--out", out.toString(), "--data", book.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Thank you for a purchase", "Zoë Łukasiewicz", "1 page");
        assertThat(text(out)).contains("Dear Zoë,", "a wedding cake", "20 November 2026", "Ruiz & Daughters Bakery",
                "Warm regards,", "12 Main St");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth() * 25.4 / 72).isCloseTo(210, Offset.offset(0.01));
        }
    }

    @Test
    void letter_withTemplate_andMissingFields_warnsOnStderr() throws Exception {
        Path out = dir.resolve("c2.pdf");
        CliTest.Run r = run("letter", "--client", "c-0002", "--template", "thank-you-purchase", "--out", out.toString(),
                "--data", book.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("warning", "last purchase", "no postal address");
        assertThat(text(out)).contains("Dear Nguyễn O'Brien Café,");
    }

    @Test
    void letter_ownTemplateFromTheJson_printsOnItsCard() throws Exception {
        Path out = dir.resolve("card.pdf");
        assertThat(run("letter", "--client", "c-0001", "--template", "spring", "--out", out.toString(),
                "--data", book.toString()).exit()).isZero();
        assertThat(text(out)).contains("Hi Zoë! 22 November 2026");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(4.25f * 72, Offset.offset(0.01f));
        }
    }

    @Test
    void letter_unknownTemplateOrClient_exitsOneAndWritesNothing() {
        Path out = dir.resolve("none.pdf");
        CliTest.Run r = run("letter", "--client", "c-0001", "--template", "nope", "--out", out.toString(),
                "--data", book.toString());
        assertThat(r.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("no template called \"nope\"", "plain-note", "spring");
        assertThat(run("letter", "--client", "c-9", "--out", out.toString(), "--data", book.toString()).exit())
                .isEqualTo(Cli.BAD_INPUT);
        assertThat(out).doesNotExist();
    }

    @Test
    void labels_skipClientsWithoutAddress_andNameThem() throws Exception {
        Path out = dir.resolve("labels.pdf");
        CliTest.Run r = run("labels", "--layout", "avery-l7160", "--out", out.toString(), "--data", book.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 label on 1 sheet", "L7160");
        assertThat(r.err()).contains("skipped: Nguyễn O'Brien Café");
        assertThat(text(out)).contains("Zoë Łukasiewicz", "Springfield, IL 62701");
        assertThat(run("labels", "--layout", "avery-9999", "--out", out.toString(), "--data", book.toString()).err())
                .contains("avery-5160 or avery-l7160");
        assertThat(run("labels", "--client", "c-0002", "--out", dir.resolve("x.pdf").toString(), "--data",
                book.toString()).exit()).isEqualTo(Cli.BAD_INPUT);
    }

    @Test
    void export_carriesOnlyTheOwnersTemplates_andRoundTrips() throws Exception {
        Path a = dir.resolve("a.json");
        assertThat(run("export", a.toString(), "--data", book.toString()).exit()).isZero();
        String json = Files.readString(a);
        assertThat(json).contains("\"templates\"", "\"name\" : \"spring\"", "\"paper\" : \"NOTE_CARD\"")
                .doesNotContain("thank-you-purchase");
        Path other = dir.resolve("other");
        assertThat(run("import", a.toString(), "--data", other.toString()).exit()).isZero();
        Path b = dir.resolve("b.json");
        assertThat(run("export", b.toString(), "--data", other.toString()).exit()).isZero();
        assertThat(Files.readString(b).replaceAll("\"exportedAt\" : \"[^\"]+\"", ""))
                .isEqualTo(json.replaceAll("\"exportedAt\" : \"[^\"]+\"", ""));
    }

    /** FORMATS.md: an output path that is the book (or in its folder) is refused, and the book is left alone. */
    @Test
    void letterAndLabels_ontoTheBookOrIntoItsFolder_exitOneWithOneLine_andTheBookStays() throws Exception {
        Path bookFile = book.resolve("rapport.db");
        byte[] before = Files.readAllBytes(bookFile);
        Path link = Files.createSymbolicLink(dir.resolve("letter.pdf"), bookFile);
        for (String[] args : new String[][] {
            {"letter", "--client", "c-0001", "--out", bookFile.toString()},
            {"letter", "--client", "c-0001", "--out", link.toString()},
            {"letter", "--client", "c-0001", "--out", book.resolve("rapport.lock").toString()},
            {"labels", "--out", book.resolve("../book/rapport.db").toString()},
            {"labels", "--out", book.resolve("labels.pdf").toString()}}) {
            String[] withData = Stream.concat(Arrays.stream(args),
                    Stream.of("--data", book.toString())).toArray(String[]::new);
            CliTest.Run r = run(withData);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("rapport: Cannot write ").containsAnyOf("the book itself", "lock file",
                    "inside the data folder");
            assertThat(r.err().strip().lines()).hasSize(1);
        }
        assertThat(Files.readAllBytes(bookFile)).isEqualTo(before);
        assertThat(book.resolve("labels.pdf")).doesNotExist();
        assertThat(run("check", "--data", book.toString()).exit()).isZero();
        assertThat(run("stats", "--data", book.toString()).out()).contains("\"clients\": 2");
    }
}
