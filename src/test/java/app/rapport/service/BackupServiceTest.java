package app.rapport.service;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.store.BookCopies;
import app.rapport.store.BookDamagedException;
import app.rapport.store.SqliteBookStore;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verified backups, their rotation, a damaged book found at start and restored, a damaged backup never offered. */
class BackupServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    Path fillBook(int clients) {
        try (OpenBook book = OpenBook.open(dir, false, CLOCK, "test")) {
            for (int i = 1; i <= clients; i++) {
                book.clients().add(client("c-" + i).name("Zoë " + i, "Müller").notes("x".repeat(500)).build());
                book.contacts().log(contact("new", "c-" + i).at("2026-11-0" + (1 + i % 9) + "T10:00").build());
            }
        }
        return dir.resolve(SqliteBookStore.BOOK_FILE);
    }

    /** Turns a book back into format 3, as a Rapport of that time wrote it. */
    static void makeFormat3(Path bookFile) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + bookFile);
             Statement s = c.createStatement()) {
            for (String table : new String[] {"clients", "follow_ups", "templates"}) { // V10's versions
                for (String column : new String[] {"version", "changed_by", "changed_at"}) {
                    s.execute("ALTER TABLE " + table + " DROP COLUMN " + column);
                }
            }
            s.execute("DROP TABLE settings_version");
            s.execute("DROP INDEX interactions_by_ref"); // V9's references and who logged
            s.execute("ALTER TABLE interactions DROP COLUMN ref");
            s.execute("ALTER TABLE interactions DROP COLUMN logged_by");
            s.execute("ALTER TABLE decisions DROP COLUMN decided_by");
            s.execute("DROP TABLE agenda_snapshots");
            s.execute("DROP TABLE book_changes");
            s.execute("DROP TABLE letters_sent");
            s.execute("DROP TABLE templates");
            s.execute("ALTER TABLE decisions DROP COLUMN action");
            s.execute("PRAGMA user_version = 3");
        }
    }

    @Test
    void backupNow_writesAVerifiedCopyWithTheSameRows_namedByTime() throws Exception {
        fillBook(30);
        try (OpenBook book = OpenBook.open(dir, false, CLOCK, "test")) {
            Path backup = book.backups().backupNow();
            assertThat(backup.getFileName().toString()).isEqualTo("rapport-20261123-101500.db");
            assertThat(backup.getParent()).isEqualTo(dir.resolve("backups"));
            assertThat(BookCopies.verify(backup)).containsEntry("clients", 30L).containsEntry("interactions", 30L);
            assertThat(book.backups().backupIfChanged()).isEmpty();
            book.clients().add(client("c-99").name("Ana", "Ruiz").build());
            Optional<Path> second = book.backups().backupIfChanged();
            assertThat(second).isPresent();
            assertThat(second.get().getFileName().toString()).isEqualTo("rapport-20261123-101500-2.db");
            assertThat(BookCopies.verify(second.get())).containsEntry("clients", 31L);
        }
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }

    @Test
    void rotation_keeps12Daily10Weekly9Monthly() throws Exception {
        fillBook(1);
        Path folder = dir.resolve("backups");
        Files.createDirectories(folder);
        Path template;
        try (OpenBook book = OpenBook.open(dir, false, CLOCK, "test")) {
            template = book.backups().backupNow();
        }
        LocalDate today = LocalDate.parse("2026-11-23");
        for (int day = 0; day < 500; day++) {
            for (int hour : new int[] {9, 17}) {
                LocalDateTime at = today.minusDays(day).atTime(hour, 0);
                Files.copy(template, folder.resolve("rapport-" + at.format(DateTimeFormatter
                        .ofPattern("yyyyMMdd-HHmmss")) + ".db"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.delete(template);
        Files.writeString(folder.resolve("notes.txt"), "not a backup");
        BackupRotation.prune(folder, today);
        List<BackupFolder.Backup> kept = BackupFolder.list(dir);
        List<LocalDateTime> times = kept.stream().map(BackupFolder.Backup::takenAt).toList();
        assertThat(times).contains(today.atTime(17, 0)).doesNotContain(today.atTime(9, 0));
        for (int day = 0; day < 12; day++) {
            assertThat(times).contains(today.minusDays(day).atTime(17, 0));
        }
        assertThat(times.stream()
                .map(t -> t.get(IsoFields.WEEK_BASED_YEAR) * 100 + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                .distinct().count()).isGreaterThanOrEqualTo(10);
        assertThat(times.stream().map(YearMonth::from).distinct().count()).isEqualTo(9);
        assertThat(kept.size()).isLessThanOrEqualTo(12 + 10 + 9);
        assertThat(folder.resolve("notes.txt")).exists();
    }

    @Test
    void damagedBook_isRefusedAtOpen_thenRestoredFromTheNewestSoundBackup() throws Exception {
        Path bookFile = fillBook(200);
        Path good;
        try (OpenBook book = OpenBook.open(dir, false, CLOCK, "test")) {
            good = book.backups().backupNow();
        }
        long size = Files.size(bookFile);
        try (RandomAccessFile f = new RandomAccessFile(bookFile.toFile(), "rw")) {
            f.seek(size / 2 - (size / 2) % 4096);
            f.write(new byte[4096 * 2]); // two pages of zeros where b-tree pages were
        }
        assertThatThrownBy(() -> OpenBook.open(dir, false, CLOCK, "test"))
                .isInstanceOf(DamagedBookException.class).hasMessageContaining("damaged");
        assertThat(BackupFolder.newestSound(dir)).map(BackupFolder.Backup::file).contains(good);

        RestoreService.Restored restored = RestoreService.restore(dir, good, CLOCK, "test");
        assertThat(restored.damagedKeptAs()).isPresent();
        assertThat(restored.damagedKeptAs().get().getFileName().toString())
                .isEqualTo("rapport.db.corrupt-20261123-101500");
        assertThat(restored.damagedKeptAs().get()).exists();
        try (OpenBook book = OpenBook.open(dir, false, CLOCK, "test")) {
            assertThat(book.stats().clients()).isEqualTo(200);
        }
    }

    @Test
    void truncatedBook_isDamaged_andAnEmptiedOneIsNeverTakenForANewBook() throws Exception {
        Path bookFile = fillBook(200);
        try (OpenBook book = OpenBook.open(dir, false, CLOCK, "test")) {
            book.backups().backupNow();
        }
        try (RandomAccessFile f = new RandomAccessFile(bookFile.toFile(), "rw")) {
            f.setLength(Files.size(bookFile) / 3);
        }
        assertThatThrownBy(() -> OpenBook.open(dir, false, CLOCK, "test")).isInstanceOf(DamagedBookException.class);
        try (RandomAccessFile f = new RandomAccessFile(bookFile.toFile(), "rw")) {
            f.setLength(0);
        }
        assertThatThrownBy(() -> OpenBook.open(dir, false, CLOCK, "test"))
                .isInstanceOf(DamagedBookException.class).hasMessageContaining("the file is empty");
    }

    @Test
    void anEmptiedBook_withoutAnyBackup_isDamagedToo_toReaders_andNotTouched() throws Exception {
        Path bookFile = fillBook(3);
        Files.write(bookFile, new byte[0]);
        assertThat(BackupFolder.list(dir)).isEmpty();
        assertThatThrownBy(() -> OpenBook.open(dir, false, CLOCK, "test"))
                .isInstanceOf(DamagedBookException.class).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> OpenBook.openForReading(dir, CLOCK, "rapport check"))
                .isInstanceOf(DamagedBookException.class).hasMessageContaining("the file is empty");
        assertThat(Files.size(bookFile)).isZero();
    }

    @Test
    void damagedBackup_isNeverOffered_norRestored() throws Exception {
        fillBook(200);
        Path older;
        Path newer;
        try (OpenBook book = OpenBook.open(dir, false, Clock.offset(CLOCK, Duration.ofDays(-1)), "test")) {
            older = book.backups().backupNow(); // yesterday's
        }
        try (OpenBook book = OpenBook.open(dir, false, CLOCK, "test")) {
            book.clients().add(client("c-x").name("Bo", "Lind").build());
            newer = book.backups().backupNow();
        }
        try (RandomAccessFile f = new RandomAccessFile(newer.toFile(), "rw")) {
            f.setLength(Files.size(newer) / 2);
        }
        assertThat(BackupFolder.newestSound(dir)).map(BackupFolder.Backup::file).contains(older);
        assertThatThrownBy(() -> RestoreService.restore(dir, newer, CLOCK, "test"))
                .hasMessageContaining("cannot be restored");
        try (OpenBook book = OpenBook.open(dir, false, CLOCK, "test")) {
            assertThat(book.stats().clients()).isEqualTo(201);
        }
    }

    @Test
    void restore_ofASoundBook_backsItUpFirst() {
        fillBook(5);
        Path backup;
        try (OpenBook book = OpenBook.open(dir, false, CLOCK, "test")) {
            backup = book.backups().backupNow();
            book.clients().add(client("c-new").name("Cy", "Nguyễn").build());
        }
        Clock later = Clock.offset(CLOCK, Duration.ofMinutes(5));
        RestoreService.Restored restored = RestoreService.restore(dir, backup, later, "test");
        assertThat(restored.previousBackedUp()).isPresent();
        assertThat(BookCopies.verify(restored.previousBackedUp().get())).containsEntry("clients", 6L);
        try (OpenBook book = OpenBook.open(dir, false, CLOCK, "test")) {
            assertThat(book.stats().clients()).isEqualTo(5);
        }
    }

    @Test
    void anOlderBook_isBackedUpBeforeItIsUpgraded() throws Exception {
        Path bookFile = fillBook(3);
        makeFormat3(bookFile);
        try (OpenBook book = OpenBook.open(dir, false, CLOCK, "test")) {
            assertThat(book.templates().all()).hasSize(7);
        }
        List<BackupFolder.Backup> backups = BackupFolder.list(dir);
        assertThat(backups).hasSize(1);
        assertThat(BookCopies.schemaVersion(backups.get(0).file())).isEqualTo(3);
        assertThat(BookCopies.verify(backups.get(0).file())).containsEntry("clients", 3L);
    }

    @Test
    void backupFolder_canBeMoved_andNewBackupsGoThere() {
        fillBook(2);
        Path elsewhere = dir.resolve("synced/Rapport backups");
        try (OpenBook book = OpenBook.open(dir, false, CLOCK, "test")) {
            Path first = book.backups().backupNow();
            book.backups().moveFolder(elsewhere);
            assertThat(elsewhere.resolve(first.getFileName())).exists();
            book.clients().add(client("c-z").name("Di", "Ng").build());
            assertThat(book.backups().backupNow().getParent()).isEqualTo(elsewhere);
        }
        assertThat(BackupFolder.of(dir)).isEqualTo(elsewhere);
    }

    @Test
    void checkInBackground_readsGoOn_theCheckWaitsForItsStartOrAChange_changesAreRefusedWhenDamaged()
            throws Exception {
        Path bookFile = fillBook(200);
        try (OpenBook book = OpenBook.open(dir, false, CLOCK, "test", true)) {
            assertThat(book.stats().clients()).isEqualTo(200);
            book.clients().add(client("c-new").name("Ana", "Ruiz").build()); // starts the check, waits, it passes
            AtomicReference<DamagedBookException> told = new AtomicReference<>();
            book.whenDamaged(told::set);
            assertThat(told.get()).isNull();
        }
        long size = Files.size(bookFile);
        try (RandomAccessFile f = new RandomAccessFile(bookFile.toFile(), "rw")) {
            f.seek(size / 2 - (size / 2) % 4096);
            f.write(new byte[4096 * 2]);
        }
        try (OpenBook book = OpenBook.open(dir, false, CLOCK, "test", true)) {
            CompletableFuture<DamagedBookException> told = new CompletableFuture<>();
            book.whenDamaged(told::complete);
            assertThat(told).as("the check waits until it is started (the app: once its window is drawn)")
                    .isNotDone();
            book.startCheck();
            assertThat(told.get(30, TimeUnit.SECONDS).getMessage()).contains("damaged");
            assertThatThrownBy(() -> book.clients().add(client("c-x").name("Bo", "Lind").build()))
                    .as("no change is written to a book that failed its check")
                    .isInstanceOf(BookDamagedException.class);
        }
        try (OpenBook book = OpenBook.open(dir, false, CLOCK, "test", true)) {
            Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                    assertThatThrownBy(() -> book.clients().add(client("c-y").name("Cy", "Park").build()))
                            .as("a change made before the check was started starts it, and waits for it")
                            .isInstanceOf(BookDamagedException.class));
        }
        assertThatThrownBy(() -> OpenBook.open(dir, false, CLOCK, "test"))
                .as("without the background check, the damage is found before the book opens")
                .isInstanceOf(DamagedBookException.class);
    }
}
