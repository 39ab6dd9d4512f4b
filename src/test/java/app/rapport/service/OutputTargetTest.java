package app.rapport.service;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.model.Address;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where exports, letters and backups may go: never over the book or anything in the data or
 * backup folder, however the path is spelled; never over what is not an ordinary file; and the
 * files written get the permissions any new file of the owner's gets.
 */
class OutputTargetTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Path data;
    Path outside;
    OpenBook book;

    @BeforeEach
    void open() throws Exception {
        data = dir.resolve("data");
        outside = Files.createDirectories(dir.resolve("outside"));
        book = OpenBook.open(data, false, CLOCK, "test");
        book.clients().add(client("c-1").name("Zoë", "Müller")
                .address(new Address("12 Main St", "Springfield", "IL", "62701", "US")).build());
        book.backups().backupNow();
    }

    @AfterEach
    void close() {
        book.close();
    }

    PrintablePdf letter() {
        return book.letters()
                .letters(List.of(book.letters().draft("c-1", "plain-note", null)), Optional.empty(), false);
    }

    /** Every way of writing a file the owner named, tried on {@code target}: each must be refused. */
    void everyWriterRefuses(Path target, String why) throws Exception {
        byte[] before = Files.exists(target) && Files.isRegularFile(target) ? Files.readAllBytes(target) : null;
        List<Runnable> writers = List.of(
                () -> book.transfer().exportBook(target),
                () -> book.contactExport().exportCsv(target, true),
                () -> book.contactExport().exportVcard(target),
                () -> book.contactExport().exportCalendar(target),
                () -> book.printing().save(letter(), target));
        for (Runnable writer : writers) {
            assertThatThrownBy(writer::run).isInstanceOf(ServiceException.class)
                    .hasMessageStartingWith("Cannot write " + target + ": ").hasMessageContaining(why)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
        if (before != null) {
            assertThat(Files.readAllBytes(target)).as("left as it was").isEqualTo(before);
        }
    }

    @Test
    void theBookItsJournalsAndItsLock_areRefused_howeverSpelled() throws Exception {
        everyWriterRefuses(data.resolve("rapport.db"), "it is the book itself");
        everyWriterRefuses(data.resolve("rapport.db-wal"), "part of the book");
        everyWriterRefuses(data.resolve("rapport.db-shm"), "part of the book");
        everyWriterRefuses(data.resolve("rapport.lock"), "the book's lock file");
        everyWriterRefuses(outside.resolve("../data/./rapport.db"), "it is the book itself");
        Path link = Files.createSymbolicLink(outside.resolve("letter.pdf"), data.resolve("rapport.db"));
        everyWriterRefuses(link, "it is the book itself");
        Path linkToFolder = Files.createSymbolicLink(outside.resolve("into-data"), data);
        everyWriterRefuses(linkToFolder.resolve("rapport.db"), "it is the book itself");
        Path dangling = Files.createSymbolicLink(outside.resolve("later.csv"), data.resolve("rapport.db-journal"));
        everyWriterRefuses(dangling, "part of the book");
        assertThat(book.stats().clients()).isEqualTo(1);
        assertThat(book.fileBackups().orElseThrow().check()).isEmpty();
    }

    @Test
    void aHardLinkToTheBook_isTheBook() throws Exception {
        Path link;
        try {
            link = Files.createLink(outside.resolve("copy.json"), data.resolve("rapport.db"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no hard links here: " + e);
            return;
        }
        everyWriterRefuses(link, "it is the book itself");
    }

    @Test
    void anythingInTheDataFolderOrTheBackupFolder_isRefused_evenWhenTheBackupFolderMoved() throws Exception {
        Path backup = BackupFolder.list(data).get(0).file();
        everyWriterRefuses(backup, "a backup of the book");
        everyWriterRefuses(data.resolve("clients.csv"), "inside the data folder " + data);
        everyWriterRefuses(data.resolve("sample-book/rapport.db"), "inside the data folder");
        Path moved = book.backups().moveFolder(dir.resolve("usb/backups"));
        everyWriterRefuses(moved.resolve(backup.getFileName()), "inside the backup folder");
        everyWriterRefuses(moved.resolve("letters.pdf"), "inside the backup folder " + moved);
    }

    @Test
    void whatIsNotAnOrdinaryFile_isRefused_notReplaced() throws Exception {
        everyWriterRefuses(outside, "it is a folder");
        assertThat(outside).isDirectory();
        Path devFull = Path.of("/dev/full");
        if (Files.exists(devFull)) {
            everyWriterRefuses(devFull, "not an ordinary file");
        }
        Path pipe = outside.resolve("pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here: the pipe case is skipped");
            return;
        }
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Assumptions.assumeTrue(mkfifo.exitValue() == 0, "mkfifo failed: the pipe case is skipped");
        everyWriterRefuses(pipe, "not an ordinary file");
        assertThat(Files.isRegularFile(pipe)).isFalse();
        assertThat(Files.exists(pipe)).isTrue();
    }

    @Test
    void aFileOutside_isWritten_andALinkToOneIsWrittenThrough() throws Exception {
        Path target = outside.resolve("real.csv");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(outside.resolve("link.csv"), target);
        assertThat(book.contactExport().exportCsv(link, false)).isEqualTo(1);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).contains("Müller");
        assertThat(outside).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void exports_haveThePermissionsOfAnyNewFile_notOwnerOnly() throws Exception {
        Assumptions.assumeTrue(outside.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions only");
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(outside.resolve("probe")));
        assertThat(usual).as("this test needs a umask that lets others read (such as 022)")
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        book.transfer().exportBook(outside.resolve("book.json"));
        book.contactExport().exportCsv(outside.resolve("clients.csv"), true);
        book.contactExport().exportVcard(outside.resolve("clients.vcf"));
        book.contactExport().exportCalendar(outside.resolve("follow-ups.ics"));
        book.printing().save(letter(), outside.resolve("letter.pdf"));
        for (String name : List.of("book.json", "clients.csv", "clients.vcf", "follow-ups.ics", "letter.pdf")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outside.resolve(name))))
                    .as(name).isEqualTo(PosixFilePermissions.toString(usual));
        }
    }

    @Test
    void backups_goToTheBackupFolderOrOutsideTheDataFolder_neverIntoIt() throws Exception {
        assertThatThrownBy(() -> book.fileBackups().orElseThrow().backupTo(data, false))
                .isInstanceOf(ServiceException.class)
                .hasMessageContaining("the data folder itself");
        assertThatThrownBy(() -> book.fileBackups().orElseThrow().backupTo(data.resolve("sample-book"), false))
                .hasMessageContaining("inside the data folder " + data);
        Path link = Files.createSymbolicLink(outside.resolve("data-link"), data);
        assertThatThrownBy(() -> book.fileBackups().orElseThrow().backupTo(link, false))
                .hasMessageContaining("the data folder itself");
        assertThatThrownBy(() -> book.fileBackups().orElseThrow().backupTo(data.resolve("rapport.db"), false))
                .hasMessageContaining("it is a file, not a folder");
        assertThat(book.fileBackups().orElseThrow().backupTo(data.resolve("backups"), false).getParent())
                .isEqualTo(data.resolve("backups").toRealPath());
        assertThat(book.fileBackups().orElseThrow().backupTo(outside.resolve("copies"), false).getParent())
                .isEqualTo(outside.resolve("copies").toRealPath());
        try (var files = Files.list(data)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .allMatch(n -> n.startsWith("rapport.") || n.equals("backups"));
        }
    }
}
