package app.rapport.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The book's change count ({@code book_changes}): one more for every write transaction that
 * changed a row (the app's and the command line's; not the agendas saved ahead, nor changes made
 * to the file by other programs). A change marker for backups and the agendas saved ahead.
 *
 * <p>SQLite's book keeps it in one row, which its one writer at a time updates. A team book is
 * written by several computers at once, which would all wait on that one row: each write
 * transaction that changed something adds a row of its own instead, and the count is their sum.
 * Unlike a sequence's last value, the sum is part of the snapshot a transaction reads: a count read
 * with the book's contents always belongs to those contents. {@link #compact} folds the rows into
 * one now and then.
 */
final class ChangeCount {
    private ChangeCount() {
    }

    /** The change count as {@code c} sees it. */
    static long read(Connection c) throws SQLException {
        return read(c, Dialect.SQLITE);
    }

    /** The change count as {@code c}, a connection to a book of {@code dialect}, sees it. */
    static long read(Connection c, Dialect dialect) throws SQLException {
        return number(c, "SELECT " + current(dialect));
    }

    /** The change count as an SQL expression. */
    static String current(Dialect dialect) {
        return dialect == Dialect.SQLITE ? "(SELECT count FROM book_changes WHERE id = 1)"
                : "(SELECT CAST(coalesce(sum(changes), 0) AS bigint) FROM book_changes)";
    }

    /** Rows changed through {@code c} since it was opened: how a transaction tells whether it changed any. */
    static long rowsChanged(Connection c) throws SQLException {
        return number(c, "SELECT total_changes()");
    }

    /** Counts one more change, in the transaction open on {@code c}. */
    static void countOne(Connection c) throws SQLException {
        execute(c, "UPDATE book_changes SET count = count + 1 WHERE id = 1");
    }

    /**
     * In a team book, counts one more change with the transaction open on {@code c} if it wrote
     * anything: PostgreSQL gives a transaction an id of its own when it first writes a row.
     */
    static void countIfChanged(Connection c) throws SQLException {
        execute(c, "INSERT INTO book_changes (changes) SELECT 1"
                + " WHERE pg_current_xact_id_if_assigned() IS NOT NULL");
    }

    /**
     * Folds a team book's change rows into one of the same sum, in the transaction open on {@code c},
     * when there are more than {@code most}.
     */
    static void compact(Connection c, int most) throws SQLException {
        if (number(c, "SELECT count(*) FROM book_changes") > most) {
            execute(c, "WITH gone AS (DELETE FROM book_changes RETURNING changes)"
                    + " INSERT INTO book_changes (changes) SELECT coalesce(sum(changes), 0) FROM gone");
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }
}
