package app.rapport.testutil;

import app.rapport.ui.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;

/** Holds the work it is given until {@link #release()}: GUI tests see a screen while its work is under way. */
public final class HeldTaskRunner implements TaskRunner {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(() -> new ImmediateTaskRunner().run(work, onSuccess, onFailure));
        busy.set(true);
    }

    /** Runs the work held so far, with its results (on the calling thread); work it starts is held in turn. */
    public void release() {
        List<Runnable> now = new ArrayList<>(held);
        held.clear();
        now.forEach(Runnable::run);
        busy.set(!held.isEmpty());
    }

    @Override
    public ObservableValue<Boolean> busy() {
        return busy.getReadOnlyProperty();
    }
}
