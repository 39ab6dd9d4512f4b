package app.rapport.service;

import app.rapport.model.Agenda;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first agenda the app shows, found in the background while the window is being built, so
 * that Today appears sooner: the agenda saved for today when the book has not changed since it
 * was planned ({@link SavedAgendas}); otherwise today is planned now.
 */
public final class AgendaPrefetch {
    private static final Logger LOG = LoggerFactory.getLogger(AgendaPrefetch.class);
    private final PlanningService planning;
    private final SavedAgendas saved;
    private final AtomicReference<CompletableFuture<FirstAgenda>> prefetched = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<Optional<Agenda>>> savedLookup = new AtomicReference<>();

    public AgendaPrefetch(PlanningService planning, SavedAgendas saved) {
        this.planning = planning;
        this.saved = saved;
    }

    /** The first agenda the app shows, and whether it is the one saved when the day was planned ahead. */
    public record FirstAgenda(Agenda agenda, boolean saved) {
    }

    /** Starts finding today's agenda in the background; {@link #first()} takes the result. */
    public void start() {
        LocalDate day = planning.today();
        CompletableFuture<Optional<Agenda>> lookup = new CompletableFuture<>();
        savedLookup.set(lookup);
        prefetched.set(CompletableFuture.supplyAsync(() -> {
            Optional<Agenda> found;
            try {
                found = saved.find(day);
            } catch (RuntimeException e) {
                lookup.complete(Optional.empty());
                throw e;
            }
            lookup.complete(found);
            FirstAgenda first = found.map(a -> new FirstAgenda(a, true))
                    .orElseGet(() -> new FirstAgenda(planning.agenda(), false));
            LOG.info("Prefetched {} follow-ups ({}), {} ms after the program started",
                    first.agenda().followUps().size(),
                    first.saved() ? "saved when they were planned ahead" : "planned now",
                    System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
            return first;
        }, runnable -> {
            Thread t = new Thread(runnable, "rapport-prefetch");
            t.setDaemon(true);
            t.start();
        }));
    }

    /**
     * Waits (at most {@code wait}, never for planning) until the prefetch has looked for the agenda
     * saved for today; true when it found one, which {@link #ready()} then gives. For the app's
     * start, off the FX thread, so that the window can open with Today filled in.
     */
    public boolean awaitSaved(Duration wait) {
        CompletableFuture<Optional<Agenda>> lookup = savedLookup.get();
        if (lookup == null) {
            return false;
        }
        try {
            if (lookup.get(wait.toMillis(), TimeUnit.MILLISECONDS).isEmpty()) {
                return false;
            }
            CompletableFuture<FirstAgenda> pending = prefetched.get();
            if (pending != null) {
                pending.get(wait.toMillis(), TimeUnit.MILLISECONDS); // done right after the lookup
            }
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The prefetched agenda if it is there for today already (taken, once); never waits. */
    public Optional<FirstAgenda> ready() {
        CompletableFuture<FirstAgenda> pending = prefetched.get();
        if (pending == null || !pending.isDone() || pending.isCompletedExceptionally()) {
            return Optional.empty();
        }
        FirstAgenda first = pending.join();
        if (!first.agenda().asOf().equals(planning.today()) || !prefetched.compareAndSet(pending, null)) {
            return Optional.empty();
        }
        return Optional.of(first);
    }

    /**
     * The prefetched agenda when there is one for today (once), else today's agenda planned now.
     * A saved agenda is marked so: plan the day again once the window is up
     * ({@link PlanningService#agenda()}) and show that one if it differs.
     */
    public FirstAgenda first() {
        CompletableFuture<FirstAgenda> pending = prefetched.getAndSet(null);
        if (pending != null) {
            try {
                FirstAgenda first = pending.join();
                if (first.agenda().asOf().equals(planning.today())) {
                    return first;
                }
            } catch (CompletionException e) {
                // planned again below, where the failure (if it lasts) reaches the caller
            }
        }
        return new FirstAgenda(planning.agenda(), false);
    }
}
