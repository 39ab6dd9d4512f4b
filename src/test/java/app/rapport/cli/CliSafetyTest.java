package app.rapport.cli;

import static app.rapport.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line prints is safe on a terminal (no control character of the book reaches it
 * raw), enumerated options refuse other values as usage errors, and no error shows the libraries'
 * words.
 */
class CliSafetyTest {
    /** ESC [2J clears the screen, ESC ]0; retitles the window, BEL rings, NUL, and a line break. */
    static final String NASTY = "Ana\u001b[2J\u001b]0;pwned\u0007\u0000\nRuiz";

    @TempDir
    Path dir;

    static void assertNoRawControls(String printed) {
        assertThat(printed.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F
                || c >= 0x80 && c <= 0x9F)).as(printed).isEmpty();
    }

    /** A book whose client's name is {@link #NASTY}, with a follow-up due on 22 November 2026. */
    String nastyBook() throws Exception {
        String book = dir.resolve("book").toString();
        Path json = dir.resolve("nasty.json");
        new ObjectMapper().writeValue(json.toFile(), new ObjectMapper().readTree("""
                {"clients": [{"id": "c-1", "company": "x"}],
                 "followUps": [{"id": "f-1", "clientId": "c-1", "due": "2026-11-22", "note": "call"}]}
                """.replace("\"company\": \"x\"", "\"firstName\": " + new ObjectMapper().writeValueAsString(NASTY))));
        assertThat(run("import", json.toString(), "--data", book).exit()).isZero();
        return book;
    }

    @Test
    void today_printsNamesEscaped_andItsJsonStaysValid() throws Exception {
        String book = nastyBook();
        CliTest.Run text = run("today", "--as-of", "2026-11-22", "--data", book);
        assertThat(text.exit()).isZero();
        assertNoRawControls(text.out());
        assertThat(text.out()).contains("Ana\\u001b[2J\\u001b]0;pwned\\u0007\\u0000\\nRuiz");
        CliTest.Run json = run("today", "--as-of", "2026-11-22", "--json", "--data", book);
        assertNoRawControls(json.out());
        JsonNode agenda = new ObjectMapper().readTree(json.out());
        assertThat(agenda.path("followUps").get(0).path("clientName").asText()).isEqualTo(NASTY);
    }

    @Test
    void errorsAndReports_printBookTextEscaped() throws Exception {
        String book = nastyBook();
        Files.writeString(dir.resolve("clash.json"), "{\"clients\": [{\"id\": \"c-1\", \"company\": \"Other\"}]}");
        CliTest.Run clash = run("import", dir.resolve("clash.json").toString(), "--data", book);
        assertThat(clash.exit()).isEqualTo(Cli.BAD_INPUT);
        assertNoRawControls(clash.err());
        assertThat(clash.err()).contains("Ana\\u001b[2J").hasLineCount(1);

        Files.writeString(dir.resolve("people.csv"), "Name,Email\n\"Bo\u001b[31m Lind\",bo@example.com\n"
                + "\"Bo\u001b[31m Lind\",bo@example.com\n", StandardCharsets.UTF_8);
        CliTest.Run report = run("import", dir.resolve("people.csv").toString(), "--data", book);
        assertThat(report.exit()).isZero();
        assertNoRawControls(report.out());
        assertThat(report.out()).contains("Line 3: Bo\\u001b[31m Lind — twice in the file (same email bo@example.com"
                + " as line 2); skipped.");
    }

    @Test
    void wroteLines_ofEveryCommand_holdNoRawControlCharacter() throws Exception {
        String book = nastyBook();
        Path out = dir.resolve("clients\u001b[8m.csv");
        CliTest.Run export = run("export", out.toString(), "--data", book);
        assertThat(export.exit()).isZero();
        assertNoRawControls(export.out());
        assertThat(export.out()).contains("clients\\u001b[8m.csv");

        CliTest.Run letter = run("letter", "--client", "c-1", "--out", dir.resolve("ana.pdf").toString(),
                "--data", book);
        assertThat(letter.exit()).isZero();
        assertThat(letter.out()).as("the name's line break stays inside the one line").hasLineCount(1)
                .contains("Ana\\u001b[2J");
        assertNoRawControls(letter.err());
    }

    @Test
    void unknownValuesOfEnumeratedOptions_areUsageErrors_listingTheValidOnes() throws Exception {
        Files.writeString(dir.resolve("x.csv"), "Name\nAna\n");
        String csv = dir.resolve("x.csv").toString();
        String data = dir.resolve("book").toString();
        String[][] cases = {
            {"import", csv, "--preset", "lotus", "google, outlook, rapport or generic"},
            {"import", csv, "--duplicates", "maybe", "skip, merge or add"},
            {"import", csv, "--encoding", "klingon", "UTF-8, UTF-16, UTF-16LE, UTF-16BE, windows-1252"},
            {"labels", "--layout", "avery-0000", "--out", dir.resolve("l.pdf").toString(), "avery-5160 or avery-l7160"},
        };
        for (String[] c : cases) {
            String[] args = new String[c.length + 1];
            System.arraycopy(c, 0, args, 0, c.length - 1);
            args[c.length - 1] = "--data";
            args[c.length] = data;
            CliTest.Run run = run(args);
            assertThat(run.exit()).as(String.join(" ", c)).isEqualTo(Cli.USAGE);
            assertThat(run.err()).as(String.join(" ", c)).contains(c[c.length - 1]);
        }
        assertThat(run("import", csv, "--preset", "GOOGLE", "--duplicates", "Merge", "--data", data).exit()).isZero();
    }

    @Test
    void errors_neverShowTheLibrariesWords() throws Exception {
        Files.writeString(dir.resolve("long.json"), "{\"clients\": [{\"id\": \"c-1\", \"company\": \"A\", \"x\": 1"
                + "0".repeat(1500) + "}]}");
        CliTest.Run run = run("import", dir.resolve("long.json").toString(), "--data", dir.resolve("book").toString());
        assertThat(run.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).hasLineCount(1).contains("client c-1 (line 1)", "a number longer than 1000 characters")
                .doesNotContain("StreamReadConstraints", "com.fasterxml", "Exception", "`");
    }

    @Test
    void aDateThatIsNoDate_isBadInput_inOneLine_forEveryCommandThatTakesOne() {
        String book = dir.resolve("book").toString();
        for (String command : List.of("today", "insight", "demo")) {
            CliTest.Run run = command.equals("demo")
                    ? run(command, "--clients", "3", "--as-of", "2026-13-45", "--data", book)
                    : run(command, "--as-of", "2026-13-45", "--data", book);
            assertThat(run.exit()).as(command).isEqualTo(Cli.BAD_INPUT);
            assertThat(run.err()).as(command)
                    .isEqualTo("rapport: --as-of 2026-13-45 is not a date: write it YYYY-MM-DD."
                    + System.lineSeparator());
        }
    }
}
