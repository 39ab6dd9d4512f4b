package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.BookServices;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        try (BookServices app = BookServices.open(dir, false, CLOCK, "the Rapport app")) {
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
}
