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
            List<ClientFacts> facts = tx.facts().forAgenda(asOf, settings.rules().lookbackDays(),
                    settings.rules().purchaseWindowDays(), ZoneOffset.UTC);
            return planner.plan(facts, settings, asOf);
        });
        Agenda full = store.read(tx -> {
            Settings settings = tx.settings().load();
            return planner.plan(tx.facts().activeClients(asOf, settings.rules().lookbackDays(), ZoneOffset.UTC),
                    settings, asOf);
        });
        assertThat(full.followUps()).as("a sample book worked every day still has a list").hasSizeGreaterThan(10);
        assertThat(reduced.followUps()).containsExactlyElementsOf(full.followUps());
    }
}
