package app.rapport.cli;

import static app.rapport.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import FILE.csv|FILE.vcf} with its options, and {@code export FILE.csv|FILE.vcf|FILE.ics}. */
class ContactCliTest {
    @TempDir
    Path dir;

    static String golden(String name) throws Exception {
        return Path.of(ContactCliTest.class.getResource("/app/rapport/io/contacts/" + name).toURI()).toString();
    }

    @Test
    void importCsv_dryRunFirst_thenForReal_withAReport() throws Exception {
        String book = dir.resolve("book").toString();
        CliTest.Run dry = run("import", golden("google-contacts.csv"), "--dry-run", "--data", book);
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("Read 5 rows as Google Contacts.", "Would add 4, merge 0, skip 0; 1 problem.",
                "Line 9: no name and no company; skipped.");
        assertThat(run("stats", "--data", book).out()).contains("\"clients\": 0");
        CliTest.Run real = run("import", golden("google-contacts.csv"), "--data", book);
        assertThat(real.out()).contains("Added 4, merged 0, skipped 0");
        CliTest.Run again = run("import", golden("google-contacts.csv"), "--duplicates", "merge", "--data", book);
        assertThat(again.out()).contains("Added 0, merged 4, skipped 0");
        assertThat(run("stats", "--data", book).out()).contains("\"clients\": 4");
    }

    @Test
    void importCsv_notUtf8_exitsOneUnlessTheEncodingIsGiven() throws Exception {
        String book = dir.resolve("book").toString();
        CliTest.Run refused = run("import", golden("outlook-contacts-1252.csv"), "--data", book);
        assertThat(refused.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(refused.err()).contains("not valid UTF-8", "windows-1252");
        CliTest.Run read = run("import", golden("outlook-contacts-1252.csv"), "--encoding", "windows-1252",
                "--preset", "outlook", "--data", book);
        assertThat(read.exit()).isZero();
        assertThat(read.out()).contains("as Outlook", "Added 3");
        CliTest.Run lotus = run("import", golden("outlook-contacts.csv"), "--preset", "lotus", "--data", book);
        assertThat(lotus.exit()).isEqualTo(Cli.USAGE);
        assertThat(lotus.err()).contains("\"lotus\" is not one of google, outlook, rapport or generic");
    }

    @Test
    void importVcf_thenExportAllThreeFormats() throws Exception {
        String book = dir.resolve("book").toString();
        assertThat(run("import", golden("android.vcf"), "--data", book).out()).contains("Read 1 card.", "Added 1",
                "Card 2: no name");
        Path csv = dir.resolve("out.csv");
        Path vcf = dir.resolve("out.vcf");
        Path ics = dir.resolve("out.ics");
        assertThat(run("export", csv.toString(), "--bom", "--data", book).out()).contains("Exported 1 clients");
        assertThat(Files.readString(csv)).startsWith("\uFEFFid,firstName").contains("Łukasiewicz");
        assertThat(run("export", vcf.toString(), "--data", book).exit()).isZero();
        assertThat(Files.readString(vcf)).contains("VERSION:4.0", "FN:Agnieszka Łukasiewicz");
        assertThat(run("export", ics.toString(), "--data", book).out()).contains("follow-ups of the next 30 days");
        assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR");
    }

    @Test
    void export_ofEveryKind_intoTheDataFolder_exitsOneWithOneLine() throws Exception {
        Path book = dir.resolve("book");
        assertThat(run("import", golden("android.vcf"), "--data", book.toString()).exit()).isZero();
        for (String name : new String[] {"rapport.db", "rapport.db-wal", "out.json", "out.csv", "out.vcf", "out.ics"}) {
            CliTest.Run r = run("export", book.resolve(name).toString(), "--data", book.toString());
            assertThat(r.exit()).as(name).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err()).startsWith("rapport: Cannot write " + book.resolve(name));
            assertThat(r.err().strip().lines()).hasSize(1);
        }
        CliTest.Run device = run("export", "/dev/full", "--data", book.toString());
        if (Files.exists(Path.of("/dev/full"))) {
            assertThat(device.err()).contains("not an ordinary file");
        }
        assertThat(run("stats", "--data", book.toString()).out()).contains("\"clients\": 1");
    }
}
