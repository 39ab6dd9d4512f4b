package app.rapport.cli;

import static app.rapport.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup}, {@code check}, {@code restore}, and what every command says about a damaged book. */
class BackupCliTest {
    @TempDir
    Path dir;

    @Test
    void backup_check_damage_restore() throws Exception {
        Path book = dir.resolve("book");
        assertThat(run("demo", "--clients", "300", "--data", book.toString()).exit()).isZero();
        CliTest.Run backup = run("backup", "--data", book.toString());
        assertThat(backup.exit()).isZero();
        Path backupFile = Path.of(backup.out().strip());
        assertThat(backupFile).exists().hasParent(book.resolve("backups"));
        assertThat(run("check", "--data", book.toString()).out()).contains("is sound");

        Path other = dir.resolve("elsewhere");
        CliTest.Run copy = run("backup", "--to", other.toString(), "--data", book.toString());
        assertThat(Path.of(copy.out().strip())).hasParent(other);

        Path bookFile = book.resolve("rapport.db");
        long size = Files.size(bookFile);
        try (RandomAccessFile f = new RandomAccessFile(bookFile.toFile(), "rw")) {
            f.seek(size / 2 - (size / 2) % 4096);
            f.write(new byte[4096 * 4]);
        }
        CliTest.Run check = run("check", "--data", book.toString());
        assertThat(check.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(check.err()).contains("damaged", "restore it with", "rapport restore " + backupFile);
        CliTest.Run stats = run("stats", "--data", book.toString());
        assertThat(stats.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(stats.err()).contains("damaged", "rapport restore");

        CliTest.Run restore = run("restore", backupFile.toString(), "--data", book.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("The damaged book is kept as", "rapport.db.corrupt-");
        assertThat(run("stats", "--data", book.toString()).out()).contains("\"clients\": 300");
        assertThat(run("check", "--data", book.toString()).exit()).isZero();
    }

    @Test
    void restore_ofSomethingThatIsNotABackup_changesNothing() throws Exception {
        Path book = dir.resolve("book");
        assertThat(run("demo", "--clients", "20", "--data", book.toString()).exit()).isZero();
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "this is not a database at all, just text".repeat(200));
        CliTest.Run restore = run("restore", junk.toString(), "--data", book.toString());
        assertThat(restore.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(restore.err()).contains("cannot be restored");
        assertThat(run("stats", "--data", book.toString()).out()).contains("\"clients\": 20");
    }

    @Test
    void backupTo_theDataFolderOrAFolderInIt_isRefused_theBackupFolderAndElsewhereAreFine() throws Exception {
        Path book = dir.resolve("book");
        assertThat(run("demo", "--clients", "5", "--data", book.toString()).exit()).isZero();
        for (Path to : new Path[] {book, book.resolve("inside"), book.resolve("rapport.db"),
                dir.resolve("book/../book")}) {
            CliTest.Run r = run("backup", "--to", to.toString(), "--data", book.toString());
            assertThat(r.exit()).as(to.toString()).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err()).startsWith("rapport: Cannot put a backup in " + to);
            assertThat(r.err().strip().lines()).hasSize(1);
        }
        assertThat(book.resolve("inside")).doesNotExist();
        assertThat(run("backup", "--to", book.resolve("backups").toString(), "--data", book.toString()).exit())
                .isZero();
        assertThat(run("backup", "--to", dir.resolve("usb").toString(), "--data", book.toString()).exit()).isZero();
        assertThat(run("check", "--data", book.toString()).exit()).isZero();
    }

    /** A book file of no bytes, a zeroed header or text is damaged, with or without backups, never a new book. */
    @Test
    void emptiedOrHeaderlessBook_isDamaged_forEveryCommand_withoutBackupsToo() throws Exception {
        Path book = dir.resolve("book");
        assertThat(run("demo", "--clients", "5", "--data", book.toString()).exit()).isZero();
        Path bookFile = book.resolve("rapport.db");
        byte[] sound = Files.readAllBytes(bookFile);
        byte[] headerless = sound.clone();
        Arrays.fill(headerless, 0, 100, (byte) 0);
        for (byte[] content : new byte[][] {new byte[0], headerless, "a shopping list".getBytes()}) {
            Files.write(bookFile, content);
            for (String command : new String[] {"stats", "check", "today"}) {
                CliTest.Run r = run(command, "--data", book.toString());
                assertThat(r.exit()).as(command + " on " + content.length + " bytes").isEqualTo(Cli.BAD_INPUT);
                assertThat(r.out()).doesNotContain("sound", "\"clients\"", "Follow-ups");
                assertThat(r.err()).contains("is damaged", "there is no sound backup");
            }
            assertThat(Files.readAllBytes(bookFile)).isEqualTo(content);
        }
        Files.write(bookFile, new byte[0]);
        assertThat(run("check", "--data", book.toString()).err()).contains("the file is empty");
    }
}
