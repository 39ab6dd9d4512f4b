package app.rapport.service;

import app.rapport.io.AgendaJsonWriter;
import app.rapport.model.ClientFacts;
import app.rapport.model.FollowUpRule;
import app.rapport.model.FollowUp;
import app.rapport.model.Settings;
import app.rapport.model.Agenda;
import app.rapport.planning.Health;
import app.rapport.model.HealthScore;
import app.rapport.planning.Planner;
import app.rapport.store.BookStore;
import app.rapport.store.BookTx;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follow-up planning over the book: the agenda of a day, one client's open follow-ups and
 * health. Facts come from one read transaction; the rules themselves are pure ({@link Planner}).
 */
public final class PlanningService {
    private static final Logger LOG = LoggerFactory.getLogger(PlanningService.class);
    private final BookStore store;
    private final Clock clock;
    private final Planner planner;
    private final AtomicReference<CompletableFuture<FirstAgenda>> prefetched = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<Optional<Agenda>>> savedLookup = new AtomicReference<>();
    /** The program build and time zone that plan here: agendas saved by others are not used. */
    private final String plannedBy;
    private final boolean saves;
    private final java.util.concurrent.ExecutorService saver = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rapport-save-agenda");
        t.setDaemon(true);
        return t;
    });

    /** Planning that only reads the book (the command line): nothing is saved ahead. */
    public PlanningService(BookStore store, Clock clock) {
        this(store, clock, false);
    }

    /** With {@code saves}, today's agenda is saved whenever it is planned, for the next start (the app). */
    public PlanningService(BookStore store, Clock clock, boolean saves) {
        this.store = store;
        this.clock = clock;
        this.planner = new Planner(clock);
        this.plannedBy = Build.id() + " " + clock.getZone().getId();
        this.saves = saves;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The agenda for today, planned now. The app's own book also saves it (in the background), so
     * that the next start can show it at once if the book has not changed by then.
     */
    public Agenda agenda() {
        Planned planned = planned(today());
        if (saves) {
            saveLater(planned);
        }
        return planned.agenda();
    }

    /**
     * Starts finding today's agenda in the background while the window is being built, so that
     * Today appears sooner; {@link #firstAgenda()} takes the result. The agenda saved for today is
     * taken when the book has not changed since it was planned; otherwise today is planned now.
     */
    public void prefetchAgenda() {
        LocalDate day = today();
        CompletableFuture<Optional<Agenda>> lookup = new CompletableFuture<>();
        savedLookup.set(lookup);
        prefetched.set(CompletableFuture.supplyAsync(() -> {
            Optional<Agenda> saved;
            try {
                saved = saved(day);
            } catch (RuntimeException e) {
                lookup.complete(Optional.empty());
                throw e;
            }
            lookup.complete(saved);
            FirstAgenda first = saved.map(a -> new FirstAgenda(a, true)).orElseGet(() -> new FirstAgenda(agenda(), false));
            LOG.info("Prefetched {} follow-ups ({}), {} ms after the program started", first.agenda().followUps().size(),
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
     * saved for today; true when it found one, which {@link #firstAgendaIfReady()} then gives.
     * For the app's start, off the FX thread, so that the window can open with Today filled in.
     */
    public boolean awaitSaved(java.time.Duration wait) {
        CompletableFuture<Optional<Agenda>> lookup = savedLookup.get();
        if (lookup == null) {
            return false;
        }
        try {
            if (lookup.get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).isEmpty()) {
                return false;
            }
            CompletableFuture<FirstAgenda> pending = prefetched.get();
            if (pending != null) {
                pending.get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS); // done right after the lookup
            }
            return true;
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The prefetched agenda if it is there for today already (taken, once); never waits. */
    public Optional<FirstAgenda> firstAgendaIfReady() {
        CompletableFuture<FirstAgenda> pending = prefetched.get();
        if (pending == null || !pending.isDone() || pending.isCompletedExceptionally()) {
            return Optional.empty();
        }
        FirstAgenda first = pending.join();
        if (!first.agenda().asOf().equals(today()) || !prefetched.compareAndSet(pending, null)) {
            return Optional.empty();
        }
        return Optional.of(first);
    }

    /**
     * The prefetched agenda when there is one for today (once), else today's agenda planned now.
     * A saved agenda is marked so: plan the day again once the window is up ({@link #agenda()})
     * and show that one if it differs.
     */
    public FirstAgenda firstAgenda() {
        CompletableFuture<FirstAgenda> pending = prefetched.getAndSet(null);
        if (pending != null) {
            try {
                FirstAgenda first = pending.join();
                if (first.agenda().asOf().equals(today())) {
                    return first;
                }
            } catch (CompletionException e) {
                // planned again below, where the failure (if it lasts) reaches the caller
            }
        }
        return new FirstAgenda(agenda(), false);
    }

    /** The first agenda the app shows, and whether it is the one saved when the day was planned ahead. */
    public record FirstAgenda(Agenda agenda, boolean saved) {
    }

    /** The agenda saved for {@code day}, when the book has not changed since it was planned. */
    public Optional<Agenda> saved(LocalDate day) {
        return store.read(tx -> tx.agendaSnapshots().find(day, plannedBy));
    }

    /** The book's change count (see {@link app.rapport.store.AgendaSnapshotRepository}). */
    public long changeCount() {
        return store.read(tx -> tx.agendaSnapshots().changeCount());
    }

    /**
     * Plans and saves the agendas of today and the {@code days - 1} days after it that have none
     * saved for the book as it is now, so that the app opens on them at once; forgets older ones.
     * Returns how many it planned (none where nothing is saved ahead: the command line, a book
     * opened without it).
     */
    public int planAhead(int days) {
        return saves ? saveAhead(days) : 0;
    }

    /**
     * As {@link #planAhead}, whatever the book was opened for: the {@code demo} command saves the
     * new book's coming days so, and the app's first start on it opens on Today at once.
     */
    public int saveAhead(int days) {
        LocalDate first = today();
        int planned = 0;
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            if (!store.read(tx -> tx.agendaSnapshots().has(day, plannedBy))) {
                write(planned(day));
                planned++;
            }
        }
        store.writeAsideVoid(tx -> tx.agendaSnapshots().forgetBefore(first));
        return planned;
    }

    /** Waits for the agendas being saved (at most {@code timeout}); later saves are refused. */
    public void close(java.time.Duration timeout) {
        saver.shutdown();
        try {
            if (!saver.awaitTermination(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                saver.shutdownNow();
            }
        } catch (InterruptedException e) {
            saver.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** The agenda for a date: overdue, due that day, and coming up within the horizon. */
    public Agenda agenda(LocalDate asOf) {
        return store.read(tx -> agenda(tx, tx.settings().load(), asOf));
    }

    /** A day's agenda with the change count of the book it was planned from (one read transaction). */
    private Planned planned(LocalDate asOf) {
        return store.read(tx -> new Planned(agenda(tx, tx.settings().load(), asOf), tx.agendaSnapshots().changeCount()));
    }

    private record Planned(Agenda agenda, long changeCount) {
    }

    /** Saves today's agenda in the background, unless one is saved already for the book as it is now. */
    private void saveLater(Planned planned) {
        try {
            saver.execute(() -> {
                LocalDate day = planned.agenda().asOf();
                if (!store.read(tx -> tx.agendaSnapshots().has(day, plannedBy))) { // planning again gives the same
                    write(planned);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the book is closing: the next start plans the day again
        }
    }

    private void write(Planned planned) {
        try {
            boolean saved = store.writeAside(tx -> tx.agendaSnapshots().save(planned.agenda(), planned.changeCount(), plannedBy));
            LOG.debug("Agenda for {} {}", planned.agenda().asOf(), saved ? "saved" : "not saved: the book changed since");
        } catch (RuntimeException e) {
            LOG.warn("The agenda for {} could not be saved ahead; it will be planned at the next start",
                    planned.agenda().asOf(), e);
        }
    }

    /** The agenda for a date looking {@code horizonDays} ahead instead of the owner's horizon. */
    public Agenda agenda(LocalDate asOf, int horizonDays) {
        return store.read(tx -> {
            Settings settings = tx.settings().load();
            return agenda(tx, settings.withRules(settings.rules().withHorizonDays(horizonDays)), asOf);
        });
    }

    /** Each client is planned as soon as its facts are read, so that they need not all be held at once. */
    private Agenda agenda(BookTx tx, Settings settings, LocalDate asOf) {
        Planner.AgendaBuilder agenda = planner.agenda(settings, asOf);
        tx.facts().forAgenda(asOf, settings.rules(), clock.getZone(), agenda::add);
        return agenda.build();
    }

    /** Writes an agenda as FORMATS.md's agenda JSON. */
    public void writeJson(Agenda agenda, OutputStream out) {
        try {
            new AgendaJsonWriter().write(out, agenda.asOf(), agenda.followUps());
        } catch (IOException e) {
            throw new ServiceException("Cannot write the agenda: " + e.getMessage(), e);
        }
    }

    /** The agenda and every active client's plan summary (health, next follow-up), from one snapshot. */
    public Overview overview() {
        LocalDate asOf = today();
        return store.read(tx -> {
            Settings settings = tx.settings().load();
            List<ClientFacts> facts = tx.facts().activeClients(asOf, settings.rules(),
                    settings.rules().healthLookbackDays(), clock.getZone());
            Map<String, ClientPlan> plans = new HashMap<>();
            for (ClientFacts c : facts) {
                List<FollowUp> open = planner.planClient(c, settings, asOf);
                plans.put(c.id(), plan(c, settings, asOf, open));
            }
            return new Overview(planner.plan(facts, settings, asOf), plans);
        });
    }

    /** One client's plan today; empty when the client is archived, "do not contact" or gone. */
    public Optional<ClientPlan> client(String clientId) {
        LocalDate asOf = today();
        return store.read(tx -> {
            Settings settings = tx.settings().load();
            return tx.facts().client(clientId, asOf, settings.rules().healthLookbackDays(), clock.getZone())
                    .map(c -> plan(c, settings, asOf, planner.planClient(c, settings, asOf)));
        });
    }

    private static ClientPlan plan(ClientFacts c, Settings settings, LocalDate asOf, List<FollowUp> open) {
        boolean recoveryOpen = open.stream().anyMatch(f -> f.rule() == FollowUpRule.RECOVERY);
        HealthScore health = Health.of(c, settings, asOf, recoveryOpen);
        List<FollowUp> sorted = open.stream()
                .sorted(Comparator.comparing(FollowUp::due).thenComparingInt(FollowUp::priority)).toList();
        return new ClientPlan(c.id(), health, sorted);
    }

    /** A client's health and open follow-ups, soonest first. */
    public record ClientPlan(String clientId, HealthScore health, List<FollowUp> open) {
        public Optional<FollowUp> next() {
            return open.stream().findFirst();
        }
    }

    /** Today's agenda and every active client's plan. */
    public record Overview(Agenda agenda, Map<String, ClientPlan> clients) {
    }
}
