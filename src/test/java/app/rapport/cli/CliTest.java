package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.ClientQuery;
import app.rapport.service.AgendaPrefetch;
import app.rapport.service.OpenBook;
import app.rapport.service.PlanAhead;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's exit codes and messages (FORMATS.md): 0 success, 1 bad input, 2 usage. */
class CliTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void stats_onANewFolder_printsZeros() {
        Run run = run("stats", "--data", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out().strip())
                .isEqualTo("{\"clients\": 0, \"activeClients\": 0, \"interactions\": 0, \"openFollowUps\": 0}");
    }

    /** The app's first start on a book the demo made opens on the day's agenda saved by the demo. */
    @Test
    void demo_savesTheComingDaysAgendas_forTheAppsFirstStart() {
        assertThat(run("demo", "--clients", "60", "--data", dir.toString()).exit()).isZero();
        try (OpenBook book = OpenBook.open(dir, false, CLOCK, "the Rapport app", true)) {
            book.agendaPrefetch().start(); // as the app starts
            AgendaPrefetch.FirstAgenda first = book.agendaPrefetch().first();
            assertThat(first.saved()).isTrue();
            assertThat(first.agenda().followUps()).isNotEmpty().isEqualTo(book.planning().agenda().followUps());
            assertThat(book.planAhead().planAhead(PlanAhead.DAYS))
                    .as("today and the next two days are saved already").isZero();
        }
    }

    @Test
    void stats_acceptsDataBeforeTheCommandToo() {
        assertThat(run("--data", dir.toString(), "stats").exit()).isZero();
    }

    @Test
    void unknownCommand_isAUsageError() {
        Run run = run("frobnicate", "--data", dir.toString());
        assertThat(run.exit()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("frobnicate");
    }

    @Test
    void unknownOption_isAUsageError() {
        assertThat(run("stats", "--colour", "--data", dir.toString()).exit()).isEqualTo(Cli.USAGE);
    }

    @Test
    void stats_whileTheAppHoldsTheBook_stillReads() {
        try (OpenBook app = OpenBook.open(dir, false, CLOCK, "the Rapport app")) {
            Run run = run("stats", "--data", dir.toString());
            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains("\"clients\": 0");
        }
    }

    @Test
    void parse_withoutCommand_meansTheAppWithItsDataFolder() {
        Cli.Parsed parsed = new Cli(System.out, System.err, CLOCK).parse(new String[] {"--data", dir.toString()});
        assertThat(parsed.isCommand()).isFalse();
        assertThat(parsed.dataFolder()).isEqualTo(dir.toAbsolutePath());
        assertThat(new Cli(System.out, System.err, CLOCK).parse(new String[] {"stats", "--data", dir.toString()})
                .isCommand()).isTrue();
    }

    @Test
    void exportThenImportIntoAnEmptyFolderThenExport_givesTheSameJson() throws Exception {
        Path book = dir.resolve("book");
        Files.writeString(dir.resolve("in.json"), """
                {"format": "rapport-book", "version": 1,
                 "clients": [{"id": "c-0001", "firstName": "Ana", "lastName": "Ruiz", "tier": "VIP",
                              "emails": ["ana@example.com"], "birthday": "--04-15", "clientSince": "2021-03-02"},
                             {"id": "c-0002", "company": "Müller & Söhne", "referredBy": "c-0001"}],
                 "interactions": [{"id": "i-0001", "clientId": "c-0001", "at": "2026-10-01T14:30",
                                   "kind": "PURCHASE", "amount": "120.00", "summary": "Wedding cake"}]}
                """);
        Run imported = run("import", dir.resolve("in.json").toString(), "--data", book.toString());
        assertThat(imported.exit()).isZero();
        assertThat(imported.out()).contains("2 clients and 1 contacts");
        assertThat(run("export", dir.resolve("a.json").toString(), "--data", book.toString()).exit()).isZero();
        Path other = dir.resolve("other");
        assertThat(run("import", dir.resolve("a.json").toString(), "--data", other.toString()).exit()).isZero();
        assertThat(run("export", dir.resolve("b.json").toString(), "--data", other.toString()).exit()).isZero();
        assertThat(Files.readString(dir.resolve("b.json")))
                .isEqualTo(Files.readString(dir.resolve("a.json")));
        assertThat(run("stats", "--data", other.toString()).out()).contains("\"clients\": 2", "\"interactions\": 1");
    }

    @Test
    void import_badFile_exitsOneWithALineNamingTheRecord_andChangesNothing() throws Exception {
        Files.writeString(dir.resolve("bad.json"), """
                {"clients": [{"id": "c-1", "company": "A"}],
                 "interactions": [{"id": "i-9", "clientId": "c-404", "at": "2026-10-01", "kind": "CALL"}]}
                """);
        Run run = run("import", dir.resolve("bad.json").toString(), "--data", dir.resolve("book").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("rapport: ").contains("interaction i-9", "c-404");
        assertThat(run.err().strip().lines().count()).isEqualTo(1);
        assertThat(run("stats", "--data", dir.resolve("book").toString()).out()).contains("\"clients\": 0");
    }

    @Test
    void import_whileTheAppHoldsTheBook_refusesWithExitOne() throws Exception {
        Files.writeString(dir.resolve("ok.json"), "{\"clients\": [{\"id\": \"c-1\", \"company\": \"A\"}]}");
        try (OpenBook held = OpenBook.open(dir, false, CLOCK, "the Rapport app")) {
            Run run = run("import", dir.resolve("ok.json").toString(), "--data", dir.toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("open");
            assertThat(held.clients().search(ClientQuery.ALL_ACTIVE)).isEmpty();
        }
    }

    /** Commands that only read take no lock: an import runs while an export holds the book open. */
    @Test
    void import_whileAReaderHoldsTheBookOpen_succeeds() throws Exception {
        Files.writeString(dir.resolve("ok.json"), "{\"clients\": [{\"id\": \"c-1\", \"company\": \"A\"}]}");
        Path book = dir.resolve("book");
        assertThat(run("stats", "--data", book.toString()).exit()).isZero();
        try (OpenBook reading = OpenBook.openForReading(book, CLOCK, "rapport export")) {
            Run run = run("import", dir.resolve("ok.json").toString(), "--data", book.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(reading.stats().clients()).isEqualTo(1);
        }
    }

    @Test
    void import_withoutAFile_isAUsageError() {
        assertThat(run("import", "--data", dir.toString()).exit()).isEqualTo(Cli.USAGE);
    }

    @Test
    void export_toAMissingFolder_exitsOne() {
        Run run = run("export", dir.resolve("no/such/x.json").toString(), "--data", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("Cannot write");
    }
}
