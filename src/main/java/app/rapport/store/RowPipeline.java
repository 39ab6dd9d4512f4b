package app.rapport.store;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Reads the rows of queries on the calling thread and hands them, in batches, to worker threads,
 * so that SQLite reading the book and Java turning rows into facts run at the same time. Rows
 * queued with {@link #inOrder} are handled one batch after another, in the order they were read;
 * rows queued with {@link #inParallel} are handled once every row queued in order before them
 * has been, by every worker at once.
 */
final class RowPipeline implements AutoCloseable {
    private static final int BATCH = 2048;

    private final ExecutorService workers = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "rapport-facts");
                t.setDaemon(true);
                return t;
            });
    /** The last batch queued in order: each waits for the one before. */
    private CompletableFuture<Void> ordered = CompletableFuture.completedFuture(null);
    private final List<CompletableFuture<Void>> parallel = new ArrayList<>();

    /**
     * Queues every row of {@code sql}, a query of one text column, as its UTF-8 bytes, for
     * {@code handler}: one row after another, after every row queued before.
     */
    void inOrder(Connection connection, String sql, Consumer<byte[]> handler, Object... params) {
        read(connection, sql, rows -> ordered = ordered.thenRunAsync(() -> rows.forEach(handler), workers), params);
    }

    /**
     * Queues every row of {@code sql} for {@code handler}, which may run on several threads at once,
     * once every row queued {@link #inOrder} before them has been handled.
     */
    void inParallel(Connection connection, String sql, Consumer<byte[]> handler, Object... params) {
        read(connection, sql, rows -> parallel.add(ordered.thenRunAsync(() -> rows.forEach(handler), workers)),
                params);
    }

    private static void read(Connection connection, String sql, Consumer<List<byte[]>> submit, Object... params) {
        List<byte[]> batch = new ArrayList<>(BATCH);
        Jdbc.each(connection, sql, rs -> rs.getBytes(1), row -> {
            batch.add(row);
            if (batch.size() == BATCH) {
                submit.accept(List.copyOf(batch));
                batch.clear();
            }
        }, params);
        if (!batch.isEmpty()) {
            submit.accept(List.copyOf(batch));
        }
    }

    /** Waits until every queued row has been handled; a handler's failure is thrown here. */
    void finish() {
        try {
            ordered.join();
            for (CompletableFuture<Void> f : parallel) {
                f.join();
            }
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("The book could not be read: " + e.getCause(), e.getCause());
        } finally {
            parallel.clear();
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
