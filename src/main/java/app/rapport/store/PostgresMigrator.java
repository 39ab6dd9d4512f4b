package app.rapport.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a team book's schema up to this Rapport's: runs the {@link Migrations} it lacks, each in
 * one transaction that first takes a PostgreSQL advisory lock of Rapport's. Two computers opening
 * the book at once never migrate it both: the second waits for the first's migration, then finds
 * the book up to date. The format is kept in {@code book_format}; an empty database has none.
 */
final class PostgresMigrator {
    /** The advisory lock's key: "Rapport" in ASCII. Any program using the same key waits for Rapport's migrations. */
    static final long LOCK_KEY = 0x52_61_70_70_6f_72_74L;
    private static final Logger LOG = LoggerFactory.getLogger(PostgresMigrator.class);

    private PostgresMigrator() {
    }

    /**
     * Runs the migrations the book on {@code c} lacks, on transactions of its own (the connection is
     * left out of auto-commit, its transactions READ COMMITTED, so that each sees what another
     * computer's migration committed while it waited for the lock).
     *
     * @throws BookTooNewException when a newer Rapport made the book
     * @throws StoreException when the database holds a format no Rapport made
     */
    static void migrate(Connection c, String book) throws SQLException {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        int latest = Migrations.latestVersion(Dialect.POSTGRES);
        while (true) {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
                int version = version(c);
                if (version > latest) {
                    throw new BookTooNewException(version, latest);
                }
                if (version == latest) {
                    c.commit();
                    return;
                }
                if (version != 0 && version < Migrations.POSTGRES_BASELINE) {
                    throw new StoreException("The database of the " + book + " holds a book of format " + version
                            + ", which no Rapport makes; it has not been changed.");
                }
                int target = version == 0 ? Migrations.POSTGRES_BASELINE : version + 1;
                for (String sql : Migrations.statements(Dialect.POSTGRES, target)) {
                    s.execute(sql);
                }
                s.executeUpdate("UPDATE book_format SET version = " + target);
                c.commit();
                LOG.info("The {} is now of format {}", book, target);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The book's format: 0 for a database without one (a new team book). */
    static int version(Connection c) throws SQLException {
        if (Jdbc.one(c, "SELECT to_regclass('book_format') IS NULL", rs -> rs.getBoolean(1)).orElse(true)) {
            return 0;
        }
        return Jdbc.one(c, "SELECT max(version) FROM book_format", rs -> rs.getInt(1)).orElse(0);
    }
}
