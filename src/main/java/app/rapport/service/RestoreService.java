package app.rapport.service;

import app.rapport.store.BookCopies;
import app.rapport.store.BookLock;
import app.rapport.store.Database;
import app.rapport.store.SqliteBookStore;
import app.rapport.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Putting a backup in place of the book, with the book closed and its lock held; the book it
 * replaces is backed up first, or kept aside when damaged.
 */
public final class RestoreService {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);

    private RestoreService() {
    }

    /** What a restore did. */
    public record Restored(Path from, Optional<Path> previousBackedUp, Optional<Path> damagedKeptAs) {
    }

    /**
     * Replaces the book in {@code dataFolder} with a backup, holding the book's lock (so never
     * while the app has it open): the backup is checked first; the current book is backed up when
     * sound, or kept aside as {@code rapport.db.corrupt-<time>} when damaged; then the backup is
     * put in its place.
     *
     * @param holder who takes the lock meanwhile ("rapport restore"), as {@link BookLock#acquire} says
     */
    public static Restored restore(Path dataFolder, Path backup, Clock clock, String holder) {
        DataFolder.refuseReadOnly(dataFolder);
        try (BookLock lock = BookLock.acquire(dataFolder, holder)) {
            return restoreLocked(dataFolder, backup, clock);
        }
    }

    private static Restored restoreLocked(Path dataFolder, Path backup, Clock clock) {
        try {
            BookCopies.verify(backup);
        } catch (StoreException e) {
            throw new ServiceException("That backup cannot be restored: " + e.getMessage(), e);
        }
        int version = BookCopies.schemaVersion(backup);
        if (version > Database.supportedVersion()) {
            throw new ServiceException("That backup was made by a newer Rapport (book format " + version
                    + "); install the newer Rapport to restore it.");
        }
        Path bookFile = dataFolder.resolve(SqliteBookStore.BOOK_FILE);
        Optional<Path> saved = Optional.empty();
        Optional<Path> aside = Optional.empty();
        if (Files.exists(bookFile)) {
            if (isSound(bookFile)) {
                Path target = BackupFolder.freeName(BackupFolder.of(dataFolder), LocalDateTime.now(clock));
                BookCopies.copyClosed(bookFile, target);
                saved = Optional.of(target);
            } else {
                aside = Optional.of(keepAside(bookFile, clock));
            }
        }
        BookCopies.install(backup, bookFile);
        LOG.info("Book restored from {} (previous book: {}, damaged kept as: {})", backup, saved, aside);
        return new Restored(backup, saved, aside);
    }

    private static boolean isSound(Path bookFile) {
        try {
            BookCopies.verify(bookFile);
            return true;
        } catch (StoreException e) {
            return false;
        }
    }

    /** Moves a damaged book aside as {@code rapport.db.corrupt-<time>}; returns where it went. */
    private static Path keepAside(Path bookFile, Clock clock) {
        Path aside = bookFile.resolveSibling(bookFile.getFileName() + ".corrupt-"
                + BackupFolder.stamp(LocalDateTime.now(clock)));
        BookCopies.moveAside(bookFile, aside);
        return aside;
    }
}
