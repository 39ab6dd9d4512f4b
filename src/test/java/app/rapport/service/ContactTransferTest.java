package app.rapport.service;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.io.contacts.ContactRecord;
import app.rapport.model.Address;
import app.rapport.model.Birthday;
import app.rapport.model.Client;
import app.rapport.model.InteractionKind;
import app.rapport.testutil.InteractionBuilder;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden imports from Google, Outlook, a European spreadsheet and four vCard writers; duplicates; exports read back.
 */
class ContactTransferTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static Path golden(String name) {
        try {
            return Path.of(ContactTransferTest.class.getResource("/app/rapport/io/contacts/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    OpenBook open() {
        return OpenBook.open(dir.resolve("book"), false, CLOCK, "test");
    }

    static Map<String, Client> byName(OpenBook book) {
        List<Client> all = new ArrayList<>();
        book.clients().refs(true).forEach(r -> all.add(book.clients().find(r.id()).orElseThrow()));
        return all.stream().collect(Collectors.toMap(Client::displayName, c -> c));
    }

    static final Function<DuplicateContact, DuplicatePolicy> SKIP =
            d -> DuplicatePolicy.SKIP;

    @Test
    void googleCsv_presetRecognised_multiValuesLabelsAndBirthdays() {
        try (OpenBook book = open()) {
            var file = book.contactImport().read(golden("google-contacts.csv"), null, (String) null);
            assertThat(file.preset().name()).isEqualTo("GOOGLE");
            var report = book.contactImport().importContacts(file, SKIP, false);
            assertThat(report.added()).isEqualTo(4);
            assertThat(report.problems()).singleElement().asString().contains("Line 9", "no name");
            Map<String, Client> clients = byName(book);
            Client zoe = clients.get("Zoë Müller");
            assertThat(zoe.company()).isEqualTo("Müller & Söhne Weinhandel");
            assertThat(zoe.title()).isEqualTo("Inhaberin");
            assertThat(zoe.emails()).containsExactly("zoe@mueller-wein.example", "zoe.m@mail.example");
            assertThat(zoe.phones()).containsExactly("+49 30 1234567", "+49 30 7654321");
            assertThat(zoe.address()).isEqualTo(new Address("Hauptstraße 5", "Berlin", "", "10115", "Germany"));
            assertThat(zoe.birthday()).isEqualTo(Birthday.parse("1985-04-15"));
            assertThat(zoe.tags()).containsExactly("Wholesale");
            assertThat(zoe.notes()).isEqualTo("Prefers mornings.\nAllergic to lilies, ask before sending flowers.");
            assertThat(clients.get("José Núñez").emails()).containsExactly("jose@nunez.example", "jnunez@work.example");
            assertThat(clients.get("José Núñez").birthday()).isEqualTo(Birthday.parse("--11-02"));
            Client hotel = clients.get("Harbour View Hotel");
            assertThat(hotel.firstName()).isEmpty();
            assertThat(hotel.address().city()).isEqualTo("Austin");
            assertThat(hotel.notes()).isEqualTo("Front desk takes messages, \"ask for Priya\".");
            assertThat(clients).containsKey("Nguyễn Văn An");
        }
    }

    @Test
    void outlookCsv_businessAddressFirst_emptyBirthdays_badEmailReported_formulaKeptAsText() {
        try (OpenBook book = open()) {
            var file = book.contactImport().read(golden("outlook-contacts.csv"), null, (String) null);
            assertThat(file.preset().name()).isEqualTo("OUTLOOK");
            var report = book.contactImport().importContacts(file, SKIP, false);
            assertThat(report.added()).isEqualTo(3);
            assertThat(report.problems()).anyMatch(p -> p.contains("Line 4") && p.contains("not-an-email"));
            Map<String, Client> clients = byName(book);
            Client sean = clients.get("Seán O'Brien");
            assertThat(sean.title()).isEqualTo("Director");
            assertThat(sean.address().street()).isEqualTo("12 Quay Street");
            assertThat(sean.address().city()).isEqualTo("Galway");
            assertThat(sean.birthday()).isEqualTo(Birthday.parse("1979-04-15"));
            assertThat(sean.phones()).containsExactly("+353 1 555 0199", "+353 87 555 0101");
            Client agnieszka = clients.get("Agnieszka Łukasiewicz");
            assertThat(agnieszka.birthday()).isNull();
            assertThat(agnieszka.address().city()).isEqualTo("Kraków");
            assertThat(clients).containsKey("=HYPERLINK(\"http://evil.example\")");
        }
    }

    @Test
    void windows1252_isRefusedAsUtf8_andReadWhenChosen() {
        try (OpenBook book = open()) {
            assertThatThrownBy(() ->
                    book.contactImport().read(golden("outlook-contacts-1252.csv"), null, (String) null))
                    .hasMessageContaining("not valid UTF-8").hasMessageContaining("windows-1252");
            var file = book.contactImport().read(golden("outlook-contacts-1252.csv"), "windows-1252", (String) null);
            assertThat(file.contacts()).extracting(ContactRecord::lastName).contains("Müller");
            assertThat(file.contacts()).filteredOn(c -> c.lastName().equals("Müller")).singleElement()
                    .satisfies(c -> assertThat(c.address().city()).isEqualTo("München"));
        }
    }

    @Test
    void europeanSpreadsheet_semicolonsBomQuotedNewline_andDuplicateInTheFile() {
        try (OpenBook book = open()) {
            var file = book.contactImport().read(golden("generic-semicolon.csv"), null, (String) null);
            assertThat(file.table().delimiter()).isEqualTo(';');
            assertThat(file.table().headers().get(0)).isEqualTo("Nom");
            assertThat(file.contacts()).hasSize(3);
            var dryRun = book.contactImport().importContacts(file, SKIP, true);
            assertThat(dryRun.dryRun()).isTrue();
            assertThat(dryRun.added()).isEqualTo(2);
            assertThat(dryRun.skipped()).isEqualTo(1);
            assertThat(book.stats().clients()).as("a dry run changes nothing").isZero();
            var report = book.contactImport().importContacts(file, SKIP, false);
            assertThat(report.added()).isEqualTo(2);
            assertThat(report.problems()).anyMatch(p -> p.contains("Line 6") && p.contains("31.02.1990"));
            Client celine = byName(book).get("Céline Lefèvre");
            assertThat(celine.notes()).isEqualTo("Client fidèle;\r\naime les croissants");
            assertThat(celine.birthday()).isEqualTo(Birthday.parse("1980-04-15"));
            assertThat(celine.tags()).containsExactly("VIP", "Boulangerie");
            assertThat(celine.company()).isEqualTo("Boulangerie Lefèvre");
        }
    }

    @Test
    void duplicatesAgainstTheBook_skipMergeOrAdd() {
        try (OpenBook book = open()) {
            book.clients().add(client("c-0001").name("Zoë", "Müller").email("ZOE@mueller-wein.example").build());
            book.clients().add(client("c-0002").name("José", "Núñez").phone("+34 600 123 456").build());
            var file = book.contactImport().read(golden("google-contacts.csv"), null, (String) null);
            var duplicates = book.contactImport().duplicates(file);
            assertThat(duplicates).extracting(DuplicateContact::matchName)
                    .containsExactly("Zoë Müller", "José Núñez");
            assertThat(duplicates.get(0).why()).contains("same email");
            assertThat(duplicates.get(1).why()).contains("same name and phone");

            var report = book.contactImport().importContacts(file,
                    d -> d.matchName().startsWith("Zoë") ? DuplicatePolicy.MERGE
                            : DuplicatePolicy.SKIP, false);
            assertThat(report.added()).isEqualTo(2);
            assertThat(report.merged()).isEqualTo(1);
            assertThat(report.skipped()).isEqualTo(1);
            Client zoe = book.clients().find("c-0001").orElseThrow();
            assertThat(zoe.emails()).containsExactly("ZOE@mueller-wein.example", "zoe.m@mail.example");
            assertThat(zoe.company()).isEqualTo("Müller & Söhne Weinhandel");
            assertThat(zoe.birthday()).isEqualTo(Birthday.parse("1985-04-15"));
            assertThat(book.clients().find("c-0002").orElseThrow().emails()).isEmpty();

            var again = book.contactImport().importContacts(
                    book.contactImport().read(golden("google-contacts.csv"), null, (String) null),
                    d -> DuplicatePolicy.ADD, false);
            assertThat(again.added()).isEqualTo(4);
            assertThat(book.stats().clients()).isEqualTo(8);
        }
    }

    @Test
    void vcards_fromAppleGoogleAndroidOutlook() {
        try (OpenBook book = open()) {
            for (String name : List.of("apple.vcf", "google.vcf", "android.vcf", "outlook.vcf")) {
                var file = book.contactImport().read(golden(name), null, (String) null);
                assertThat(file.vcard()).isTrue();
                book.contactImport().importContacts(file, SKIP, false);
            }
            Map<String, Client> c = byName(book);
            Client zoe = c.get("Zoë Müller");
            assertThat(zoe.birthday()).as("Apple's 1604 means no year").isEqualTo(Birthday.parse("--04-15"));
            assertThat(zoe.notes()).isEqualTo("Prefers mornings.\nAllergic to lilies, ask before sending flowers."
                    + " This note is long enough that Apple folds it onto a second line.");
            assertThat(zoe.tags()).containsExactly("Wholesale", "Wine");
            assertThat(zoe.address()).isEqualTo(new Address("Hauptstraße 5", "Berlin", "", "10115", "Germany"));
            assertThat(c.get("José Núñez").birthday()).isEqualTo(Birthday.parse("1990-11-02"));
            Client hotel = c.get("Harbour View Hotel");
            assertThat(hotel.firstName()).isEmpty();
            assertThat(hotel.address().street()).isEqualTo("Suite 427\n616 Willow Ct");
            assertThat(hotel.notes()).isEqualTo("Front desk takes messages, \"ask for Priya\".");
            assertThat(c.get("Nguyễn Văn An").birthday()).isEqualTo(Birthday.parse("--11-02"));
            Client agnieszka = c.get("Agnieszka Łukasiewicz");
            assertThat(agnieszka.address().city()).isEqualTo("Kraków");
            assertThat(agnieszka.notes()).startsWith("Zamówiła tort weselny").endsWith("poleca nas znajomym.");
            assertThat(agnieszka.phones()).containsExactly("+48225550123", "+48 22 555 01 99");
            Client sean = c.get("Seán O'Brien");
            assertThat(sean.company()).isEqualTo("O'Brien Builders Ltd");
            assertThat(sean.birthday()).isEqualTo(Birthday.parse("1979-04-15"));
            assertThat(sean.notes()).isEqualTo("Met at the trade fair, 2019.\r\nLikes to be called after 10.");
        }
    }

    @Test
    void vcard_unreadableCardIsSkippedAndReported_theRestComeIn() {
        try (OpenBook book = open()) {
            var file = book.contactImport().read(golden("android.vcf"), null, (String) null);
            assertThat(file.contacts()).hasSize(1);
            assertThat(file.problems()).anyMatch(p -> p.startsWith("Card 2") && p.contains("no name"));
        }
    }

    @Test
    void csvProblems_unterminatedQuoteAndHugeField_areRowErrorsNotCrashes() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "Name,Email,Notes\nAna Ruiz,ana@example.com,fine\nBo Lind,bo@example.com,\""
                + "x".repeat(70_000) + "\"\nCy Ng,cy@example.com,\"never closed\n", StandardCharsets.UTF_8);
        try (OpenBook book = open()) {
            var file = book.contactImport().read(csv, null, (String) null);
            assertThat(file.contacts()).extracting(ContactRecord::firstName).containsExactly("Ana");
            assertThat(file.problems()).anyMatch(p -> p.startsWith("Line 3") && p.contains("64 KB"))
                    .anyMatch(p -> p.startsWith("Line 4") && p.contains("never closed"));
        }
    }

    @Test
    void csvExport_neutralisesFormulas_goldenFile() throws Exception {
        try (OpenBook book = open()) {
            book.clients().add(client("c-0001").name("=1+2", "@SUM(A1)").company("-cmd|' /C calc'!A0")
                    .phone("+1 555 0100").notes("\tTabbed").email("ana@example.com").build());
            book.clients().add(client("c-0002").name("Zoë", "Müller").company("Müller, \"Wein\" & Söhne").build());
            Path out = dir.resolve("clients.csv");
            assertThat(book.contactExport().exportCsv(out, false)).isEqualTo(2);
            String expected = Files.readString(golden("export-neutralised.csv"), StandardCharsets.UTF_8);
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(expected);
            Path withBom = dir.resolve("bom.csv");
            book.contactExport().exportCsv(withBom, true);
            assertThat(Files.readAllBytes(withBom)).startsWith(0xEF, 0xBB, 0xBF);

            Path again = dir.resolve("again");
            try (OpenBook other = OpenBook.open(again, false, CLOCK, "test")) {
                var file = other.contactImport().read(out, null, (String) null);
                other.contactImport().importContacts(file, SKIP, false);
                assertThat(byName(other)).containsKey("=1+2 @SUM(A1)");
                assertThat(byName(other).get("=1+2 @SUM(A1)").phones()).containsExactly("+1 555 0100");
            }
        }
    }

    @Test
    void vcardExport_roundTrips() throws Exception {
        try (OpenBook book = open()) {
            book.contactImport().importContacts(book.contactImport().read(golden("apple.vcf"), null, (String) null),
                    SKIP, false);
            Path out = dir.resolve("clients.vcf");
            assertThat(book.contactExport().exportVcard(out)).isEqualTo(2);
            assertThat(Files.readString(out)).contains("VERSION:4.0", "FN:Zoë Müller", "BDAY:--0415");
            try (OpenBook other = OpenBook.open(dir.resolve("other"), false, CLOCK, "test")) {
                other.contactImport().importContacts(other.contactImport().read(out, null, (String) null), SKIP, false);
                Client a = byName(book).get("Zoë Müller");
                Client b = byName(other).get("Zoë Müller");
                assertThat(b.emails()).isEqualTo(a.emails());
                assertThat(b.address()).isEqualTo(a.address());
                assertThat(b.birthday()).isEqualTo(a.birthday());
                assertThat(b.notes()).isEqualTo(a.notes());
                assertThat(b.tags()).isEqualTo(a.tags());
            }
        }
    }

    @Test
    void calendar_oneEventPerFollowUp_withReasonAndPhone_readBack() throws Exception {
        try (OpenBook book = open()) {
            book.clients().add(client("c-0001").name("Ana", "Ruiz").phone("+1 555 0100").build());
            book.contacts().log(InteractionBuilder.contact("new", "c-0001")
                    .kind(InteractionKind.PURCHASE).at("2026-11-20T10:00").amount("700.00")
                    .summary("a wedding cake").build());
            Path out = dir.resolve("follow-ups.ics");
            int n = book.contactExport().exportCalendar(out);
            ICalendar cal = Biweekly.parse(Files.readString(out)).first();
            assertThat(cal.getEvents()).hasSize(n).isNotEmpty();
            VEvent call = cal.getEvents().stream().filter(e -> e.getSummary().getValue().startsWith("Call"))
                    .findFirst().orElseThrow();
            assertThat(call.getSummary().getValue()).isEqualTo("Call: Ana Ruiz");
            assertThat(call.getDescription().getValue()).contains("wedding cake", "Phone: +1 555 0100");
            assertThat(call.getDateStart().getValue().hasTime()).isFalse();
            assertThat(cal.getEvents()).extracting(e -> e.getUid().getValue()).doesNotHaveDuplicates();
        }
    }

    @Test
    void fileOver50MB_isRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.csv");
        try (var out = Files.newOutputStream(big)) {
            out.write("Name,Email\n".getBytes(StandardCharsets.UTF_8));
            byte[] row = "Ana Ruiz,ana@example.com\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= 50L * 1024 * 1024; written += row.length) {
                out.write(row);
            }
        }
        try (OpenBook book = open()) {
            assertThatThrownBy(() -> book.contactImport().read(big, null, (String) null))
                    .hasMessageContaining("up to 50 MB");
        }
    }

    @Test
    void networkDrives_areRecognisedByFileSystemType() {
        assertThat(DataFolder.isNetwork("nfs4")).isTrue();
        assertThat(DataFolder.isNetwork("cifs")).isTrue();
        assertThat(DataFolder.isNetwork("fuse.sshfs")).isTrue();
        assertThat(DataFolder.isNetwork("ext4")).isFalse();
        assertThat(DataFolder.isNetwork("apfs")).isFalse();
        assertThat(DataFolder.networkWarning(dir)).as("a temporary folder on this machine").isEmpty();
    }

    @Test
    void anEmailThatIsNotOne_isLeftOut_theRowStillComesIn() throws Exception {
        Path csv = dir.resolve("emails.csv");
        Files.writeString(csv, "Name,Email\nAna Ruiz,ana@localhost; ana@ruiz.example\nBo Lind,bo@\n",
                StandardCharsets.UTF_8);
        try (OpenBook book = open()) {
            var file = book.contactImport().read(csv, null, (String) null);
            assertThat(book.contactImport().duplicates(file)).isEmpty();
            var report = book.contactImport().importContacts(file, SKIP, false);
            assertThat(report.added()).isEqualTo(2);
            assertThat(report.problems()).anyMatch(p -> p.startsWith("Line 2") && p.contains("ana@localhost"))
                    .anyMatch(p -> p.startsWith("Line 3") && p.contains("bo@"));
            assertThat(byName(book).get("Ana Ruiz").emails()).containsExactly("ana@ruiz.example");
        }
    }
}
