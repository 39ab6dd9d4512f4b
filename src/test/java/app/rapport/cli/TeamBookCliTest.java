package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testutil.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FORMATS.md's team book on the command line: --book and RAPPORT_BOOK, share --to, what only a file has. */
class TeamBookCliTest {
    @TempDir
    Path dir;
    Path local;
    String url;

    @BeforeEach
    void shareASampleBook() {
        TestPostgres.Server server = TestPostgres.server();
        url = server.bookUrl(TestPostgres.newDatabase());
        local = dir.resolve("local");
        assertThat(run(Map.of(), "demo", "--clients", "40", "--seed", "3", "--as-of", "2026-11-20", "--data",
                local.toString()).exit()).isZero();
        CliTest.Run shared = run(Map.of(), "share", "--to", url, "--data", local.toString());
        assertThat(shared.exit()).as(shared.err()).isZero();
        assertThat(shared.out()).startsWith("Shared the book into the team book ").contains(" 40 clients and ");
    }

    @Test
    void theSharedBook_givesTheSameAgendaAndExport_asTheBookItCameFrom() throws Exception {
        Path computer = dir.resolve("computer");
        String fromFile = run(Map.of(), "today", "--json", "--as-of", "2026-11-20", "--data", local.toString()).out();
        CliTest.Run fromTeam = run(Map.of(), "today", "--json", "--as-of", "2026-11-20", "--book", url, "--data",
                computer.toString());
        assertThat(fromTeam.exit()).as(fromTeam.err()).isZero();
        assertThat(fromTeam.out()).isEqualTo(fromFile).contains("\"followUps\"");

        assertThat(run(Map.of(), "export", dir.resolve("a.json").toString(), "--data", local.toString()).exit())
                .isZero();
        assertThat(run(Map.of(), "export", dir.resolve("b.json").toString(), "--book", url, "--data",
                computer.toString()).exit()).isZero();
        assertThat(withoutExportTime(Files.readString(dir.resolve("b.json"))))
                .isEqualTo(withoutExportTime(Files.readString(dir.resolve("a.json"))));
    }

    @Test
    void rapportBook_namesTheTeamBook_forEveryCommand_andLogWritesToIt() {
        Map<String, String> env = Map.of(RapportCommand.ENV_BOOK, url);
        String before = run(env, "stats", "--data", dir.resolve("c").toString()).out();
        CliTest.Run logged = run(env, "log", "--client", "c-0001", "--kind", "CALL", "--at", "2026-11-20T10:00",
                "--summary", "Rang about the order", "--data", dir.resolve("c").toString());
        assertThat(logged.exit()).as(logged.err()).isZero();
        assertThat(logged.out().strip()).startsWith("i-");
        String after = run(env, "stats", "--data", dir.resolve("c").toString()).out();
        assertThat(interactions(after)).isEqualTo(interactions(before) + 1);
        assertThat(interactions(run(Map.of(), "stats", "--data", local.toString()).out()))
                .as("the book it was shared from is its own").isEqualTo(interactions(before));
    }

    @Test
    void sharingAgain_intoABookThatHoldsClients_isRefused_andChangesNothing() {
        String before = run(Map.of(), "stats", "--book", url).out();
        CliTest.Run again = run(Map.of(), "share", "--to", url, "--data", local.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already holds clients or contacts").hasLineCount(1);
        assertThat(run(Map.of(), "stats", "--book", url).out()).isEqualTo(before);
    }

    @Test
    void whatOnlyABookFileHas_saysWhatToDoInstead() {
        for (String[] command : new String[][] {{"backup"}, {"check"}, {"restore", "x.db"}}) {
            String[] args = new String[command.length + 2];
            System.arraycopy(command, 0, args, 0, command.length);
            args[command.length] = "--book";
            args[command.length + 1] = url;
            CliTest.Run r = run(Map.of(), args);
            assertThat(r.exit()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(r.err()).contains("server").hasLineCount(1);
        }
    }

    @Test
    void anExportOfTheTeamBook_intoThisComputersDataFolder_isRefused_asForABookFile() {
        Path computer = dir.resolve("computer");
        assertThat(run(Map.of(), "stats", "--book", url, "--data", computer.toString()).exit()).isZero();
        CliTest.Run refused = run(Map.of(), "export", computer.resolve("backups/mine.json").toString(), "--book", url,
                "--data", computer.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).hasLineCount(1);
        assertThat(computer.resolve("backups/mine.json")).doesNotExist();
    }

    @Test
    void aWrongAddress_orAMissingDatabase_isOneLine() {
        CliTest.Run wrong = run(Map.of(), "stats", "--book", "postgresql://db/rapport?password=x");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("never in the address").hasLineCount(1);
        CliTest.Run missing = run(Map.of(), "stats", "--book", url.replace("/rapport_test", "/no_such_db_"));
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("There is no database no_such_db_").hasLineCount(1);
    }

    private static long interactions(String statsJson) {
        return Long.parseLong(statsJson.replaceAll("(?s).*\"interactions\"\\s*:\\s*(\\d+).*", "$1"));
    }

    private static String withoutExportTime(String json) {
        return json.replaceAll("\"exportedAt\"\\s*:\\s*\"[^\"]*\"", "");
    }

    static CliTest.Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CliTest.CLOCK, env).execute(args);
        return new CliTest.Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
