package app.rapport.store;

import app.rapport.store.SqliteConnections.Access;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open SQLite book file: how it is opened (made, checked and upgraded on the way: see
 * {@link BookFile}, {@link BookCheck}, {@link Migrator}), its transactions, and closing it. Writes
 * go through one connection, one at a time; reads use connections of their own ({@link ReaderPool})
 * so a long export does not block the window. Every connection is set up the same way
 * ({@link SqliteConnections}).
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final Access access;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReaderPool readers;
    private final BookCheck check;
    private volatile boolean closed;

    /** Connects to {@code file} as {@code access} says; nothing is checked or upgraded. */
    Database(Path file, Access access) {
        this.file = file;
        this.access = access;
        this.writer = SqliteConnections.open(file, access);
        this.readers = new ReaderPool(file, access);
        this.check = new BookCheck(file, access);
    }

    /**
     * Opens (creating if needed) the book at {@code file} and brings its schema up to date.
     *
     * @throws BookTooNewException when a newer Rapport wrote it
     * @throws StoreException when the file is not a Rapport book or cannot be opened
     */
    public static Database open(Path file) {
        return open(file, db -> { });
    }

    /**
     * As {@link #open(Path)}; {@code beforeUpgrade} runs once, before the first migration of an
     * existing book, so that a backup can be taken of it as it was.
     *
     * @throws BookDamagedException when the file fails SQLite's quick check
     */
    public static Database open(Path file, Consumer<Database> beforeUpgrade) {
        return open(file, beforeUpgrade, false);
    }

    /**
     * As {@link #open(Path, Consumer)}; with {@code checkInBackground}, a book that needs no upgrade
     * is checked later, on a thread of its own, while it is read (reads are safe): the check starts
     * at {@link #startCheck()} or at the first write, whichever comes first, and every write waits
     * for it: a damaged book is never written to. The app opens its book this way and starts the
     * check once its window is drawn, so that a big book's check neither delays the first screen
     * nor competes with it for the processor.
     */
    public static Database open(Path file, Consumer<Database> beforeUpgrade, boolean checkInBackground) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder " + file.getParent() + ": " + e.getMessage(), e);
        }
        if (Files.exists(file)) {
            BookFile.refuseEmpty(file);
        } else {
            BookFile.create(file);
        }
        Database db = new Database(file, Access.WRITE);
        try {
            boolean upToDate = db.schemaVersionQuietly() == Migrations.latestVersion();
            if (checkInBackground && upToDate) {
                db.check.later();
            } else {
                db.checkSound();
            }
            int version = db.schemaVersion();
            if (version > 0 && version < Migrations.latestVersion()) {
                beforeUpgrade.accept(db);
            }
            Migrator.migrate(db, true);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Opens the book only to read it, beside whichever program writes it (WAL lets readers read
     * while one writer writes): it is checked (SQLite's quick check) but never created, upgraded or
     * written to (see {@link #needsUpgrade()}). In a folder that cannot be written (a read-only
     * stick) it is read as it lies.
     *
     * @throws StoreException when there is no book file, or it cannot be read
     * @throws BookDamagedException when it fails its check
     * @throws BookTooNewException when a newer Rapport wrote it
     */
    public static Database openForReading(Path file) {
        if (!Files.exists(file)) {
            throw new StoreException("There is no book at " + file + ".");
        }
        BookFile.refuseEmpty(file);
        Database db = new Database(file, BookFile.readAccess(file));
        try {
            db.checkSound();
            int version = db.schemaVersion();
            if (version > Migrations.latestVersion()) {
                throw new BookTooNewException(version, Migrations.latestVersion());
            }
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Whether the book's format is older than this Rapport's: only a writer may upgrade it. */
    public boolean needsUpgrade() {
        return schemaVersion() < Migrations.latestVersion();
    }

    /** Whether this book was opened only to read it. */
    public boolean isReadOnly() {
        return access != Access.WRITE;
    }

    private int schemaVersionQuietly() {
        try {
            return schemaVersion();
        } catch (StoreException e) {
            return -1; // unreadable: the check that follows says why
        }
    }

    /**
     * Starts the background check the book was opened with, unless it has started already (or the
     * book was checked as it opened): SQLite's quick check, on a thread of its own.
     */
    public void startCheck() {
        check.start();
    }

    /** Completes with "ok", or SQLite's findings, once the book's check has run. */
    public CompletableFuture<String> soundness() {
        return check.soundness();
    }

    /** Fails with {@link BookDamagedException} unless SQLite's quick check finds the file sound. */
    private void checkSound() {
        String result;
        try {
            result = withWriter(BookCheck::quick);
        } catch (StoreException e) {
            throw new BookDamagedException(file, e.getMessage(), e);
        }
        BookCheck.requireSound(file, result);
    }

    /** SQLite's full integrity check (slower: it checks every index too): "ok", or the problems. */
    public String integrityCheck() {
        return withWriter(BookCheck::integrity);
    }

    /**
     * The book's change count: one more for every write transaction that changed a row, a change
     * marker for backups and the agendas saved ahead ({@link ChangeCount}).
     */
    public long changeCount() {
        return withWriter(ChangeCount::read);
    }

    public Path file() {
        return file;
    }

    /** The schema version this Rapport writes. */
    public static int supportedVersion() {
        return Migrations.latestVersion();
    }

    public int schemaVersion() {
        return Integer.parseInt(pragma("user_version"));
    }

    /** Reads one pragma on the writer connection (for checks and tests). */
    public String pragma(String name) {
        return withWriter(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    /**
     * Runs {@code work} in one write transaction (BEGIN IMMEDIATE ... COMMIT, or ROLLBACK). When it
     * changed any row, the book's change count ({@link ChangeCount}) goes up by one with it.
     */
    public <T> T inWriteTransaction(SqlWork<T> work) {
        return inWriteTransaction(true, work);
    }

    /**
     * As {@link #inWriteTransaction(SqlWork)}; with {@code counted} false, what it writes is not a
     * change to the book's contents (an upgrade of its format, the agendas saved ahead) and leaves
     * the change count as it is.
     */
    public <T> T inWriteTransaction(boolean counted, SqlWork<T> work) {
        if (writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("A write transaction is already open on this thread");
        }
        if (isReadOnly()) {
            throw new StoreException("The book " + file + " was opened only to read it: the change was not saved.");
        }
        check.awaitSound();
        return withWriter(c -> {
            SqliteConnections.execute(c, "BEGIN IMMEDIATE");
            boolean committed = false;
            boolean full = false;
            try {
                long before = counted ? ChangeCount.rowsChanged(c) : 0;
                T result = work.run(c);
                if (counted && ChangeCount.rowsChanged(c) != before) {
                    ChangeCount.countOne(c);
                }
                SqliteConnections.execute(c, "COMMIT");
                committed = true;
                return result;
            } catch (SQLException | RuntimeException e) {
                full = SqliteErrors.diskFull(e);
                throw e;
            } finally {
                if (!committed) {
                    rollbackQuietly(c);
                    if (full) {
                        BookFile.giveBackTheLog(c);
                    }
                }
            }
        });
    }

    /** Runs {@code work} in one read transaction: a consistent snapshot of the book. */
    public <T> T inReadTransaction(SqlWork<T> work) {
        ensureOpen();
        Connection c = readers.borrow();
        boolean healthy = false;
        try {
            SqliteConnections.execute(c, "BEGIN");
            try {
                T result = work.run(c);
                healthy = true;
                return result;
            } finally {
                rollbackQuietly(c);
            }
        } catch (SQLException e) {
            throw new StoreException(SqliteErrors.plain(e), e);
        } finally {
            readers.giveBack(c, healthy);
        }
    }

    /**
     * Runs {@code work} on the writer connection, holding the write lock, outside any transaction:
     * for checks, copies and pragmas.
     */
    <T> T withWriter(SqlWork<T> work) {
        writeLock.lock();
        try {
            ensureOpen();
            return work.run(writer);
        } catch (SQLException e) {
            throw new StoreException(SqliteErrors.plain(e), e);
        } finally {
            writeLock.unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("The book " + file + " is closed.");
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            SqliteConnections.execute(c, "ROLLBACK");
        } catch (SQLException e) {
            LOG.debug("Rollback found no open transaction", e);
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            readers.close();
            SqliteConnections.closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
    }

    /** Work on a connection that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
