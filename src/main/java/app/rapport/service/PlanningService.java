package app.rapport.service;

import app.rapport.io.AgendaJsonWriter;
import app.rapport.model.Agenda;
import app.rapport.model.ClientFacts;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpRule;
import app.rapport.model.HealthScore;
import app.rapport.model.Settings;
import app.rapport.planning.Health;
import app.rapport.planning.Planner;
import app.rapport.service.SavedAgendas.Planned;
import app.rapport.store.BookStore;
import app.rapport.store.BookTx;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follow-up planning over the book: the agenda of a day, one client's open follow-ups and
 * health, every active client's plan. Facts come from one read transaction; the rules themselves
 * are pure ({@link Planner}).
 */
public final class PlanningService {
    private final BookStore store;
    private final Clock clock;
    private final Planner planner;
    private final SavedAgendas saved;

    /** Planning that only reads the book (the command line): nothing is saved. */
    public PlanningService(BookStore store, Clock clock) {
        this(store, clock, new SavedAgendas(store, clock, false));
    }

    /** Today's agenda is given to {@code saved} whenever it is planned, for the next start (the app). */
    public PlanningService(BookStore store, Clock clock, SavedAgendas saved) {
        this.store = store;
        this.clock = clock;
        this.planner = new Planner(clock);
        this.saved = saved;
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
        saved.saveLater(planned);
        return planned.agenda();
    }

    /** The agenda for a date: overdue, due that day, and coming up within the horizon. */
    public Agenda agenda(LocalDate asOf) {
        return store.read(tx -> agenda(tx, tx.settings().load(), asOf));
    }

    /** A day's agenda with the change count of the book it was planned from (one read transaction). */
    Planned planned(LocalDate asOf) {
        return store.read(tx ->
                new Planned(agenda(tx, tx.settings().load(), asOf), tx.agendaSnapshots().changeCount()));
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
