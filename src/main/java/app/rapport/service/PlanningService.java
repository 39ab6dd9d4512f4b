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
    private final AtomicReference<CompletableFuture<Agenda>> prefetched = new AtomicReference<>();

    public PlanningService(BookStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.planner = new Planner(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The agenda for today. */
    public Agenda agenda() {
        return agenda(today());
    }

    /**
     * Starts planning today's agenda in the background while the window is being built, so that
     * Today appears sooner; {@link #firstAgenda()} takes the result.
     */
    public void prefetchAgenda() {
        LocalDate day = today();
        prefetched.set(CompletableFuture.supplyAsync(() -> {
            Agenda a = agenda(day);
            LOG.info("Prefetched {} follow-ups, {} ms after the program started", a.followUps().size(),
                    System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
            return a;
        }, runnable -> {
            Thread t = new Thread(runnable, "rapport-prefetch");
            t.setDaemon(true);
            t.start();
        }));
    }

    /** The prefetched agenda when there is one for today (once), else today's agenda planned now. */
    public Agenda firstAgenda() {
        CompletableFuture<Agenda> pending = prefetched.getAndSet(null);
        if (pending != null) {
            try {
                Agenda agenda = pending.join();
                if (agenda.asOf().equals(today())) {
                    return agenda;
                }
            } catch (CompletionException e) {
                // planned again below, where the failure (if it lasts) reaches the caller
            }
        }
        return agenda();
    }

    /** The agenda for a date: overdue, due that day, and coming up within the horizon. */
    public Agenda agenda(LocalDate asOf) {
        return store.read(tx -> agenda(tx, tx.settings().load(), asOf));
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
        tx.facts().forAgenda(asOf, settings.rules().lookbackDays(), settings.rules().purchaseWindowDays(),
                clock.getZone(), agenda::add);
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
            List<ClientFacts> facts = tx.facts().activeClients(asOf, settings.rules().healthLookbackDays(),
                    clock.getZone());
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
