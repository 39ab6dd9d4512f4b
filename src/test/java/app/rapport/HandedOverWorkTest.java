package app.rapport;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.channel.ChannelPlace;
import app.rapport.channel.ChannelServer;
import app.rapport.channel.Show;
import app.rapport.cli.Cli;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.service.OpenBook;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport log} and {@code import-sales} while the app has the book open: handed to the app
 * over the local channel (the app here is its book and its channel, without a window), written by
 * the app, with the same output, exit codes and one-line errors as the command run alone on a book
 * like it. With no app to answer, the command says the book is open, as before.
 */
class HandedOverWorkTest {
    /** 10:00 in Paris on Tuesday 24 November 2026, as SalesCliTest. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;
    /** The book the app has open, and one like it that the commands find alone. */
    Path appsFolder;
    Path aloneFolder;
    OpenBook app;
    ChannelServer channel;
    final List<String> shown = new CopyOnWriteArrayList<>();

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void books() {
        appsFolder = dir.resolve("apps-book");
        aloneFolder = dir.resolve("alone-book");
        for (Path folder : List.of(appsFolder, aloneFolder)) {
            try (OpenBook book = OpenBook.open(folder, false, CLOCK, "a test")) {
                book.clients().add(client("c-0001").name("Ana", "Ruiz").email("ana@example.com").build());
                book.clients().add(client("c-0002").name("Zoë", "Müller").email("zoe.muller@example.de").build());
            }
        }
    }

    /** The app: its book open (its lock held), listening on the channel with its requests. */
    void appRuns(List<ChannelServer.Handler> handlers) throws Exception {
        app = OpenBook.open(appsFolder, false, CLOCK, RapportApp.OWNER);
        channel = ChannelServer.start(ChannelPlace.forThisUser().orElseThrow(), appsFolder, handlers);
        channel.listening().get(10, TimeUnit.SECONDS);
    }

    void appRuns() throws Exception {
        appRuns(new HandedOverWork(() -> app, CLOCK, shown::add).handlers());
    }

    @AfterEach
    void appQuits() {
        if (channel != null) {
            channel.close();
        }
        if (app != null) {
            app.close();
        }
    }

    static Run rapport(Path folder, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = Stream.concat(Stream.of(args), Stream.of("--data", folder.toString())).toArray(String[]::new);
        int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK).execute(all);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String golden(String name) throws Exception {
        return Path.of(HandedOverWorkTest.class.getResource("/app/rapport/io/sales/" + name).toURI()).toString();
    }

    @Test
    void log_isWrittenByTheApp_whichSaysSo_andTheCommandPrintsTheNewId() throws Exception {
        appRuns();

        Run r = rapport(appsFolder, "log", "--client", "c-0001", "--kind", "purchase", "--at", "2026-11-23T15:30",
                "--amount", "120.00", "--summary", "Wedding cake");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        String id = r.out().strip();
        assertThat(id).matches("i-\\d{6}");
        Interaction logged = app.contacts().timeline("c-0001").get(0);
        assertThat(logged.id()).isEqualTo(id);
        assertThat(logged.kind()).isEqualTo(InteractionKind.PURCHASE);
        assertThat(logged.at()).hasToString("2026-11-23T15:30");
        assertThat(logged.amount()).isEqualByComparingTo("120");
        assertThat(logged.summary()).isEqualTo("Wedding cake");
        assertThat(shown).containsExactly("Logged a purchase for Ana Ruiz from a script.");
        assertThat(rapport(appsFolder, "log", "--client", "c-0002", "--kind", "EMAIL").exit()).isZero();
        assertThat(shown).last().isEqualTo("Logged an email for Zoë Müller from a script.");
    }

    @Test
    void log_badInput_isRefusedWithTheSameLineAsAlone_exitOne_andNothingWritten() throws Exception {
        appRuns();
        String[][] bad = {
            {"--client", "c-9999", "--kind", "CALL"},
            {"--client", "c-0001", "--kind", "TELEGRAM"},
            {"--client", "c-0001", "--kind", "CALL", "--at", "2026-02-30"},
            {"--client", "c-0001", "--kind", "CALL", "--at", "2026-11-25T09:00"},
            {"--client", "c-0001", "--kind", "PURCHASE", "--amount", "-5"},
            {"--client", "c-0001", "--kind", "CALL", "--amount", "5.00"},
            {"--client", "c-0001", "--kind", "CALL", "--experience", "GREAT"}};
        for (String[] options : bad) {
            String[] args = Stream.concat(Stream.of("log"), Stream.of(options)).toArray(String[]::new);
            Run alone = rapport(aloneFolder, args);
            Run handedOver = rapport(appsFolder, args);

            assertThat(handedOver).as(String.join(" ", options)).isEqualTo(alone);
            assertThat(handedOver.exit()).isEqualTo(Cli.BAD_INPUT);
            assertThat(handedOver.err().strip().lines()).hasSize(1);
        }
        assertThat(app.stats().interactions()).isZero();
        assertThat(shown).isEmpty();
    }

    @Test
    void importSales_reportsTheSameAsAlone_dryRunThenForReal_thenAgainAddsNothing() throws Exception {
        appRuns();
        for (String[] args : new String[][] {
            {"import-sales", golden("shopify-orders.csv"), "--dry-run"},
            {"import-sales", golden("shopify-orders.csv")},
            {"import-sales", golden("shopify-orders.csv"), "--new-clients", "skip"},
            {"import-sales", golden("generic-en-undecided.csv")},
            {"import-sales", golden("generic-en-undecided.csv"), "--date-order", "mdy", "--preset", "generic"},
            {"import-sales", golden("generic-fr-1252.csv")},
            {"import-sales", golden("generic-fr-1252.csv"), "--encoding", "windows-1252", "--dry-run"},
            {"import-sales", dir.resolve("no-such-file.csv").toString()}}) {
            Run alone = rapport(aloneFolder, args);
            Run handedOver = rapport(appsFolder, args);

            assertThat(handedOver).as(String.join(" ", args)).isEqualTo(alone);
        }
        assertThat(app.stats().interactions()).isEqualTo(7);
        assertThat(shown).containsExactly(
                "Imported sales from a script: Added 4 purchases (2 new clients); skipped 0 already in the book;"
                        + " 3 not taken.",
                "Imported sales from a script: Added 3 purchases (1 new client); skipped 0 already in the book;"
                        + " 0 not taken.");
        assertThat(rapport(appsFolder, "import-sales", golden("shopify-orders.csv")).out())
                .contains("Added 0 purchases; skipped 4 already in the book; 3 not taken.");
    }

    @Test
    void noAppToAnswer_andACommandHoldsTheBook_theCommandSaysTheBookIsOpen_asBefore() throws Exception {
        try (OpenBook held = OpenBook.open(appsFolder, false, CLOCK, "rapport import")) {
            Run r = rapport(appsFolder, "log", "--client", "c-0001", "--kind", "CALL");

            assertThat(r.exit()).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err())
                    .startsWith("rapport: The book in " + appsFolder + " is open in rapport import (process");
        }
    }

    @Test
    void anOlderAppThatDoesNotKnowTheRequest_theCommandSaysTheBookIsOpen_asBefore() throws Exception {
        appRuns(List.of(new Show(Runnable::run, () -> { })));

        Run r = rapport(appsFolder, "import-sales", golden("shopify-orders.csv"));

        assertThat(r.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).startsWith("rapport: The book in " + appsFolder + " is open in the Rapport app");
        assertThat(app.stats().interactions()).isZero();
    }

    @Test
    void aFileNamedFromTheCommandsFolder_isFoundByTheApp() throws Exception {
        appRuns();
        Path relative = Path.of("").toAbsolutePath().relativize(Path.of(golden("shopify-orders.csv")));

        Run r = rapport(appsFolder, "import-sales", relative.toString(), "--dry-run");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Read 8 rows as Shopify orders: 4 sales, 3 not taken.");
    }

    @Test
    void theAppReopeningItsBook_isAOneLineRefusal() throws Exception {
        appRuns(new HandedOverWork(() -> null, CLOCK, shown::add).handlers());
        app.close();
        app = null;

        Run r = rapport(appsFolder, "log", "--client", "c-0001", "--kind", "CALL");

        assertThat(r.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("rapport: The Rapport app is opening the book again: try again in a"
                + " moment.");
        assertThat(Files.exists(appsFolder)).isTrue();
    }
}
