package app.rapport.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The request {@code show}: the app was started again (from the menu, a launcher) while it runs on
 * the same book. It brings its window forward (shown if hidden, restored if minimised; an app still
 * starting shows its window when it gets there, even one started in the background) and answers
 * once it has; the later start then exits. With {@code "background": true} (a start at log-in, which
 * asks for no window) the app answers at once and shows nothing: it runs, which is all that start
 * was for.
 */
public final class Show implements ChannelServer.Handler {
    public static final String NAME = "show";
    public static final String BACKGROUND = "background";
    /** How long the window may take to come forward before the request counts as failed. */
    static final Duration WAIT = Duration.ofSeconds(5);

    private final Executor windowThread;
    private final Runnable bringForward;
    private final Duration wait;

    /** Runs {@code bringForward} on {@code windowThread} (the FX thread) for each request. */
    public Show(Executor windowThread, Runnable bringForward) {
        this(windowThread, bringForward, WAIT);
    }

    Show(Executor windowThread, Runnable bringForward, Duration wait) {
        this.windowThread = windowThread;
        this.bringForward = bringForward;
        this.wait = wait;
    }

    /** The request a start of the app sends, {@code background} when it was started so. */
    public static ObjectNode request(String book, boolean background) {
        ObjectNode r = Protocol.request(NAME, book);
        r.put(BACKGROUND, background);
        return r;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ObjectNode handle(JsonNode request) throws Exception {
        if (request.path(BACKGROUND).asBoolean(false)) {
            return Protocol.ok();
        }
        try {
            CompletableFuture.runAsync(bringForward, windowThread).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Protocol.refusal(Protocol.FAILED, "The window did not come forward within " + wait.toMillis()
                    + " ms.");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        return Protocol.ok();
    }
}
