package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.rapport.model.Client;
import app.rapport.store.SqliteBookStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Book JSON files made to hurt: numbers far out of range, bytes that are not UTF-8, halves of
 * characters, ids with spaces, and what the JSON library would say about them. Each is refused
 * in one plain line naming where, quickly, and the book is left as it was.
 */
class BookFileSafetyTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:15:00Z"), ZoneOffset.UTC);
    static final String CLIENT = "{\"id\": \"c-1\", \"company\": \"A\"}";
    static final String[] INTERNALS = {"StreamReadConstraints", "com.fasterxml", "Jackson", "JsonReadFeature",
        "StreamReadFeature", "[Source", "SQLITE", "Exception", "`"};

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

    String rejected(byte[] file) throws IOException {
        Files.write(dir.resolve("bad.json"), file);
        Throwable e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                transfer.importBook(dir.resolve("bad.json"), false);
                return null;
            } catch (ServiceException refused) {
                return refused;
            }
        });
        assertThat(e).as("the file is refused").isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain(INTERNALS);
        assertThat(store.<Long>read(tx -> tx.clients().count())).as("nothing imported").isZero();
        return e.getMessage();
    }

    String rejected(String json) throws IOException {
        return rejected(json.getBytes(StandardCharsets.UTF_8));
    }

    static String withInteraction(String amount) {
        return "{\"clients\": [" + CLIENT + "],\n \"interactions\": [{\"id\": \"i-0042\", \"clientId\": \"c-1\","
                + " \"at\": \"2026-10-01\", \"kind\": \"PURCHASE\", \"amount\": " + amount + "}]}";
    }

    @Test
    void hugeAmount_asTextOrNumber_isRefusedAtOnceNamingTheInteraction() throws IOException {
        for (String amount : new String[] {"\"1e999999999\"", "1e999999999", "1E+999999999", "\"1e-999999999\""}) {
            assertThat(rejected(withInteraction(amount))).contains("interaction i-0042 (line 2)", "amount",
                    amount.replace("\"", ""), "out of range", "12 digits");
        }
    }

    @Test
    void amounts_moreThan12DigitsOr3Decimals_areRefused_upToThemAreKept() throws IOException {
        assertThat(rejected(withInteraction("\"1000000000000\""))).contains("i-0042", "out of range");
        assertThat(rejected(withInteraction("\"12.3456\""))).contains("i-0042", "12.3456", "out of range");
        assertThat(rejected(withInteraction("\"" + "9".repeat(2000) + "\""))).contains("i-0042", "out of range")
                .hasSizeLessThan(300);
        assertThat(rejected(withInteraction("\"twelve\""))).contains("i-0042", "\"twelve\" is not a decimal number");
        Files.writeString(dir.resolve("ok.json"), withInteraction("\"999999999999.125\""));
        transfer.importBook(dir.resolve("ok.json"), false);
        assertThat(store.read(tx -> tx.interactions().find("i-0042")).orElseThrow().amount())
                .isEqualByComparingTo("999999999999.125");
    }

    @Test
    void settingsNumbers_outOfRange_nameTheFieldAndItsValue() throws IOException {
        assertThat(rejected("{\"settings\": {\"noteAmountThreshold\": \"1e999999999\"}, \"clients\": [" + CLIENT
                + "]}"))
                .contains("settings", "noteAmountThreshold 1e999999999 is out of range");
        assertThat(rejected("{\"settings\": {\"tiers\": [{\"name\": \"VIP\", \"cadenceDays\": 99999999999}]}}"))
                .contains("settings", "cadenceDays 99999999999 is out of range");
        assertThat(rejected("{\"settings\": {\"tiers\": [{\"name\": \"VIP\", \"cadenceDays\": 5000}]}}"))
                .contains("settings", "tier VIP", "cadenceDays 5000: A tier's cadence goes from 1 to 3650");
        assertThat(rejected("{\"settings\": {\"rules\": {\"thankNoteDays\": 40000}}}"))
                .contains("settings", "rules", "thankNoteDays 40000: Day counts go from 0 to 3650");
        assertThat(rejected("{\"settings\": {\"rules\": {\"atRiskMultiple\": 1e999999999}}}"))
                .contains("rules", "atRiskMultiple must be a whole number");
        assertThat(rejected("{\"settings\": {\"rules\": {\"horizonDays\": -1}}}"))
                .contains("horizonDays -1: Day counts");
        assertThat(rejected("{\"format\": \"rapport-book\", \"version\": 99999999999}"))
                .contains("version 99999999999 is not one Rapport knows");
    }

    @Test
    void datesBeyondYear9999_areRefused_nothingCanBePlannedFromThem() throws IOException {
        assertThat(rejected("{\"clients\": [" + CLIENT + "], \"followUps\": [{\"id\": \"f-1\", \"clientId\": \"c-1\","
                + " \"due\": \"+999999999-12-31\"}]}")).contains("follow-up f-1", "due", "is not a date");
        assertThat(rejected(withInteraction("null").replace("2026-10-01", "-999999999-01-01T10:00")))
                .contains("interaction i-0042", "at", "is not a date");
        assertThat(rejected("{\"clients\": [{\"id\": \"c-1\", \"company\": \"A\", \"addedAt\": "
                + "\"+20000-01-01T00:00:00Z\"}]}"))
                .contains("client c-1", "addedAt");
    }

    @Test
    void overlongUtf8_isRefusedNamingTheLine_notReadAsASlash() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("{\"clients\": [\n{\"id\": \"c-1\", \"company\": \"A".getBytes(StandardCharsets.UTF_8));
        file.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
        file.writeBytes("B\"}]}".getBytes(StandardCharsets.UTF_8));
        assertThat(rejected(file.toByteArray())).contains("not valid UTF-8", "line 2", "C0");
    }

    @Test
    void surrogatesInCesuBytesOrEscapes_areRefused() throws IOException {
        ByteArrayOutputStream cesu = new ByteArrayOutputStream();
        cesu.writeBytes("{\"clients\": [{\"id\": \"c-1\", \"company\": \"A".getBytes(StandardCharsets.UTF_8));
        cesu.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        cesu.writeBytes("\"}]}".getBytes(StandardCharsets.UTF_8));
        assertThat(rejected(cesu.toByteArray())).contains("not valid UTF-8", "line 1", "ED A0");
        assertThat(rejected("{\"clients\": [{\"id\": \"c-1\", \"company\": \"A\\ud800B\"}]}"))
                .contains("client c-1", "company", "lone surrogate", "ud800");
        assertThat(rejected("{\"clients\": [{\"id\": \"c-1\", \"company\": \"A\", \"tags\": [\"ok\", \"\\udc00\"]}]}"))
                .contains("client c-1", "tags", "lone surrogate");
    }

    @Test
    void wholeCharactersBeyondTheBasicPlane_andUtf16Books_areRead() throws IOException {
        String json = "{\"clients\": [{\"id\": \"c-1\", \"company\": \"Nour Bakery \uD83C\uDF5E\", \"notes\": "
                + "\"\\ud83c\\udf5e\"}]}";
        Files.writeString(dir.resolve("utf8.json"), json, StandardCharsets.UTF_8);
        transfer.importBook(dir.resolve("utf8.json"), false);
        assertThat(store.read(tx -> tx.clients().find("c-1")).orElseThrow().company()).isEqualTo("Nour Bakery 🍞");
        assertThat(store.read(tx -> tx.clients().find("c-1")).orElseThrow().notes()).isEqualTo("🍞");
        Files.writeString(dir.resolve("utf16.json"), "\uFEFF" + json.replace("c-1", "c-2"), StandardCharsets.UTF_16LE);
        transfer.importBook(dir.resolve("utf16.json"), false);
        Files.writeString(dir.resolve("utf16be.json"), json.replace("c-1", "c-3"), StandardCharsets.UTF_16BE);
        transfer.importBook(dir.resolve("utf16be.json"), false);
        Files.writeString(dir.resolve("bom.json"), "\uFEFF" + json.replace("c-1", "c-4"), StandardCharsets.UTF_8);
        transfer.importBook(dir.resolve("bom.json"), false);
        assertThat(store.read(tx -> tx.clients().find("c-4")).orElseThrow().company()).isEqualTo("Nour Bakery 🍞");
        assertThat(store.read(tx -> tx.clients().find("c-3")).orElseThrow().company()).isEqualTo("Nour Bakery 🍞");
    }

    @Test
    void idsWithSpacesAtTheirEnds_keepTheirReferralsAndContacts() throws IOException {
        Files.writeString(dir.resolve("ids.json"), """
                {"clients": [{"id": " c-1", "company": "Referrer"},
                             {"id": "c-2 ", "company": "Referred", "referredBy": "c-1  "}],
                 "interactions": [{"id": " i-1 ", "clientId": "c-2\\t", "at": "2026-10-01", "kind": "CALL"}],
                 "followUps": [{"id": "f-1 ", "clientId": " c-1", "due": "2026-12-01"}]}
                """);
        ImportResult result = transfer.importBook(dir.resolve("ids.json"), false);
        assertThat(result.notes()).isEmpty();
        Client referred = store.read(tx -> tx.clients().find("c-2")).orElseThrow();
        assertThat(referred.referredBy()).isEqualTo("c-1");
        assertThat(store.<Boolean>read(tx -> tx.clients().exists("c-1"))).isTrue();
        assertThat(store.read(tx -> tx.interactions().find("i-1")).orElseThrow().clientId()).isEqualTo("c-2");
        assertThat(store.read(tx -> tx.followUps().find("f-1")).orElseThrow().clientId()).isEqualTo("c-1");
    }

    @Test
    void whatTheJsonLibrarySays_isPutInPlainWords() throws IOException {
        assertThat(rejected(withInteraction("1" + "0".repeat(1500))))
                .contains("interaction i-0042 (line 2)", "a number longer than 1000 characters");
        assertThat(rejected(withInteraction("NaN"))).contains("not valid JSON", "line 2", "NaN");
        assertThat(rejected("{\"clients\": [{\"id\": \"c-1\", // a comment\n \"company\": \"A\"}]}"))
                .contains("client c-1 (line 1)", "not valid JSON", "line 1");
        assertThat(rejected("{\"clients\": [{\"id\": \"c-1\", \"company\": \"A\"")).contains("not valid JSON");
        assertThat(rejected("{\"clients\": " + "[".repeat(1200) + "]".repeat(1200) + "}")).contains("nested");
        assertThat(rejected(new byte[] {'{', 0, 0, 0, 0, 0, 0, 0, '"', 'c', '"', ':', '1', '}'}))
                .as("NULs, which Jackson would take for UTF-32").contains("not valid JSON", "line 1");
        assertThat(rejected("{\"format\": \"rapport\\nbook\"}")).as("one line, whatever the values")
                .contains("\"rapport\\nbook\"");
    }
}
