package app.rapport.cli;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.store.SqliteBookStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-sales} and {@code log}: their reports, exit codes and one-line errors (FORMATS.md). */
class SalesCliTest {
    /** 10:00 in Paris on Tuesday 24 November 2026. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;
    Path book;

    @BeforeEach
    void book() throws Exception {
        book = Files.createDirectories(dir.resolve("book"));
        try (SqliteBookStore store = SqliteBookStore.open(book)) {
            store.writeVoid(tx -> {
                tx.clients().insert(client("c-0001").name("Ana", "Ruiz").email("ana@example.com").build());
                tx.clients().insert(client("c-0002").name("Zoë", "Müller").email("zoe.muller@example.de").build());
            });
        }
    }

    static CliTest.Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK).execute(args);
        return new CliTest.Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String golden(String name) throws Exception {
        return Path.of(SalesCliTest.class.getResource("/app/rapport/io/sales/" + name).toURI()).toString();
    }

    List<Interaction> timeline(String clientId) {
        try (SqliteBookStore store = SqliteBookStore.open(book)) {
            return store.read(tx -> tx.interactions().forClient(clientId));
        }
    }

    String stats() {
        return run("stats", "--data", book.toString()).out();
    }

    @Test
    void importSales_dryRunFirst_thenForReal_thenAgainAddsNothing_andTodayListsTheThankYous() throws Exception {
        CliTest.Run dry = run("import-sales", golden("shopify-orders.csv"), "--dry-run", "--data", book.toString());
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("Read 8 rows as Shopify orders: 4 sales, 3 not taken.",
                "Would add 4 purchases (2 new clients); would skip 0 already in the book; 3 not taken.",
                "  Order #1003 (line 6): refunded order; not taken.",
                "  Order #1006 (line 9): new client Dee Example (c-0003).");
        assertThat(stats()).contains("\"interactions\": 0");

        CliTest.Run real = run("import-sales", golden("shopify-orders.csv"), "--data", book.toString());
        assertThat(real.out()).contains("Added 4 purchases (2 new clients); skipped 0 already in the book;"
                + " 3 not taken.");
        assertThat(stats()).contains("\"clients\": 4", "\"interactions\": 4");

        CliTest.Run again = run("import-sales", golden("shopify-orders.csv"), "--data", book.toString());
        assertThat(again.out()).contains("Added 0 purchases; skipped 4 already in the book; 3 not taken.");
        assertThat(stats()).contains("\"interactions\": 4");

        CliTest.Run today = run("today", "--data", book.toString());
        assertThat(today.out()).contains("Ana Ruiz", "Zoë Müller", "Eve Martin", "Bought a rose bouquet, Gift card");
    }

    @Test
    void importSales_newClientsSkip_listsThem() throws Exception {
        CliTest.Run r = run("import-sales", golden("shopify-orders.csv"), "--new-clients", "skip", "--data",
                book.toString());
        assertThat(r.out()).contains("Added 2 purchases; skipped 0 already in the book; 5 not taken.",
                "Order #1007 (line 10): no client matches Eve Martin; not taken (new clients are not made).");
        assertThat(stats()).contains("\"clients\": 2");
    }

    @Test
    void importSales_badOptionValues_areUsageErrors() throws Exception {
        for (String[] args : new String[][] {{"--preset", "lightspeed"}, {"--new-clients", "maybe"},
            {"--date-order", "ymd"}, {"--encoding", "klingon"}}) {
            CliTest.Run r = run("import-sales", golden("shopify-orders.csv"), args[0], args[1], "--data",
                    book.toString());
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(Cli.USAGE);
        }
        assertThat(run("import-sales", golden("shopify-orders.csv"), "--preset", "lightspeed", "--data",
                book.toString()).err()).contains("\"lightspeed\" is not one of shopify, square or generic");
        assertThat(stats()).contains("\"interactions\": 0");
    }

    @Test
    void importSales_datesTheFileLeavesOpen_exitOne_untilTheOrderIsSaid() throws Exception {
        CliTest.Run open = run("import-sales", golden("generic-en-undecided.csv"), "--data", book.toString());
        assertThat(open.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(open.err().strip()).isEqualTo("rapport: The file's dates, like 03/04/2026, could be day first or"
                + " month first. Say which with --date-order dmy (day first) or mdy (month first); nothing was"
                + " imported.");
        CliTest.Run said = run("import-sales", golden("generic-en-undecided.csv"), "--date-order", "mdy", "--data",
                book.toString());
        assertThat(said.exit()).as(said.err()).isZero();
        assertThat(said.out()).contains("Added 3 purchases (1 new client)");
        assertThat(timeline("c-0001")).extracting(i -> i.at().toLocalDate().toString())
                .containsExactly("2026-05-06", "2026-03-04");
    }

    @Test
    void importSales_windows1252_isRefusedAsUtf8_andReadWhenNamed() throws Exception {
        CliTest.Run refused = run("import-sales", golden("generic-fr-1252.csv"), "--data", book.toString());
        assertThat(refused.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(refused.err()).contains("not valid UTF-8", "windows-1252");
        CliTest.Run read = run("import-sales", golden("generic-fr-1252.csv"), "--encoding", "windows-1252", "--data",
                book.toString());
        assertThat(read.exit()).as(read.err()).isZero();
        assertThat(read.out()).contains("Added 2 purchases (2 new clients)", "Line 4 (F-0003): a refund; not taken.");
    }

    @Test
    void importSales_aFileWithNoAmountColumn_exitOne() throws Exception {
        Path file = Files.writeString(dir.resolve("no-amount.csv"), "Date,Email\n2026-11-20,ana@example.com\n");
        CliTest.Run r = run("import-sales", file.toString(), "--data", book.toString());
        assertThat(r.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("rapport: No column of the file holds the amounts: choose it in the"
                + " column mapping.");
    }

    @Test
    void log_printsTheNewId_andKeepsWhatWasGiven() {
        CliTest.Run r = run("log", "--client", "c-0001", "--kind", "purchase", "--at", "2026-11-23T15:30",
                "--amount", "120.00", "--summary", "Wedding cake", "--notes", "Paid cash", "--data", book.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String id = r.out().strip();
        assertThat(id).matches("i-\\d{6}");
        Interaction logged = timeline("c-0001").get(0);
        assertThat(logged.id()).isEqualTo(id);
        assertThat(logged.kind()).isEqualTo(InteractionKind.PURCHASE);
        assertThat(logged.at()).hasToString("2026-11-23T15:30");
        assertThat(logged.amount()).isEqualByComparingTo("120");
        assertThat(logged.summary()).isEqualTo("Wedding cake");
        assertThat(logged.notes()).isEqualTo("Paid cash");
        assertThat(logged.direction()).hasToString("INBOUND");
        assertThat(logged.by()).isNotBlank();

        CliTest.Run now = run("log", "--client", "c-0002", "--kind", "THANK_YOU_CALL", "--experience", "positive",
                "--data", book.toString());
        assertThat(now.exit()).as(now.err()).isZero();
        assertThat(timeline("c-0002").get(0).at()).hasToString("2026-11-24T10:00");
    }

    @Test
    void log_badInput_exitsOneWithOneLine_andWritesNothing() {
        String[][] bad = {
            {"--client", "c-9999", "--kind", "CALL"},
            {"--client", "c-0001", "--kind", "TELEGRAM"},
            {"--client", "c-0001", "--kind", "CALL", "--at", "yesterday"},
            {"--client", "c-0001", "--kind", "CALL", "--at", "2026-02-30"},
            {"--client", "c-0001", "--kind", "CALL", "--at", "2026-11-25T09:00"},
            {"--client", "c-0001", "--kind", "PURCHASE", "--amount", "1e999999999"},
            {"--client", "c-0001", "--kind", "PURCHASE", "--amount", "-5"},
            {"--client", "c-0001", "--kind", "CALL", "--amount", "5.00"},
            {"--client", "c-0001", "--kind", "CALL", "--direction", "SIDEWAYS"},
            {"--client", "c-0001", "--kind", "CALL", "--experience", "GREAT"}};
        String[] says = {"There is no client \"c-9999\" in the book.", "Unknown kind \"TELEGRAM\": use CALL, VISIT,",
            "The date \"yesterday\" is not one", "The date \"2026-02-30\" is not one",
            "A contact cannot be in the future: 2026-11-25T09:00.",
            "At most 12 digits before the point and 3 after it (\"1e999999999\").",
            "The amount cannot be negative (\"-5\").", "An amount is for purchases, not for a call.",
            "Unknown direction \"SIDEWAYS\": use INBOUND, OUTBOUND.",
            "Unknown experience \"GREAT\": use POSITIVE, NEUTRAL, NEGATIVE."};
        for (int i = 0; i < bad.length; i++) {
            String[] args = Stream.concat(Stream.of("log"),
                    Stream.concat(Arrays.stream(bad[i]),
                            Stream.of("--data", book.toString()))).toArray(String[]::new);
            CliTest.Run r = run(args);
            assertThat(r.exit()).as(String.join(" ", bad[i])).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
            assertThat(r.err()).startsWith("rapport: " + says[i]);
            assertThat(r.out()).isEmpty();
        }
        assertThat(stats()).contains("\"interactions\": 0");
        assertThat(run("log", "--kind", "CALL", "--data", book.toString()).exit()).isEqualTo(Cli.USAGE);
    }
}
