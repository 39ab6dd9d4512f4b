package app.rapport.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * How connections to a book are made. Every one the same way: foreign keys on, a busy timeout,
 * UTF-8, {@code trusted_schema=OFF}; a writer's in WAL mode with {@code synchronous=FULL}; a
 * reader's {@code query_only}.
 */
final class SqliteConnections {
    static final int BUSY_TIMEOUT_MS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(SqliteConnections.class);

    private SqliteConnections() {
    }

    /**
     * How a book's connections are made: to change it; only to read it, beside a writer (SQLite's
     * {@code query_only}); or only to read it where nothing can be written, such as a read-only
     * stick (SQLite's {@code immutable}: read as it lies, without the files a reader in WAL mode
     * otherwise makes beside it).
     */
    enum Access { WRITE, READ, READ_IMMUTABLE }

    static Connection open(Path file, Access access) {
        SQLiteConfig config = new SQLiteConfig();
        if (access == Access.WRITE) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        } else if (access == Access.READ_IMMUTABLE) {
            config.setReadOnly(true);
        }
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        String url = access == Access.READ_IMMUTABLE
                ? "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1"
                : "jdbc:sqlite:" + file.toAbsolutePath();
        try {
            Connection c = DriverManager.getConnection(url, config.toProperties());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA trusted_schema = OFF");
                if (access != Access.WRITE) {
                    s.execute("PRAGMA query_only = ON");
                }
            }
            return c;
        } catch (SQLException e) {
            throw SqliteErrors.opening(e, file);
        }
    }

    /**
     * A read-only connection with SQLite's defaults, to look at a file that is not an open book (a
     * copy being checked, a backup): it never changes the file.
     */
    static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("Closing a connection failed", e);
        }
    }
}
