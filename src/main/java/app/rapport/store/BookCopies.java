package app.rapport.store;

import app.rapport.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * Verified copies of a book file: written beside their final name, synced to disk, checked
 * (quick check, and the same row counts as the book they copy), and only then moved to their
 * name in one atomic step. A copy cut short by a crash never carries a final name.
 */
public final class BookCopies {
    private static final String PARTIAL = ".partial";

    private BookCopies() {
    }

    /** Copies the open book to {@code target}, verified; returns the counts it holds. */
    public static Map<String, Long> copy(Database book, Path target) {
        Path partial = partialName(target);
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            deleteWithJournals(partial);
            Map<String, Long> expected = book.copyTo(partial);
            sync(partial);
            Map<String, Long> found = verify(partial);
            if (!found.equals(expected)) {
                throw new StoreException("The copy of the book does not hold what the book holds (" + found
                        + " instead of " + expected + ")");
            }
            moveAtomically(partial, target);
            return found;
        } catch (IOException e) {
            throw new StoreException("Cannot write the copy " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                deleteWithJournals(partial);
            } catch (IOException ignored) {
                // a leftover .partial is never taken for a copy; the next copy clears it
            }
        }
    }

    /** A copy or a new book cut short, and the journals SQLite kept while writing it. */
    static void deleteWithJournals(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(sibling(file, "-journal"));
        Files.deleteIfExists(sibling(file, "-wal"));
        Files.deleteIfExists(sibling(file, "-shm"));
    }

    /** Copies a closed book file to {@code target}, verified, without changing the file. */
    public static Map<String, Long> copyClosed(Path bookFile, Path target) {
        Database db = new Database(bookFile, Database.connect(bookFile));
        try {
            return copy(db, target);
        } finally {
            db.close();
        }
    }

    /**
     * Opens a copy read-only and checks it: SQLite's quick check must say "ok".
     *
     * @return its tables' row counts
     * @throws StoreException saying what is wrong
     */
    public static Map<String, Long> verify(Path copy) {
        if (!Files.isRegularFile(copy)) {
            throw new StoreException("There is no file " + copy + ".");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.READONLY);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath(), config.toProperties())) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check(5)")) {
                StringBuilder result = new StringBuilder();
                while (rs.next()) {
                    result.append(result.length() > 0 ? "; " : "").append(rs.getString(1));
                }
                if (!"ok".contentEquals(result)) {
                    throw new StoreException(copy.getFileName() + " is damaged: " + result);
                }
            }
            Map<String, Long> counts = Database.tableCounts(c);
            if (!counts.containsKey("clients")) {
                throw new StoreException(copy.getFileName() + " is not a Rapport book.");
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreException(copy.getFileName() + " cannot be read as a book: " + Database.plain(e), e);
        }
    }

    /** The schema version a book file carries, read without changing it. */
    public static int schemaVersion(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new StoreException(file.getFileName() + " cannot be read: " + Database.plain(e), e);
        }
    }

    /**
     * Puts a verified copy in place of the book file (which must be closed): written beside it,
     * synced, then moved over it in one step; the old write-ahead log goes with the old file.
     */
    public static void install(Path copy, Path bookFile) {
        verify(copy);
        Path partial = partialName(bookFile);
        try {
            Files.copy(copy, partial, StandardCopyOption.REPLACE_EXISTING);
            sync(partial);
            verify(partial);
            Files.deleteIfExists(sibling(bookFile, "-wal"));
            Files.deleteIfExists(sibling(bookFile, "-shm"));
            moveAtomically(partial, bookFile);
        } catch (IOException e) {
            throw new StoreException("Cannot put the backup in place of the book: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing to clean
            }
        }
    }

    /** Moves a damaged book (and its journal files) aside under {@code aside}. */
    public static void moveAside(Path bookFile, Path aside) {
        try {
            moveAtomically(bookFile, aside);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path journal = sibling(bookFile, suffix);
                if (Files.exists(journal)) {
                    Files.move(journal, sibling(aside, suffix), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot move the damaged book aside: " + e.getMessage(), e);
        }
    }

    static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static Path partialName(Path target) {
        return sibling(target, PARTIAL);
    }

    static void sync(Path file) throws IOException {
        AtomicFile.sync(file);
    }

    /** Moves a finished copy into place by {@link AtomicFile}'s one rule. */
    static void moveAtomically(Path from, Path to) throws IOException {
        AtomicFile.move(from, to);
    }
}
