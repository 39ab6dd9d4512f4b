package app.rapport.store;

import app.rapport.io.AtomicFile;
import app.rapport.store.SqliteConnections.Access;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
            Map<String, Long> expected = book.withWriter(c -> vacuumInto(c, partial));
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

    /**
     * Writes a compact copy of the book {@code c} is open on to {@code target} (SQLite's VACUUM INTO);
     * returns the row counts the copy must have. Run it holding the write lock, so that no change
     * lands half-way.
     */
    private static Map<String, Long> vacuumInto(Connection c, Path target) throws SQLException {
        Map<String, Long> counts = tableCounts(c);
        try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toAbsolutePath().toString());
            ps.execute();
        } catch (SQLException e) {
            if (SqliteErrors.diskFull(e)) {
                throw new StoreException("the disk is full.", e);
            }
            throw e;
        }
        return counts;
    }

    /** Rows in each of the book's tables, by table name. */
    static Map<String, Long> tableCounts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
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
        try (Database db = new Database(bookFile, Access.WRITE)) {
            return copy(db, target);
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
        try (Connection c = SqliteConnections.readOnly(copy)) {
            String result = BookCheck.quick(c);
            if (!BookCheck.SOUND.equals(result)) {
                throw new StoreException(copy.getFileName() + " is damaged: " + result);
            }
            Map<String, Long> counts = tableCounts(c);
            if (!counts.containsKey("clients")) {
                throw new StoreException(copy.getFileName() + " is not a Rapport book.");
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreException(copy.getFileName() + " cannot be read as a book: " + SqliteErrors.plain(e), e);
        }
    }

    /** The schema version a book file carries, read without changing it. */
    public static int schemaVersion(Path file) {
        try (Connection c = SqliteConnections.readOnly(file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new StoreException(file.getFileName() + " cannot be read: " + SqliteErrors.plain(e), e);
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
