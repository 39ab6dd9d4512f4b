package app.rapport.service;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.io.contacts.ContactRecord;
import app.rapport.model.Client;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spreadsheets as Excel saves them in UTF-16, ids with spaces, and a report that names every row it skipped. */
class ContactImportReportTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC);
    static final Function<DuplicateContact, DuplicatePolicy> SKIP =
            d -> DuplicatePolicy.SKIP;
    /** What Excel on Windows saves as "Unicode text": tab-separated. */
    static final String UNICODE_TEXT = "Name\tEmail\tCity\r\nZoë Müller\tzoe@example.com\tKöln\r\nŁukasz "
            + "Nowak\t\tKraków\r\n";

    @TempDir
    Path dir;

    OpenBook open() {
        return OpenBook.open(dir.resolve("book"), false, CLOCK, "test");
    }

    Path write(String name, String text, Charset charset, boolean bom) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, ((bom ? "\uFEFF" : "") + text).getBytes(charset));
        return file;
    }

    @Test
    void utf16_withOrWithoutAByteOrderMark_littleOrBigEndian_isRead() throws Exception {
        try (OpenBook book = open()) {
            for (Path file : new Path[] {write("le-bom.csv", UNICODE_TEXT, StandardCharsets.UTF_16LE, true),
                write("le.csv", UNICODE_TEXT, StandardCharsets.UTF_16LE, false),
                write("be-bom.csv", UNICODE_TEXT, StandardCharsets.UTF_16BE, true),
                write("be.csv", UNICODE_TEXT, StandardCharsets.UTF_16BE, false)}) {
                var read = book.contactImport().read(file, null, (String) null);
                assertThat(read.table().delimiter()).as(file.toString()).isEqualTo('\t');
                assertThat(read.table().headers()).as(file.toString()).containsExactly("Name", "Email", "City");
                assertThat(read.contacts()).as(file.toString()).extracting(ContactRecord::lastName)
                        .containsExactly("Müller", "Nowak");
                assertThat(read.contacts().get(1).address().city()).isEqualTo("Kraków");
                assertThat(read.contacts().get(0).emails()).containsExactly("zoe@example.com");
            }
        }
    }

    @Test
    void utf16File_namedAsAnotherEncoding_isRefusedClearly_andAnUnknownEncodingListsTheKnownOnes() throws Exception {
        Path file = write("le.csv", UNICODE_TEXT, StandardCharsets.UTF_16LE, true);
        try (OpenBook book = open()) {
            assertThatThrownBy(() -> book.contactImport().read(file, "windows-1252", (String) null))
                    .hasMessageContaining("UTF-16").hasMessageContaining("without naming an encoding");
            assertThatThrownBy(() -> book.contactImport().read(file, "klingon", (String) null))
                    .hasMessageContaining("Unknown encoding \"klingon\"")
                    .hasMessageContaining("UTF-8, UTF-16, UTF-16LE, UTF-16BE, windows-1252");
            assertThat(book.contactImport().read(file, "UTF-16", (String) null).contacts()).hasSize(2);
        }
    }

    @Test
    void report_namesEachSkippedRow_withWhatItMatched() throws Exception {
        Path csv = write("people.csv", "Name,Email,Phone\n"
                + "Ana Ruiz,ana@example.com,\n"            // line 2: in the book, as c-0042
                + "Bo Lind,bo@example.com,+1 555 0100\n"    // line 3
                + "Cy Ng,cy@example.com,\n"                 // line 4
                + "Bo Lind,,+1 555 0100\n"                  // line 5: twice in the file (line 3)
                + "Ana R.,ANA@example.com,\n",              // line 6: in the book again
                StandardCharsets.UTF_8, false);
        try (OpenBook book = open()) {
            book.clients().add(client("c-0042").name("Ana", "Ruiz").email("ana@example.com").build());
            var report = book.contactImport().importContacts(book.contactImport().read(csv, null, (String) null),
                    SKIP, false);
            assertThat(report.added()).isEqualTo(2);
            assertThat(report.skipped()).isEqualTo(3);
            assertThat(report.skippedRows()).hasSize(3);
            assertThat(report.lines()).containsExactly(
                    "Line 2: Ana Ruiz — already in the book (same email ana@example.com as Ana Ruiz, c-0042); skipped.",
                    "Line 5: Bo Lind — twice in the file (same name and phone +1 555 0100 as line 3); skipped.",
                    "Line 6: Ana R. — already in the book (same email ANA@example.com as Ana Ruiz, c-0042); skipped.");
            assertThat(report.text()).startsWith("Added 2, merged 0, skipped 3.\nLine 2: Ana Ruiz");
        }
    }

    @Test
    void report_mixesProblemsAndSkippedRows_inTheOrderOfTheFile() throws Exception {
        Path csv = write("people.csv", "Name,Email\nAna Ruiz,ana@example.com\n,nobody@example.com\n"
                + "Ana Ruiz,ana@example.com\n", StandardCharsets.UTF_8, false);
        try (OpenBook book = open()) {
            var report = book.contactImport().importContacts(book.contactImport().read(csv, null, (String) null),
                    SKIP, true);
            assertThat(report.lines()).containsExactly("Line 3: no name and no company; skipped.",
                    "Line 4: Ana Ruiz — twice in the file (same email ana@example.com as line 2); would be skipped.");
        }
    }

    @Test
    void aStrayQuote_isSaidInPlainWords_notInTheCsvLibrarysOwn() throws Exception {
        Path csv = write("quote.csv", "Name,Email\nBo Lind,bo@example.com\n\"Ana\" Ruiz,ana@example.com\n",
                StandardCharsets.UTF_8, false);
        try (OpenBook book = open()) {
            assertThat(book.contactImport().read(csv, null, (String) null).problems()).singleElement().asString()
                    .startsWith("Line 3: a quoted value has more text after its closing quote")
                    .doesNotContain("Exception", "java.", "encapsulated");
        }
    }

    @Test
    void idsWithSpacesInRapportsCsv_keepTheirReferrals() throws Exception {
        Path csv = write("own.csv", "id,firstName,lastName,tier,referredBy,doNotContact,archived\n"
                + "\" c-1\",Ana,Ruiz,,,false,false\n\"c-2 \",Bo,Lind,,\"c-1 \",false,false\n",
                StandardCharsets.UTF_8, false);
        try (OpenBook book = open()) {
            var report = book.contactImport().importContacts(book.contactImport().read(csv, null, (String) null),
                    SKIP, false);
            assertThat(report.problems()).isEmpty();
            Client bo = book.clients().find("c-2").orElseThrow();
            assertThat(bo.referredBy()).isEqualTo("c-1");
            assertThat(book.clients().find("c-1")).isPresent();
        }
    }
}
