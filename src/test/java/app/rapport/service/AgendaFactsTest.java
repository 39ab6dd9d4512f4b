package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Agenda;
import app.rapport.model.ClientFacts;
import app.rapport.model.Settings;
import app.rapport.planning.Planner;
import app.rapport.service.demo.DemoService;
import app.rapport.store.SqliteBookStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The agenda loads only the purchases the rules look at; it must be exactly the agenda planned
 * from every contact, on a sample book and on days before, on and after its last day.
 */
class AgendaFactsTest {
    static final LocalDate LAST_DAY = LocalDate.parse("2026-11-23");

    @TempDir
    static Path dir;
    static SqliteBookStore store;

    @BeforeAll
    static void fill() {
        store = SqliteBookStore.open(dir);
        new DemoService(store, ZoneOffset.UTC).fill(600, 11, LAST_DAY);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23", "2026-11-20", "2026-10-31", "2026-09-15", "2026-12-05", "2027-03-01"})
    void agendaFromAgendaFacts_equalsAgendaFromEveryContact(LocalDate asOf) {
        Planner planner = new Planner(Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        Agenda reduced = store.read(tx -> {
            Settings settings = tx.settings().load();
            List<ClientFacts> facts = tx.facts().forAgenda(asOf, settings.rules(), ZoneOffset.UTC);
            return planner.plan(facts, settings, asOf);
        });
        Agenda full = store.read(tx -> {
            Settings settings = tx.settings().load();
            return planner.plan(tx.facts().activeClients(asOf, settings.rules(), settings.rules().lookbackDays(),
                    ZoneOffset.UTC),
                    settings, asOf);
        });
        assertThat(full.followUps()).as("a sample book worked every day still has a list").hasSizeGreaterThan(10);
        assertThat(reduced.followUps()).containsExactlyElementsOf(full.followUps());
    }

    /** Planning reads only the decisions that can still apply; with every decision of each client it plans the same. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23", "2026-10-31", "2026-12-20", "2027-01-05", "2027-03-01"})
    void agendaFromApplicableDecisions_equalsAgendaFromEveryDecision(LocalDate asOf) {
        Planner planner = new Planner(Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        int[] kept = new int[2];
        Agenda[] agendas = store.read(tx -> {
            Settings settings = tx.settings().load();
            List<ClientFacts> facts = tx.facts().forAgenda(asOf, settings.rules(), ZoneOffset.UTC);
            List<ClientFacts> everyDecision = facts.stream().map(f -> new ClientFacts(f.id(), f.name(), f.tier(),
                    f.preferredChannel(), f.birthday(), f.clientSince(), f.addedOn(), f.lastContactAt(),
                    f.firstPurchaseAt(), f.recent(), f.referrals(), tx.decisions().forClient(f.id()), f.manual()))
                    .toList();
            kept[0] = facts.stream().mapToInt(f -> f.decisions().size()).sum();
            kept[1] = everyDecision.stream().mapToInt(f -> f.decisions().size()).sum();
            return new Agenda[] {planner.plan(facts, settings, asOf), planner.plan(everyDecision, settings, asOf)};
        });
        assertThat(kept[1]).as("the sample book has decisions").isGreaterThan(100);
        assertThat(agendas[0].followUps()).containsExactlyElementsOf(agendas[1].followUps());
        if (asOf.isAfter(LAST_DAY.plusDays(90))) {
            assertThat(kept[0]).as("old decisions are left out").isLessThan(kept[1] / 2);
        }
    }
}
