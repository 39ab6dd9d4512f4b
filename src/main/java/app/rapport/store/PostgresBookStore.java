package app.rapport.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team book: the book on a PostgreSQL server (13 or newer), which several computers read and
 * write at once. There is no single-writer lock: each {@link #read} is one consistent snapshot
 * (REPEATABLE READ, read only); each {@link #write} is SERIALIZABLE, so that two computers' changes
 * at the same moment come out as if one had followed the other. When PostgreSQL finds they cannot
 * (a serialization failure, a deadlock; a new id another computer took at the same moment), the
 * write's transaction is rolled back and its work runs again, a few times, after a short random
 * pause: <strong>a write's work function may run more than once</strong>, each time on a fresh
 * transaction, and should do nothing outside it that it could not do twice. Connections are kept
 * in two small pools ({@link PostgresPool}); the schema is brought up to date as the book opens
 * ({@link PostgresMigrator}).
 */
public final class PostgresBookStore implements BookStore {
    /** Times a write's work is tried before a serialization failure is given up. */
    static final int ATTEMPTS = 10;
    /** Change rows ({@link ChangeCount}) above which the book folds them into one as it opens. */
    static final int MOST_CHANGE_ROWS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(PostgresBookStore.class);
    private static final int LONGEST_PAUSE_MS = 250;

    private final PostgresTarget target;
    private final PostgresPool readers;
    private final PostgresPool writers;
    private final ThreadLocal<Boolean> writing = ThreadLocal.withInitial(() -> false);
    /** Who this store is in what it announces: its listener does not refresh for its own changes. */
    private final String session = UUID.randomUUID().toString();

    private PostgresBookStore(String jdbcUrl, Properties props, PostgresTarget target, Duration checkAfter) {
        this.target = target;
        this.readers = new PostgresPool(jdbcUrl, props, target, true, checkAfter);
        this.writers = new PostgresPool(jdbcUrl, props, target, false, checkAfter);
    }

    /**
     * Opens the team book at {@code jdbcUrl} ({@code jdbc:postgresql://HOST[:PORT]/DATABASE}), as the
     * user and with the password, TLS and other settings of {@code props} (those of PostgreSQL's
     * JDBC driver), making its tables in an empty database and bringing an older book's up to date.
     *
     * @throws BookTooNewException when a newer Rapport made the book
     * @throws StoreException when the server cannot be reached, refuses the user or password, has
     *     no such database, or the database is not a team book; the message says which
     */
    public static PostgresBookStore open(String jdbcUrl, Properties props) {
        return open(jdbcUrl, props, PostgresPool.CHECK_AFTER);
    }

    /** As {@link #open(String, Properties)}; an idle connection is checked before use after {@code checkAfter}. */
    static PostgresBookStore open(String jdbcUrl, Properties props, Duration checkAfter) {
        PostgresTarget target = PostgresTarget.of(jdbcUrl, props);
        try (Connection c = PostgresPool.connect(jdbcUrl, props, target)) {
            PostgresMigrator.migrate(c, target.describe());
            ChangeCount.compact(c, MOST_CHANGE_ROWS);
            c.commit();
        } catch (SQLException e) {
            throw PostgresErrors.opening(e, target);
        }
        return new PostgresBookStore(jdbcUrl, props, target, checkAfter);
    }

    /** One consistent snapshot of the book, read only; the connection streams big results. */
    @Override
    public <T> T read(Function<BookTx, T> work) {
        Connection c = readers.borrow();
        try {
            return work.apply(new SqlBookTx(c, Dialect.POSTGRES));
        } finally {
            giveBack(readers, c, rollback(c));
        }
    }

    /**
     * Runs {@code work} in one SERIALIZABLE transaction, again on a fresh one when PostgreSQL could
     * not serialize it with another computer's (see the class: it may run more than once). When it
     * changed any row, the book's change count goes up by one with it.
     */
    @Override
    public <T> T write(Function<BookTx, T> work) {
        return write(true, work);
    }

    /** As {@link #write}, leaving the change count as it is: see {@link BookStore#writeAside}. */
    @Override
    public <T> T writeAside(Function<BookTx, T> work) {
        return write(false, work);
    }

    private <T> T write(boolean counted, Function<BookTx, T> work) {
        if (writing.get()) {
            throw new IllegalStateException("A write transaction is already open on this thread");
        }
        writing.set(true);
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return once(counted, work);
                } catch (RuntimeException e) {
                    if (attempt >= PostgresErrors.attempts(e, ATTEMPTS)) {
                        throw e;
                    }
                    LOG.debug("A write to the {} met another's (attempt {}): it runs again", target.describe(),
                            attempt, e);
                    pause(attempt);
                }
            }
        } finally {
            writing.remove();
        }
    }

    private <T> T once(boolean counted, Function<BookTx, T> work) {
        Connection c = writers.borrow();
        boolean committed = false;
        try {
            T result = work.apply(new SqlBookTx(c, Dialect.POSTGRES));
            if (counted) {
                ChangeCount.countIfChanged(c);
                TeamBookListener.announce(c, session);
            }
            c.commit();
            committed = true;
            return result;
        } catch (SQLException e) {
            throw new StoreException(Jdbc.plain(e), e);
        } finally {
            giveBack(writers, c, committed || rollback(c));
        }
    }

    /**
     * Takes back a connection; when it can no longer be used, the idle ones of both pools are let go
     * too: they most likely lost the server the same way (it restarted, the network failed).
     */
    private void giveBack(PostgresPool pool, Connection c, boolean usable) {
        pool.giveBack(c, usable);
        if (!usable) {
            readers.forgetIdle();
            writers.forgetIdle();
        }
    }

    /** A random pause, longer with each attempt, so that writes that met do not meet again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, Math.min(LONGEST_PAUSE_MS, 4 << attempt) + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while the change waited to be tried again: it was not saved.", e);
        }
    }

    /** Ends the transaction open on {@code c} without keeping anything; whether the connection is still usable. */
    private static boolean rollback(Connection c) {
        try {
            c.rollback();
            return true;
        } catch (SQLException e) {
            LOG.debug("Rolling back on a team book's connection failed", e);
            return false;
        }
    }

    /** What this store's changes announce ({@link TeamBookListener}): tells its own apart from the others'. */
    public String session() {
        return session;
    }

    /** A team book has no file. */
    @Override
    public Optional<Path> file() {
        return Optional.empty();
    }

    /** "team book DATABASE on HOST[:PORT]". */
    @Override
    public String describe() {
        return target.describe();
    }

    @Override
    public void close() {
        readers.close();
        writers.close();
    }
}
