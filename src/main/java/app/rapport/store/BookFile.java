package app.rapport.store;

import app.rapport.store.SqliteConnections.Access;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The book's file on disk: a new one is made whole or not at all, one that holds nothing is
 * refused, one in a folder that cannot be written is read as it lies; and its write-ahead log is
 * cut back after a full disk.
 */
final class BookFile {
    private static final Logger LOG = LoggerFactory.getLogger(BookFile.class);

    private BookFile() {
    }

    /**
     * A book file that holds nothing (a full disk, a bad sync, a copy cut short) is damaged, never
     * taken for a new book: only a folder without a book file starts a new one.
     */
    static void refuseEmpty(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("The book " + file + " is not a file.");
        }
        try {
            if (Files.size(file) == 0) {
                throw new BookDamagedException(file, "the file is empty", null);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read the book " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes a new, empty book at {@code file}, whole or not at all: written beside it (every
     * migration run, its log folded in), synced, then moved to its name, so that a first start cut
     * short leaves no file that could be taken for a book. The write-ahead log of a book whose file
     * is gone is refused (SQLite would apply its changes to the new file) unless it holds nothing.
     */
    static void create(Path file) {
        Path wal = BookCopies.sibling(file, "-wal");
        Path fresh = BookCopies.sibling(file, ".new");
        try {
            if (Files.exists(wal) && Files.size(wal) > 0) {
                throw new BookDamagedException(file, "the book file is missing, but its last changes ("
                        + wal.getFileName() + ") are there", null);
            }
            Files.deleteIfExists(wal);
            Files.deleteIfExists(BookCopies.sibling(file, "-shm"));
            BookCopies.deleteWithJournals(fresh);
            try (Database db = new Database(fresh, Access.WRITE)) {
                Migrator.migrate(db, false);
                db.withWriter(c -> {
                    foldLog(c);
                    return null;
                });
            }
            Path freshWal = BookCopies.sibling(fresh, "-wal");
            if (Files.exists(freshWal) && Files.size(freshWal) > 0) {
                throw new StoreException("Cannot create the book " + file + ": it could not be written whole.");
            }
            BookCopies.sync(fresh);
            BookCopies.moveAtomically(fresh, file);
            LOG.info("Created a new book at {}", file);
        } catch (IOException e) {
            throw new StoreException("Cannot create the book " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                BookCopies.deleteWithJournals(fresh);
            } catch (IOException e) {
                LOG.debug("Cannot clear {}", fresh, e);
            }
        }
    }

    /**
     * How a reader reads {@code file}: beside a writer where its folder can be written; as it lies
     * where it cannot and no change waits in its write-ahead log; else (a log, but no shared-memory
     * file that SQLite could read it with) not at all: without its log the book would look older.
     */
    static Access readAccess(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isWritable(folder)) {
            return Access.READ;
        }
        Path wal = BookCopies.sibling(file, "-wal");
        try {
            if (!Files.exists(wal) || Files.size(wal) == 0) {
                return Access.READ_IMMUTABLE;
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read " + wal + ": " + e.getMessage(), e);
        }
        if (Files.exists(BookCopies.sibling(file, "-shm"))) {
            return Access.READ; // SQLite reads a log beside its shared-memory file, read-only
        }
        throw new StoreException("The book's last changes are in " + wal.getFileName() + ", which cannot be read"
                + " in the read-only folder " + folder + ": open the book once where its folder can be written.");
    }

    /** Folds the write-ahead log into the book file and cuts the log back to nothing. */
    private static void foldLog(Connection c) throws SQLException {
        SqliteConnections.execute(c, "PRAGMA wal_checkpoint(TRUNCATE)");
    }

    /**
     * After a change refused for a full disk: the write-ahead log, grown by the change rolled back,
     * is folded into the book and cut back to nothing, so that the failure leaves the disk no fuller.
     */
    static void giveBackTheLog(Connection c) {
        try {
            foldLog(c);
        } catch (SQLException e) {
            LOG.warn("The book's log could not be cut back after a full disk", e);
        }
    }
}
