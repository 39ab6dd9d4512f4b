package app.rapport.service;

import app.rapport.store.BookDamagedException;
import app.rapport.store.BookLock;
import app.rapport.store.BookLockedException;
import app.rapport.store.SqliteBookStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** Opening a book file in a data folder: its lock, a damaged book, a read-only folder, an older book's upgrade. */
final class LocalBooks {
    private LocalBooks() {
    }

    /**
     * Locks and opens the book in {@code dataFolder}; with {@code checkInBackground} the book's
     * check runs while it is read, from {@link OpenBook#startCheck()} or the first change on, every change
     * waits for it, and {@link OpenBook#whenDamaged} says if it failed; and today's agenda is saved
     * whenever it is planned (so that the next start can show it at once). The app opens its book
     * so; commands check before they start, and save nothing ahead ({@code demo} excepted).
     */
    static OpenBook open(Path dataFolder, boolean sample, Clock clock, String holder,
            boolean checkInBackground) {
        DataFolder.refuseReadOnly(dataFolder);
        BookLock lock = BookLock.acquire(dataFolder, holder);
        try {
            SqliteBookStore store = SqliteBookStore.open(dataFolder, BackupService.beforeUpgrade(dataFolder, clock),
                    checkInBackground);
            return new OpenBook(dataFolder, sample, lock, store, store.database(), Optional.empty(), clock,
                    checkInBackground);
        } catch (BookDamagedException e) {
            lock.close();
            throw new DamagedBookException(dataFolder, e.reason(), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens the book only to read it, without its lock: readers read beside the one program that
     * writes it (the app, an import), and never keep it from starting. Nothing is written then,
     * with one exception: a book that does not exist yet is made, and one in an older format is
     * upgraded first (a backup taken before), holding the lock for that alone; when another
     * program holds it, the older book cannot be read until that program lets go. A book in a
     * read-only folder is read as it lies.
     */
    static OpenBook openForReading(Path dataFolder, Clock clock, String holder) {
        Path bookFile = dataFolder.resolve(SqliteBookStore.BOOK_FILE);
        try {
            if (!Files.exists(bookFile)) {
                if (DataFolder.isReadOnly(dataFolder)) {
                    throw new ServiceException("There is no book in " + dataFolder + ".");
                }
                prepare(dataFolder, clock, holder);
            }
            SqliteBookStore store = SqliteBookStore.openForReading(dataFolder);
            if (store.database().needsUpgrade()) {
                store.close();
                prepare(dataFolder, clock, holder);
                store = SqliteBookStore.openForReading(dataFolder);
            }
            try {
                return new OpenBook(dataFolder, false, null, store, store.database(), Optional.empty(), clock, false);
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        } catch (BookDamagedException e) {
            throw new DamagedBookException(dataFolder, e.reason(), e);
        }
    }

    /** Makes or upgrades the book, holding its lock for that alone. */
    private static void prepare(Path dataFolder, Clock clock, String holder) {
        if (DataFolder.isReadOnly(dataFolder)) {
            throw new ServiceException("The book in " + dataFolder + " must be brought up to this version of Rapport"
                    + " before it can be read, and its folder is read-only: open it once where it can be written.");
        }
        BookLock lock;
        try {
            lock = BookLock.acquire(dataFolder, holder);
        } catch (BookLockedException e) {
            throw new ServiceException("The book must be brought up to this version of Rapport before it can be"
                    + " read, and only one program may change it at a time. " + e.getMessage(), e);
        }
        try (lock) {
            SqliteBookStore.open(dataFolder, BackupService.beforeUpgrade(dataFolder, clock)).close();
        }
    }
}
