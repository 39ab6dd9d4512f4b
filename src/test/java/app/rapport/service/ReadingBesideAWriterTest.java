package app.rapport.service;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.store.BookCopies;
import app.rapport.store.BookLock;
import app.rapport.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers ({@code stats}, {@code export}, {@code today}, {@code check}...) read beside the one
 * program that writes the book, without its lock: they never keep the app from starting nor an
 * import from running, and they never write, except to make or upgrade a book, under the lock.
 */
class ReadingBesideAWriterTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    void fillBook(int clients) {
        try (OpenBook book = OpenBook.open(dir, false, CLOCK, "test")) {
            for (int i = 1; i <= clients; i++) {
                book.clients().add(client("c-" + i).name("Zoë " + i, "Müller").build());
            }
        }
    }

    @Test
    void aReaderTakesNoLock_theAppStartsAndWritesBesideIt_andTheReaderSeesTheChange() {
        fillBook(2);
        try (OpenBook reader = OpenBook.openForReading(dir, CLOCK, "rapport export")) {
            assertThat(BookLock.isHeld(dir)).as("the book's lock while a reader has it open").isFalse();
            try (OpenBook app = OpenBook.open(dir, false, CLOCK, "the Rapport app", true)) {
                app.startCheck();
                app.clients().add(client("c-3").name("Ana", "Ruiz").build());
                assertThat(reader.stats().clients()).isEqualTo(3);
            }
            assertThat(reader.stats().clients()).isEqualTo(3);
        }
    }

    @Test
    void aReaderNeverWrites() {
        fillBook(1);
        try (OpenBook reader = OpenBook.openForReading(dir, CLOCK, "rapport stats")) {
            assertThatThrownBy(() -> reader.clients().add(client("c-9").name("No", "Body").build()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("only to read it");
        }
        try (OpenBook book = OpenBook.open(dir, false, CLOCK, "test")) {
            assertThat(book.stats().clients()).isEqualTo(1);
        }
    }

    @Test
    void aReaderOfAnOlderBook_upgradesItUnderTheLockWhenFree_andSaysWhyNotWhenHeld() throws Exception {
        fillBook(3);
        BackupServiceTest.makeFormat3(dir.resolve("rapport.db"));
        try (BookLock held = BookLock.acquire(dir, "the Rapport app")) {
            assertThatThrownBy(() -> OpenBook.openForReading(dir, CLOCK, "rapport stats"))
                    .isInstanceOf(ServiceException.class)
                    .hasMessageContaining("brought up to this version of Rapport before it can be read")
                    .hasMessageContaining("is open in the Rapport app");
        }
        assertThat(BookCopies.schemaVersion(dir.resolve("rapport.db"))).isEqualTo(3);
        try (OpenBook reader = OpenBook.openForReading(dir, CLOCK, "rapport stats")) {
            assertThat(reader.stats().clients()).isEqualTo(3);
            assertThat(BookLock.isHeld(dir)).isFalse();
        }
        assertThat(BackupFolder.list(dir)).hasSize(1); // taken before the upgrade, as the app does
    }

    @Test
    void aReaderOfAFolderWithoutABook_makesAnEmptyOne_underTheLockOnly() {
        try (OpenBook reader = OpenBook.openForReading(dir.resolve("new"), CLOCK, "rapport stats")) {
            assertThat(reader.stats().clients()).isZero();
            assertThat(BookLock.isHeld(dir.resolve("new"))).isFalse();
        }
    }
}
