package app.rapport.store;

import app.rapport.store.SqliteConnections.Access;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * SQLite's checks of a book file. The quick check runs as a book opens; or, for a book the app
 * opens, later, on a thread of its own while the book is read (reads are safe): every write waits
 * for it, so a damaged book is never written to. The full integrity check is the slower one a
 * backup and the {@code check} command run.
 */
final class BookCheck {
    /** What SQLite's checks say of a sound file. */
    static final String SOUND = "ok";

    private final Path file;
    private final Access access;
    /** The quick check's result ("ok" or the problems), when it runs in the background. */
    private volatile CompletableFuture<String> soundness = CompletableFuture.completedFuture(SOUND);
    /** False while a background check is owed and not started. */
    private final AtomicBoolean started = new AtomicBoolean(true);

    BookCheck(Path file, Access access) {
        this.file = file;
        this.access = access;
    }

    /** SQLite's quick check: "ok", or the first problems it found. */
    static String quick(Connection c) throws SQLException {
        return run(c, "PRAGMA quick_check(5)");
    }

    /** SQLite's full integrity check (slower: it checks every index too): "ok", or the problems. */
    static String integrity(Connection c) throws SQLException {
        return run(c, "PRAGMA integrity_check(5)");
    }

    private static String run(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(pragma)) {
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                out.append(out.length() > 0 ? "; " : "").append(rs.getString(1));
            }
            return out.toString();
        }
    }

    /** Fails with {@link BookDamagedException} unless {@code result}, a check's, says the file is sound. */
    static void requireSound(Path file, String result) {
        if (!SOUND.equals(result)) {
            throw new BookDamagedException(file, result, null);
        }
    }

    /** The quick check is owed: it runs at {@link #start()}, or before the first write. */
    void later() {
        soundness = new CompletableFuture<>();
        started.set(false);
    }

    /** Starts the check owed, unless it has started already (or none is owed), on a thread of its own. */
    void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture<String> result = soundness;
        Thread t = new Thread(() -> {
            try (Connection c = SqliteConnections.open(file, access)) {
                result.complete(quick(c));
            } catch (SQLException | RuntimeException e) {
                result.complete(e.getMessage() == null ? e.toString() : e.getMessage());
            }
        }, "rapport-book-check");
        t.setDaemon(true);
        t.start();
    }

    /** Completes with "ok", or SQLite's findings, once the check has run. */
    CompletableFuture<String> soundness() {
        return soundness;
    }

    /** Before a write: starts the check owed, waits for it, and fails unless the book is sound. */
    void awaitSound() {
        start();
        requireSound(file, soundness.join());
    }
}
