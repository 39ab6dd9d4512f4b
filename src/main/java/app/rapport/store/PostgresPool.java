package app.rapport.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.postgresql.PGProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team book's connections of one kind (to read, or to write), kept between transactions: a few
 * idle ones are reused, more are opened while more threads work at once. Every connection is set up
 * the same way: out of auto-commit (PostgreSQL streams a result only inside a transaction), rows
 * fetched {@value #FETCH_ROWS} at a time (planning and insight read hundreds of thousands of rows;
 * they come as a stream, never all at once), batches of inserts sent as one statement; a reader's
 * transactions REPEATABLE READ and read only (one consistent snapshot), a writer's SERIALIZABLE.
 */
final class PostgresPool implements AutoCloseable {
    /** Rows a result set holds at a time. */
    static final int FETCH_ROWS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(PostgresPool.class);
    private static final int MAX_IDLE = 4;
    /**
     * A connection idle for longer is checked (a round trip) before it is used again: the server may
     * have restarted meanwhile. One given back a moment ago is used as it is (HikariCP's rule).
     */
    static final Duration CHECK_AFTER = Duration.ofMillis(500);
    private static final int CHECK_SECONDS = 5;
    private static final int CONNECT_SECONDS = 10;

    private final String jdbcUrl;
    private final Properties props;
    private final PostgresTarget target;
    private final boolean readOnly;
    private final long checkAfterMs;
    private final Deque<Idle> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    private record Idle(Connection connection, long since) {
    }

    PostgresPool(String jdbcUrl, Properties props, PostgresTarget target, boolean readOnly, Duration checkAfter) {
        this.jdbcUrl = jdbcUrl;
        this.props = settings(props);
        this.target = target;
        this.readOnly = readOnly;
        this.checkAfterMs = checkAfter.toMillis();
    }

    /** {@code given} with Rapport's settings where it has none of its own. */
    private static Properties settings(Properties given) {
        Properties all = new Properties();
        all.putAll(given);
        all.putIfAbsent(PGProperty.DEFAULT_ROW_FETCH_SIZE.getName(), String.valueOf(FETCH_ROWS));
        all.putIfAbsent(PGProperty.REWRITE_BATCHED_INSERTS.getName(), "true");
        all.putIfAbsent(PGProperty.APPLICATION_NAME.getName(), "Rapport");
        all.putIfAbsent(PGProperty.CONNECT_TIMEOUT.getName(), String.valueOf(CONNECT_SECONDS));
        all.putIfAbsent(PGProperty.TCP_KEEP_ALIVE.getName(), "true");
        return all;
    }

    /** A connection made as {@link PostgresPool}'s are, but READ COMMITTED, for migrations. */
    static Connection connect(String jdbcUrl, Properties props, PostgresTarget target) {
        try {
            return DriverManager.getConnection(jdbcUrl, settings(props));
        } catch (SQLException e) {
            throw PostgresErrors.opening(e, target);
        }
    }

    /** An idle connection, or a new one. */
    Connection borrow() {
        if (closed) {
            throw new StoreException("The " + target.describe() + " is closed.");
        }
        for (Idle i = idle.pollFirst(); i != null; i = idle.pollFirst()) {
            if (System.currentTimeMillis() - i.since() < checkAfterMs || isValid(i.connection())) {
                return i.connection();
            }
            closeQuietly(i.connection());
        }
        Connection c = connect(jdbcUrl, props, target);
        try {
            c.setAutoCommit(false);
            c.setTransactionIsolation(readOnly ? Connection.TRANSACTION_REPEATABLE_READ
                    : Connection.TRANSACTION_SERIALIZABLE);
            c.setReadOnly(readOnly);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException(Jdbc.plain(e), e);
        }
    }

    /** Takes {@code c} back; it is closed instead when it cannot be used again, or enough are idle. */
    void giveBack(Connection c, boolean usable) {
        if (!closed && usable && idle.size() < MAX_IDLE) {
            idle.offerFirst(new Idle(c, System.currentTimeMillis()));
        } else {
            closeQuietly(c);
        }
    }

    /** Closes the idle connections: the next transaction connects afresh. */
    void forgetIdle() {
        for (Idle i = idle.pollFirst(); i != null; i = idle.pollFirst()) {
            closeQuietly(i.connection());
        }
    }

    /** Closes the idle connections; those in use are closed when they come back. */
    @Override
    public void close() {
        closed = true;
        forgetIdle();
    }

    private static boolean isValid(Connection c) {
        try {
            return c.isValid(CHECK_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("Closing a connection to the team book failed", e);
        }
    }
}
