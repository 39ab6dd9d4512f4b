package app.rapport.service;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.model.Business;
import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.Experience;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.InteractionKind;
import app.rapport.model.ManualFollowUp;
import app.rapport.model.Settings;
import app.rapport.model.Tier;
import app.rapport.store.SqliteBookStore;
import app.rapport.testutil.TypicalClients;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Book JSON export and import on real SQLite books: round trip, merging, and every bad-file case. */
class TransferServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:15:00Z"), ZoneOffset.UTC);
    static final String LONG_NOTE = "ж".repeat(100_000);

    @TempDir
    Path dir;
    SqliteBookStore store;
    TransferService transfer;

    @BeforeEach
    void open() throws IOException {
        store = SqliteBookStore.open(Files.createDirectories(dir.resolve("book")));
        transfer = new TransferService(store, CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    void fillRichBook(SqliteBookStore book) {
        book.writeVoid(tx -> {
            tx.settings().save(Settings.defaults()
                    .withTiers(List.of(new Tier("VIP", 21), new Tier("REGULAR", 60), new Tier("OCCASIONAL", 120),
                            new Tier("GOLD", 45))));
            tx.clients().insertAll(TypicalClients.all());
            tx.clients().insert(client("c-0004").company("مخبز النور — Nour Bakery 🍞").tier("GOLD")
                    .notes(LONG_NOTE + "'; DROP TABLE clients; --").phone("+966 11 000 0000").build());
            tx.interactions().insert(contact("i-000001", "c-0001").at("2026-10-01T14:30").kind(InteractionKind.PURCHASE)
                    .experience(Experience.POSITIVE).amount("120.00").summary("Wedding cake").build());
            tx.interactions().insert(contact("i-000002", "c-0002").at("2026-11-20T09:05")
                    .kind(InteractionKind.COMPLAINT).summary("Late delivery").notes("Line one\nLine \"two\"").build());
            tx.interactions().insert(contact("i-000003", "c-0004").at("2026-11-21T16:00").kind(InteractionKind.CALL)
                    .summary("שלום").build());
            tx.followUps().insert(new ManualFollowUp("f-0001", "c-0001", FollowUpAction.CALL,
                    LocalDate.parse("2026-11-25"), 3, "Ask about the new shop", null, LocalDate.parse("2026-11-20")));
            tx.decisions().insert(new Decision("c-0002", FollowUpRule.GONE_QUIET, LocalDate.parse("2026-06-01"),
                    DecisionKind.SNOOZE, LocalDate.parse("2026-12-01"), "On holiday",
                    Instant.parse("2026-11-20T08:00:00Z")));
            tx.decisions().insert(new Decision("c-0001", FollowUpRule.THANK_PURCHASE, LocalDate.parse("2026-10-01"),
                    DecisionKind.DONE, null, "Thank-you note for the purchase", Instant.parse("2026-10-05T10:00:00Z"),
                    FollowUpAction.NOTE));
        });
    }

    String exportToString(TransferService from, String name) throws IOException {
        Path file = dir.resolve(name);
        from.exportBook(file);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void exportThenImportIntoAnEmptyBook_exportsTheSameJson() throws IOException {
        fillRichBook(store);
        String first = exportToString(transfer, "first.json");

        try (SqliteBookStore other = SqliteBookStore.open(Files.createDirectories(dir.resolve("other")))) {
            TransferService otherTransfer = new TransferService(other, Clock.offset(CLOCK, Duration.ofDays(3)));
            ImportResult result = otherTransfer.importBook(dir.resolve("first.json"), false);
            assertThat(result).isEqualTo(new ImportResult(4, 3));
            String second = exportToString(otherTransfer, "second.json");
            assertThat(withoutExportedAt(second)).isEqualTo(withoutExportedAt(first));
            assertThat(first).contains("\"decision\" : \"DONE\"", "\"action\" : \"NOTE\"");
            assertThat(other.<List<Decision>>read(tx -> tx.decisions().forClient("c-0001")))
                    .extracting(Decision::action).containsExactly(FollowUpAction.NOTE);
            assertThat(second).contains("\"exportedAt\" : \"2026-11-25T09:15:00Z\"");
        }
    }

    @Test
    void export_writesTheFormatOfFormatsMd() throws IOException {
        fillRichBook(store);
        String json = exportToString(transfer, "book.json");
        assertThat(json).contains("\"format\" : \"rapport-book\"", "\"version\" : 1",
                "\"exportedAt\" : \"2026-11-22T09:15:00Z\"", "\"at\" : \"2026-10-01T14:30\"", "\"amount\" : \"120.00\"",
                "\"birthday\" : \"--04-15\"", "\"cadenceDays\" : 45", "\"decision\" : \"SNOOZE\"",
                "\"rule\" : \"MANUAL\"", "\"reminderTime\" : \"09:00\"", "\"noteAmountThreshold\" : \"500.00\"");
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void export_keepsTextExactly() throws IOException {
        fillRichBook(store);
        transfer.exportBook(dir.resolve("b.json"));
        try (SqliteBookStore other = SqliteBookStore.open(Files.createDirectories(dir.resolve("other")))) {
            new TransferService(other, CLOCK).importBook(dir.resolve("b.json"), false);
            assertThat(other.read(tx -> tx.clients().find("c-0004")).orElseThrow().notes())
                    .isEqualTo(LONG_NOTE + "'; DROP TABLE clients; --");
            assertThat(other.read(tx -> tx.interactions().find("i-000002")).orElseThrow().notes())
                    .isEqualTo("Line one\nLine \"two\"");
        }
    }

    @Test
    void export_intoAMissingFolder_saysSoAndWritesNothing() {
        assertThatThrownBy(() -> transfer.exportBook(dir.resolve("nowhere/book.json")))
                .isInstanceOf(ServiceException.class).hasMessageContaining("Cannot write");
    }

    @Test
    void import_sameFileTwice_skipsWhatIsAlreadyThere() throws IOException {
        fillRichBook(store);
        transfer.exportBook(dir.resolve("b.json"));
        ImportResult again = transfer.importBook(dir.resolve("b.json"), false);
        assertThat(again).isEqualTo(new ImportResult(0, 0));
        assertThat(store.<Long>read(tx -> tx.decisions().count())).isEqualTo(2);
        assertThat(store.<Long>read(tx -> tx.followUps().count())).isEqualTo(1);
    }

    @Test
    void import_replace_emptiesTheBookFirstAndTakesTheFilesSettings() throws IOException {
        write("small.json", """
                {"format": "rapport-book", "version": 1,
                 "settings": {"tiers": [{"name": "Friends", "cadenceDays": 14}], "paper": "A4",
                              "business": {"name": "Chez Zoë"}},
                 "clients": [{"id": "x-1", "company": "Solo Ltd", "tier": "Friends"}],
                 "interactions": [{"id": "x-i1", "clientId": "x-1", "at": "2026-11-01", "kind": "VISIT"}]}
                """);
        fillRichBook(store);
        ImportResult result = transfer.importBook(dir.resolve("small.json"), true);
        assertThat(result).isEqualTo(new ImportResult(1, 1));
        assertThat(store.<Long>read(tx -> tx.clients().count())).isEqualTo(1);
        assertThat(store.read(tx -> tx.interactions().find("x-i1")).orElseThrow().at())
                .isEqualTo(LocalDate.parse("2026-11-01").atTime(12, 0));
        Settings settings = store.read(tx -> tx.settings().load());
        assertThat(settings.tiers()).containsExactly(new Tier("Friends", 14));
        assertThat(settings.business()).isEqualTo(new Business("Chez Zoë", "", "", "", ""));
        assertThat(store.<Long>read(tx -> tx.decisions().count())).isZero();
    }

    @Test
    void import_intoABookWithClients_keepsItsSettingsAndAddsMissingTiers() throws IOException {
        fillRichBook(store);
        write("more.json", """
                {"format": "rapport-book", "version": 1,
                 "settings": {"tiers": [{"name": "VIP", "cadenceDays": 7}, {"name": "Friends", "cadenceDays": 14}]},
                 "clients": [{"id": "x-1", "firstName": "Lena", "tier": "Friends", "referredBy": "c-0001"}]}
                """);
        transfer.importBook(dir.resolve("more.json"), false);
        Settings settings = store.read(tx -> tx.settings().load());
        assertThat(settings.tiers()).containsExactly(new Tier("VIP", 21), new Tier("REGULAR", 60),
                new Tier("OCCASIONAL", 120), new Tier("GOLD", 45),
                new Tier("Friends", 14));
        assertThat(store.<Long>read(tx -> tx.clients().count())).isEqualTo(5);
    }

    @Test
    void import_interactionsBeforeTheirClients_stillWorks() throws IOException {
        write("order.json", """
                {"interactions": [{"id": "i1", "clientId": "c1", "at": "2026-11-01T10:00", "kind": "CALL"}],
                 "clients": [{"id": "c1", "lastName": "Nguyễn"}],
                 "format": "rapport-book"}
                """);
        assertThat(transfer.importBook(dir.resolve("order.json"), false)).isEqualTo(new ImportResult(1, 1));
    }

    @Test
    void import_ignoresUnknownFieldsAndTemplates() throws IOException {
        write("extra.json", """
                {"format": "rapport-book", "version": 1, "producer": {"name": "other"},
                 "templates": [{"name": "birthday", "title": "Happy birthday", "body": "…"}],
                 "clients": [{"id": "c1", "company": "Acme", "favouriteColour": "blue"}]}
                """);
        assertThat(transfer.importBook(dir.resolve("extra.json"), false)).isEqualTo(new ImportResult(1, 0));
    }

    // ----- bad files: exit message names the record; the book is unchanged -----

    /** Refused when added to the book, and when replacing it. */
    void assertRejected(String json, String... messageParts) throws IOException {
        assertRejectedWhenAdding(json, messageParts);
        assertThatThrownBy(() -> transfer.importBook(dir.resolve("bad.json"), true))
                .isInstanceOf(ServiceException.class);
        assertThat(exportToString(transfer, "after-replace.json")).isEqualTo(exportToString(transfer, "after.json"));
    }

    void assertRejectedWhenAdding(String json, String... messageParts) throws IOException {
        fillRichBook(store);
        String before = exportToString(transfer, "before.json");
        write("bad.json", json);
        assertThatThrownBy(() -> transfer.importBook(dir.resolve("bad.json"), false))
                .isInstanceOf(ServiceException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(messageParts).doesNotContain("\n"));
        assertThat(exportToString(transfer, "after.json")).isEqualTo(before);
    }

    static final String GOOD_CLIENT = "{\"id\": \"n-1\", \"firstName\": \"Ama\", \"lastName\": \"Mensah\"}";

    @Test
    void import_malformedJson_isRefusedWithItsLine() throws IOException {
        assertRejected("{\"format\": \"rapport-book\",\n \"clients\": [" + GOOD_CLIENT + ",\n {\"id\": }]}",
                "not valid JSON", "line 3");
    }

    @Test
    void import_notABook_isRefused() throws IOException {
        assertRejected("[1, 2, 3]", "not a Rapport book");
        store.close();
    }

    @Test
    void import_otherFormat_isRefused() throws IOException {
        assertRejected("{\"format\": \"address-book\"}", "not a Rapport book", "address-book");
    }

    @Test
    void import_newerVersion_isRefused() throws IOException {
        assertRejected("{\"format\": \"rapport-book\", \"version\": 2}", "newer Rapport");
    }

    @Test
    void import_clientWithoutId_namesItsPosition() throws IOException {
        assertRejected("{\"clients\": [" + GOOD_CLIENT + ", {\"firstName\": \"Kofi\"}]}", "client #2", "id");
    }

    @Test
    void import_clientWithoutNameOrCompany_namesTheClient() throws IOException {
        assertRejected("{\"clients\": [" + GOOD_CLIENT + ", {\"id\": \"n-2\", \"title\": \"Chef\"}]}",
                "client n-2", "Enter a name or a company");
    }

    @Test
    void import_interactionMissingKind_namesTheInteraction() throws IOException {
        assertRejected("{\"clients\": [" + GOOD_CLIENT
                + "], \"interactions\": [{\"id\": \"n-i1\", \"clientId\": \"n-1\","
                + " \"at\": \"2026-11-01T10:00\"}]}", "interaction n-i1", "kind");
    }

    @Test
    void import_interactionForAnUnknownClient_namesBoth() throws IOException {
        assertRejected("{\"clients\": [" + GOOD_CLIENT
                + "], \"interactions\": [{\"id\": \"n-i1\", \"clientId\": \"ghost\","
                + " \"at\": \"2026-11-01T10:00\", \"kind\": \"CALL\"}]}", "interaction n-i1", "ghost");
    }

    @Test
    void import_clientIdClashingWithADifferentClient_namesBoth() throws IOException {
        assertRejectedWhenAdding("{\"clients\": [{\"id\": \"c-0001\", \"firstName\": \"Bob\", \"lastName\": "
                + "\"Stone\"}]}",
                "c-0001", "Bob Stone", "Ana Ruiz");
    }

    @Test
    void import_interactionIdClashingWithADifferentOne_isRefused() throws IOException {
        assertRejectedWhenAdding("{\"interactions\": [{\"id\": \"i-000001\", \"clientId\": \"c-0001\","
                + " \"at\": \"2026-10-01T14:30\", \"kind\": \"CALL\"}]}", "interaction i-000001", "clashes");
    }

    @Test
    void import_sameIdTwiceInTheFile_isRefused() throws IOException {
        assertRejected("{\"clients\": [" + GOOD_CLIENT + ", " + GOOD_CLIENT + "]}", "n-1", "two clients");
    }

    @Test
    void import_badDate_namesTheFieldAndValue() throws IOException {
        assertRejected("{\"clients\": [{\"id\": \"n-1\", \"company\": \"A\", \"clientSince\": \"2026-02-30\"}]}",
                "client n-1", "clientSince", "2026-02-30");
    }

    @Test
    void import_badBirthday_isRefused() throws IOException {
        assertRejected("{\"clients\": [{\"id\": \"n-1\", \"company\": \"A\", \"birthday\": \"15/04\"}]}",
                "client n-1", "Birthday");
    }

    @Test
    void import_badAt_isRefused() throws IOException {
        assertRejected("{\"clients\": [" + GOOD_CLIENT
                + "], \"interactions\": [{\"id\": \"n-i1\", \"clientId\": \"n-1\","
                + " \"at\": \"yesterday\", \"kind\": \"CALL\"}]}", "interaction n-i1", "yesterday");
    }

    @Test
    void import_badEnum_listsTheAllowedValues() throws IOException {
        assertRejected("{\"clients\": [" + GOOD_CLIENT
                + "], \"interactions\": [{\"id\": \"n-i1\", \"clientId\": \"n-1\","
                + " \"at\": \"2026-11-01T10:00\", \"kind\": \"FAX\"}]}", "interaction n-i1", "FAX", "PURCHASE");
    }

    @Test
    void import_letterPaperOtherThanLetterOrA4_isRefused() throws IOException {
        assertRejected("{\"settings\": {\"paper\": \"A5\"}, \"clients\": [" + GOOD_CLIENT + "]}",
                "settings", "A5", "LETTER", "A4");
    }

    @Test
    void import_badEmail_isRefused() throws IOException {
        assertRejected("{\"clients\": [{\"id\": \"n-1\", \"company\": \"A\", \"emails\": [\"not-an-email\"]}]}",
                "client n-1", "not-an-email");
    }

    @Test
    void import_unknownTier_isRefused() throws IOException {
        assertRejected("{\"clients\": [{\"id\": \"n-1\", \"company\": \"A\", \"tier\": \"PLATINUM\"}]}",
                "client n-1", "PLATINUM");
    }

    @Test
    void import_referrerNowhere_keepsTheClientWithoutTheReferralAndSaysSo() throws IOException {
        write("ref.json", "{\"clients\": [{\"id\": \"n-1\", \"company\": \"A\", \"referredBy\": \"c-9999\"}]}");
        ImportResult result = transfer.importBook(dir.resolve("ref.json"), false);
        assertThat(result.clients()).isEqualTo(1);
        assertThat(result.notes()).singleElement().asString().contains("n-1", "c-9999");
        assertThat(store.read(tx -> tx.clients().find("n-1")).orElseThrow().referredBy()).isNull();
    }

    @Test
    void import_theExampleOfFormatsMd_works() throws IOException {
        try (var in = getClass().getResourceAsStream("/formats-example-book.json")) {
            Files.write(dir.resolve("example.json"), in.readAllBytes());
        }
        ImportResult result = transfer.importBook(dir.resolve("example.json"), false);
        assertThat(result.clients()).isEqualTo(1);
        assertThat(result.interactions()).isEqualTo(1);
        assertThat(store.<Long>read(tx -> tx.followUps().count())).isEqualTo(1);
        assertThat(store.<Long>read(tx -> tx.decisions().count())).isEqualTo(1);
        Settings settings = store.read(tx -> tx.settings().load());
        assertThat(settings.business().name()).isEqualTo("Ruiz & Daughters Bakery");
        assertThat(settings.reminderTime()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void import_negativeAmount_isRefused() throws IOException {
        assertRejected("{\"clients\": [" + GOOD_CLIENT
                + "], \"interactions\": [{\"id\": \"n-i1\", \"clientId\": \"n-1\","
                + " \"at\": \"2026-11-01T10:00\", \"kind\": \"PURCHASE\", \"amount\": \"-5\"}]}", "interaction n-i1",
                "negative");
    }

    @Test
    void import_wrongType_isRefused() throws IOException {
        assertRejected("{\"clients\": [{\"id\": \"n-1\", \"company\": \"A\", \"archived\": \"maybe\"}]}",
                "client n-1", "archived");
    }

    @Test
    void import_missingFile_saysSo() {
        assertThatThrownBy(() -> transfer.importBook(dir.resolve("nope.json"), false))
                .isInstanceOf(ServiceException.class).hasMessageContaining("no file");
    }

    void write(String name, String json) throws IOException {
        Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    static String withoutExportedAt(String json) {
        return json.replaceFirst("\"exportedAt\" : \"[^\"]*\"", "");
    }
}
