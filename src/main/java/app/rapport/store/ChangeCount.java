package app.rapport.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The book's change count ({@code book_changes}): one more for every write transaction that
 * changed a row (the app's and the command line's; not the agendas saved ahead, nor changes made
 * to the file by other programs). A change marker for backups and the agendas saved ahead.
 */
final class ChangeCount {
    private ChangeCount() {
    }

    /** The change count as {@code c} sees it. */
    static long read(Connection c) throws SQLException {
        return number(c, "SELECT count FROM book_changes WHERE id = 1");
    }

    /** Rows changed through {@code c} since it was opened: how a transaction tells whether it changed any. */
    static long rowsChanged(Connection c) throws SQLException {
        return number(c, "SELECT total_changes()");
    }

    /** Counts one more change, in the transaction open on {@code c}. */
    static void countOne(Connection c) throws SQLException {
        SqliteConnections.execute(c, "UPDATE book_changes SET count = count + 1 WHERE id = 1");
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }
}
