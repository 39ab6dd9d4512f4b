package app.rapport.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The app's task runner: a small pool of daemon threads, results delivered with {@code Platform.runLater}. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor;
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public FxTaskRunner() {
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "rapport-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        changeRunning(1);
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> deliver(() -> onSuccess.accept(result)));
            } catch (Throwable e) {
                LOG.debug("Background work failed", e);
                Platform.runLater(() -> deliver(() -> onFailure.accept(e)));
            }
        });
    }

    private void deliver(Runnable callback) {
        try {
            callback.run();
        } finally {
            changeRunning(-1);
        }
    }

    private void changeRunning(int delta) {
        int now = running.addAndGet(delta);
        if (Platform.isFxApplicationThread()) {
            busy.set(now > 0);
        } else {
            Platform.runLater(() -> busy.set(running.get() > 0));
        }
    }

    @Override
    public ObservableValue<Boolean> busy() {
        return busy.getReadOnlyProperty();
    }

    /** Lets running work finish (a few seconds at most) so no write is cut off at exit. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
