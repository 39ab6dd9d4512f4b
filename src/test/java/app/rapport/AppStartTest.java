package app.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.cli.Cli;
import app.rapport.service.DataFolder;
import java.io.PrintStream;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The plain app starts are read without the command-line parser, and read as the parser reads them. */
class AppStartTest {
    static Cli.Parsed parser(String... args) {
        PrintStream none = new PrintStream(PrintStream.nullOutputStream());
        return new Cli(none, none, Clock.systemUTC()).parse(args);
    }

    @Test
    void plainStarts_areReadAsTheParserReadsThem() {
        String[][] starts = {
            {}, {"--data", "/tmp/book"}, {"--data=/tmp/book"}, {"--background"},
            {"--data", "/tmp/book", "--background"}, {"--background", "--data=/tmp/other book"},
        };
        for (String[] args : starts) {
            AppStart start = AppStart.of(args).orElseThrow();
            Cli.Parsed parsed = parser(args);
            assertThat(parsed.isCommand()).isFalse();
            assertThat(start.dataFolder()).isEqualTo(parsed.dataFolder());
            assertThat(start.background()).isEqualTo(parsed.background());
        }
        assertThat(AppStart.of(new String[0]).orElseThrow().dataFolder()).isEqualTo(DataFolder.resolve(null));
    }

    @Test
    void anythingElse_isLeftToTheParser() {
        String[][] others = {
            {"stats"}, {"--data", "/tmp/book", "today", "--json"}, {"--help"}, {"--version"}, {"--data"},
            {"--data", "--background"}, {"--data="}, {"--background", "--background"},
            {"--data", "a", "--data", "b"}, {"-x"},
        };
        for (String[] args : others) {
            assertThat(AppStart.of(args)).as(String.join(" ", args)).isEmpty();
        }
    }
}
