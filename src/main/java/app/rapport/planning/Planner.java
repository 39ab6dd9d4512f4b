package app.rapport.planning;

import app.rapport.model.Agenda;
import app.rapport.model.AgendaOrder;
import app.rapport.model.ClientFacts;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Settings;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Plans follow-ups by RULES.md. Pure: the same facts, settings and date always give the same
 * follow-ups, in the same order, and planning stores nothing.
 *
 * <p>For each client, every switched-on rule proposes its candidates; the owner's decisions
 * apply by occurrence key (a done closes the action it did; else the latest decision counts: a
 * skip closes, a snooze hides until its date and then makes it due on it); then GONE_QUIET is
 * dropped when any other open follow-up of the client is due on or before it. See the package
 * documentation for the cases RULES.md leaves open.
 */
public final class Planner {
    private final Clock clock;
    private final Rule[] rules = {new GoneQuietRule(), new ThankPurchaseRule(), new RecoveryRule(),
        new RecoveryCheckInRule(), new ThankReferrerRule(), new BirthdayRule(), new AnniversaryRule(),
        new EarlyCareRule(), new ManualRule()};

    /** @param clock gives today's date and the zone in which decisions' times become dates */
    public Planner(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Today's agenda (as-of = {@code LocalDate.now(clock)}). */
    public Agenda plan(Collection<ClientFacts> clients, Settings settings) {
        return plan(clients, settings, LocalDate.now(clock));
    }

    /**
     * The agenda for a date: open follow-ups due on or before {@code asOf + horizonDays}, in the
     * agenda order ({@link AgendaOrder#agenda}).
     */
    public Agenda plan(Collection<ClientFacts> clients, Settings settings, LocalDate asOf) {
        AgendaBuilder agenda = agenda(settings, asOf);
        // Each client is planned on its own, so the book is shared out among the processors.
        clients.parallelStream().forEach(agenda::add);
        return agenda.build();
    }

    /**
     * An agenda planned one client at a time, as the clients' facts arrive (from any number of
     * threads at once): {@link #plan(Collection, Settings, LocalDate)} without holding every
     * client's facts at the same time.
     */
    public AgendaBuilder agenda(Settings settings, LocalDate asOf) {
        return new AgendaBuilder(PlanningContext.of(asOf, settings, clock.getZone()));
    }

    /** Collects the listed follow-ups of the clients handed to it; thread-safe until {@link #build}. */
    public final class AgendaBuilder {
        private final PlanningContext ctx;
        private final LocalDate horizon;
        private final List<FollowUp> listed = new ArrayList<>();

        private AgendaBuilder(PlanningContext ctx) {
            this.ctx = ctx;
            this.horizon = ctx.asOf().plusDays(ctx.rules().horizonDays());
        }

        /** Plans one client: its open follow-ups due by the horizon go on the agenda. */
        public void add(ClientFacts client) {
            List<FollowUp> mine = null;
            for (Candidate c : open(client, ctx)) {
                if (!c.due().isAfter(horizon)) {
                    mine = mine == null ? new ArrayList<>(2) : mine;
                    mine.add(c.toFollowUp(client));
                }
            }
            if (mine != null) {
                synchronized (listed) {
                    listed.addAll(mine);
                }
            }
        }

        /** The agenda in its order ({@link AgendaOrder#agenda}). */
        public Agenda build() {
            synchronized (listed) {
                List<FollowUp> sorted = new ArrayList<>(listed);
                FollowUpOrder.sortForAgenda(sorted, ctx.asOf());
                return new Agenda(ctx.asOf(), sorted);
            }
        }
    }

    /**
     * Every open follow-up of one client, any due date (no horizon), after snoozes, skips and the
     * GONE_QUIET drop, sorted by due date then priority.
     */
    public List<FollowUp> planClient(ClientFacts client, Settings settings, LocalDate asOf) {
        return open(client, PlanningContext.of(asOf, settings, clock.getZone())).stream()
                .map(c -> c.toFollowUp(client)).sorted(AgendaOrder.BY_DUE).toList();
    }

    private List<Candidate> open(ClientFacts client, PlanningContext ctx) {
        ClientLog log = new ClientLog(client, ctx.asOf());
        List<Candidate> open = new ArrayList<>(4);
        for (Rule rule : rules) {
            if (ctx.rules().isOn(rule.rule())) {
                List<Candidate> proposed = rule.propose(log, ctx);
                for (int i = 0; i < proposed.size(); i++) {
                    log.decisions().apply(proposed.get(i), client, ctx.asOf()).ifPresent(open::add);
                }
            }
        }
        dropGoneQuiet(open);
        return open;
    }

    /** One call serves both: GONE_QUIET goes when another follow-up is due on or before it. */
    private static void dropGoneQuiet(List<Candidate> open) {
        Candidate quiet = null;
        for (Candidate c : open) {
            if (c.rule() == FollowUpRule.GONE_QUIET) {
                quiet = c;
                break;
            }
        }
        if (quiet == null) {
            return;
        }
        for (Candidate c : open) {
            if (c.rule() != FollowUpRule.GONE_QUIET && !c.due().isAfter(quiet.due())) {
                open.remove(quiet);
                return;
            }
        }
    }
}
