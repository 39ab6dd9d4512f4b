package app.rapport.cli;

import static app.rapport.cli.CliTest.run;
import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.OpenBook;
import app.rapport.testutil.Mounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book on a read-only stick is read by every command that only reads, and the ones that write
 * say why they cannot in one line; a full disk is called a full disk, and a command it stops
 * leaves nothing big or half-written behind. (As root, the read-only folder and the small disk
 * are mounts; a test that cannot have them is skipped, saying why.)
 */
class ReadOnlyAndFullDiskTest {
    @TempDir
    Path dir;

    @Test
    void aBookInAReadOnlyFolder_isReadByTheReadingCommands_andWritersSaySoInOneLine() throws Exception {
        Path book = dir.resolve("book");
        assertThat(run("demo", "--clients", "40", "--data", book.toString()).exit()).isZero();
        Files.writeString(dir.resolve("in.json"), "{\"clients\": [{\"id\": \"c-x\", \"company\": \"A\"}]}");
        try (Mounts mounts = new Mounts()) {
            String stick = mounts.readOnly(book, dir.resolve("stick")).toString();
            CliTest.Run stats = run("stats", "--data", stick);
            assertThat(stats.exit()).as(stats.err()).isZero();
            assertThat(stats.out()).contains("\"clients\": 40");
            assertThat(stats.err()).isEmpty();
            CliTest.Run today = run("today", "--data", stick);
            assertThat(today.exit()).as(today.err()).isZero();
            assertThat(today.out()).startsWith("Follow-ups for ");
            CliTest.Run check = run("check", "--data", stick);
            assertThat(check.exit()).as(check.err()).isZero();
            assertThat(check.out()).contains("is sound");
            for (String name : List.of("out.json", "out.csv", "out.vcf", "out.ics")) {
                CliTest.Run export = run("export", dir.resolve(name).toString(), "--data", stick);
                assertThat(export.exit()).as(name + ": " + export.err()).isZero();
            }
            assertThat(Files.readString(dir.resolve("out.json"))).contains("\"clients\"");
            for (String[] writer : new String[][] {{"import", dir.resolve("in.json").toString()},
                {"demo", "--clients", "5"}, {"backup"}, {"restore", dir.resolve("in.json").toString()}}) {
                CliTest.Run r = run(Stream.concat(Stream.of(writer), Stream.of("--data", stick))
                        .toArray(String[]::new));
                assertThat(r.exit()).as(writer[0]).isEqualTo(Cli.BAD_INPUT);
                assertThat(r.err()).isEqualTo("rapport: The data folder " + stick + " is read-only: Rapport can read"
                        + " the book there (stats, today, export, check) but not change it." + System.lineSeparator());
            }
            assertThat(run("stats", "--data", Path.of(stick, "elsewhere").toString()).err())
                    .isEqualTo("rapport: There is no book in " + Path.of(stick, "elsewhere") + "."
                            + System.lineSeparator());
        }
        assertThat(run("stats", "--data", book.toString()).out()).contains("\"clients\": 40");
    }

    /** A book whose last changes are still in its log (the app was killed) on a read-only stick. */
    @Test
    void aReadOnlyBookWithItsLog_isReadWithTheLog_andWithoutItsSharedMemorySaysWhy() throws Exception {
        Path book = dir.resolve("book");
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Path bare = Files.createDirectories(dir.resolve("bare"));
        assertThat(run("demo", "--clients", "10", "--data", book.toString()).exit()).isZero();
        try (OpenBook app = OpenBook.open(book, false, CliTest.CLOCK, "the Rapport app")) {
            app.clients().add(client("c-new").name("Ana", "Ruiz").build());
            for (String name : List.of("rapport.db", "rapport.db-wal", "rapport.db-shm")) {
                Files.copy(book.resolve(name), copy.resolve(name));
                if (!name.endsWith("-shm")) {
                    Files.copy(book.resolve(name), bare.resolve(name));
                }
            }
        }
        assertThat(Files.size(copy.resolve("rapport.db-wal"))).isPositive();
        try (Mounts mounts = new Mounts()) {
            String withLog = mounts.readOnly(copy, dir.resolve("stick")).toString();
            CliTest.Run stats = run("stats", "--data", withLog);
            assertThat(stats.exit()).as(stats.err()).isZero();
            assertThat(stats.out()).contains("\"clients\": 11");
            String withoutShm = mounts.readOnly(bare, dir.resolve("stick2")).toString();
            CliTest.Run refused = run("stats", "--data", withoutShm);
            assertThat(refused.exit()).isEqualTo(Cli.BAD_INPUT);
            assertThat(refused.err()).contains("last changes are in rapport.db-wal", "read-only folder")
                    .doesNotContain("SQLITE");
        }
    }

    @Test
    void demo_onAFullDisk_saysTheDiskIsFull_andLeavesNoBigLogBehind() throws Exception {
        try (Mounts mounts = new Mounts()) {
            Path disk = mounts.smallDisk(dir.resolve("disk"), "2m");
            CliTest.Run demo = run("demo", "--clients", "3000", "--data", disk.toString());
            assertThat(demo.exit()).isEqualTo(Cli.BAD_INPUT);
            assertThat(demo.err()).isEqualTo("rapport: The disk is full: the change was not saved."
                    + System.lineSeparator());
            Path wal = disk.resolve("rapport.db-wal");
            assertThat(Files.exists(wal) ? Files.size(wal) : 0L).as("the log left behind").isZero();
            assertThat(run("stats", "--data", disk.toString()).out()).contains("\"clients\": 0");
            assertThat(run("check", "--data", disk.toString()).exit()).isZero();
        }
    }

    @Test
    void exportAndBackup_ontoAFullDisk_sayTheDiskIsFull_andLeaveNothingHalfWritten() throws Exception {
        Path book = dir.resolve("book");
        assertThat(run("demo", "--clients", "3000", "--data", book.toString()).exit()).isZero();
        try (Mounts mounts = new Mounts()) {
            Path disk = mounts.smallDisk(dir.resolve("disk"), "2m");
            CliTest.Run export = run("export", disk.resolve("book.json").toString(), "--data", book.toString());
            assertThat(export.exit()).isEqualTo(Cli.BAD_INPUT);
            assertThat(export.err()).isEqualTo("rapport: Cannot write " + disk.resolve("book.json")
                    + ": the disk is full." + System.lineSeparator());
            CliTest.Run backup = run("backup", "--to", disk.resolve("copies").toString(), "--data", book.toString());
            assertThat(backup.exit()).isEqualTo(Cli.BAD_INPUT);
            assertThat(backup.err())
                    .isEqualTo("rapport: The backup failed: the disk is full." + System.lineSeparator());
            try (Stream<Path> left = Files.walk(disk)) {
                assertThat(left.filter(Files::isRegularFile).toList()).as("files left on the full disk").isEmpty();
            }
        }
    }
}
