package app.rapport.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;

/**
 * Runs database and file work off the FX thread and hands the result back on it. Tests use one
 * that runs everything at once on the calling thread.
 */
public interface TaskRunner {
    /**
     * Runs {@code work} in the background; then {@code onSuccess} with its result, or
     * {@code onFailure} with what it threw, on the FX thread.
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Whether some work is under way (the status line shows a spinner). */
    ObservableValue<Boolean> busy();
}
