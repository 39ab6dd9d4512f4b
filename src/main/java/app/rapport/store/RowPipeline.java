package app.rapport.store;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads the text rows of queries on the calling thread and hands them, in order, to one other
 * thread, so that SQLite reading the book and Java turning rows into facts run at the same time.
 * Every handler runs on that one thread, one row after another, in the order the rows were read.
 */
final class RowPipeline implements AutoCloseable {
    private static final int BATCH = 2048;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rapport-facts");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<?>> pending = new ArrayList<>();

    /** Queues every row of {@code sql}, a query of one text column, for {@code handler}. */
    void each(Connection connection, String sql, Consumer<String> handler, Object... params) {
        List<String> batch = new ArrayList<>(BATCH);
        Jdbc.each(connection, sql, rs -> rs.getString(1), row -> {
            batch.add(row);
            if (batch.size() == BATCH) {
                submit(List.copyOf(batch), handler);
                batch.clear();
            }
        }, params);
        if (!batch.isEmpty()) {
            submit(List.copyOf(batch), handler);
        }
    }

    private void submit(List<String> rows, Consumer<String> handler) {
        pending.add(worker.submit(() -> rows.forEach(handler)));
    }

    /** Waits until every queued row has been handled; a handler's failure is thrown here. */
    void finish() {
        try {
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Reading the book was interrupted.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("The book could not be read: " + e.getCause(), e.getCause());
        } finally {
            pending.clear();
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
