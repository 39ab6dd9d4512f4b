package app.rapport.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Agenda;
import app.rapport.model.Bucket;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Interaction;
import app.rapport.model.Settings;
import app.rapport.service.PlanningService;
import app.rapport.store.SqliteBookStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The morning's list of a sample book, planned by the app itself: what an owner who works the list
 * every work day has left, in proportion to the book's size: a few follow-ups overdue by days or
 * weeks, some due today, a week's worth coming up, a few clients at risk.
 */
class SampleBookAgendaTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{1} clients, seed {0}, as of {2}")
    @CsvSource({
        "1, 400, 2026-12-04",
        "7, 400, 2026-11-22",
        "2026, 400, 2027-06-30",
        "3, 400, 2028-02-29",
        "99, 400, 2026-01-05",
        "11, 2000, 2027-02-26",
        "5, 2000, 2026-08-17",
        "1, 2000, 2026-12-04"})
    void agenda_onTheAsOfDate_whatAWorkedListLeaves(long seed, int clients, LocalDate asOf) {
        Agenda agenda = plan(seed, clients, asOf);
        List<FollowUp> overdue = agenda.inBucket(Bucket.OVERDUE);
        List<FollowUp> atRisk = agenda.followUps().stream().filter(FollowUp::atRisk).toList();

        assertThat(overdue).hasSizeBetween(Math.max(2, clients / 200), clients / 20);
        assertThat(overdue).allSatisfy(f -> assertThat(ChronoUnit.DAYS.between(f.due(), asOf))
                .as("days late of %s", f).isBetween(1L, 31L));
        assertThat(agenda.inBucket(Bucket.UPCOMING)).hasSizeGreaterThanOrEqualTo(clients / 25);
        assertThat(atRisk).hasSizeBetween(1, 3 + clients / 200);
    }

    @ParameterizedTest(name = "{1} clients, seed {0}, as of {2}")
    @CsvSource({"1, 400, 2026-12-04", "11, 2000, 2027-02-26"})
    void atRiskClients_quietForJustOverTwiceTheirCadence(long seed, int clients, LocalDate asOf) {
        Agenda agenda = plan(seed, clients, asOf);
        SampleChunk book = new SampleBookGenerator(seed, clients, asOf).generateAll();
        Map<String, LocalDate> last = new HashMap<>();
        for (Interaction i : book.interactions()) {
            last.merge(i.clientId(), i.at().toLocalDate(), (a, b) -> a.isAfter(b) ? a : b);
        }
        Map<String, String> tiers = new HashMap<>();
        book.clients().forEach(c -> tiers.put(c.id(), c.tier()));
        Settings settings = Settings.defaults();

        assertThat(agenda.followUps()).filteredOn(FollowUp::atRisk).isNotEmpty().allSatisfy(f -> {
            int cadence = settings.cadenceDays(tiers.get(f.clientId()));
            assertThat(f.rule()).isEqualTo(FollowUpRule.GONE_QUIET);
            assertThat(ChronoUnit.DAYS.between(last.get(f.clientId()), asOf)).isBetween(2L * cadence,
                    2L * cadence + 31);
        });
    }

    @ParameterizedTest(name = "{1} clients, seed {0}, as of {2}")
    @CsvSource({"1, 400, 2026-12-04", "4, 400, 2026-11-27"})
    void purchaseReasons_readAsEnglish(long seed, int clients, LocalDate asOf) {
        List<String> reasons = plan(seed, clients, asOf).followUps().stream()
                .filter(f -> f.rule() == FollowUpRule.THANK_PURCHASE).map(FollowUp::reason).toList();

        assertThat(reasons).hasSizeGreaterThan(clients / 50).allSatisfy(r -> assertThat(r)
                .doesNotContain("Bought dozen", "Bought a catering for", "×", "Bought a corporate gift boxes")
                .doesNotContainPattern("\\b(christmas|easter|thanksgiving|valentine|halloween)\\b"));
    }

    private Agenda plan(long seed, int clients, LocalDate asOf) {
        try (SqliteBookStore store = SqliteBookStore.open(dir.resolve("book-" + seed + "-" + clients + "-" + asOf))) {
            new DemoService(store, ZoneOffset.UTC).fill(clients, seed, asOf);
            Clock clock = Clock.fixed(asOf.atTime(8, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            return new PlanningService(store, clock).agenda(asOf);
        }
    }
}
