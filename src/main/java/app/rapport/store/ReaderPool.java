package app.rapport.store;

import app.rapport.store.SqliteConnections.Access;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The reader connections of an open book, kept between read transactions: a read seldom waits
 * for a connection to open, and a long read (an export) never holds up the writer.
 */
final class ReaderPool {
    /** Idle readers kept; more are opened when more threads read at once, and closed after. */
    private static final int MAX_IDLE = 4;

    private final Path file;
    private final Access access;
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    ReaderPool(Path file, Access access) {
        this.file = file;
        this.access = access;
    }

    Connection borrow() {
        Connection c = idle.pollFirst();
        return c != null ? c : SqliteConnections.open(file, access);
    }

    /** Takes {@code c} back after a read; it is closed instead when it failed or enough are idle. */
    void giveBack(Connection c, boolean healthy) {
        if (!closed && healthy && idle.size() < MAX_IDLE) {
            idle.offerFirst(c);
        } else {
            SqliteConnections.closeQuietly(c);
        }
    }

    /** Closes the idle readers; those still reading are closed when they come back. */
    void close() {
        closed = true;
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            SqliteConnections.closeQuietly(c);
        }
    }
}
