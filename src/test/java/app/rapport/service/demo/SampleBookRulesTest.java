package app.rapport.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** On its as-of date, a sample book gives the agenda follow-ups of every rule of RULES.md. */
class SampleBookRulesTest {
    @ParameterizedTest(name = "{1} clients, seed {0}, as of {2}")
    @CsvSource({
        "7, 2000, 2026-11-22",
        "1, 2000, 2027-02-26",
        "2026, 400, 2026-11-22",
        "2026, 400, 2027-06-30",
        "2026, 400, 2028-02-29",
        "99, 400, 2026-01-05"})
    void sampleBook_onItsAsOfDate_everyRuleFires(long seed, int clients, LocalDate asOf) {
        SampleChunk book = new SampleBookGenerator(seed, clients, asOf).generateAll();
        Map<String, Integer> fired = new RuleProbe(asOf).fired(book.clients(), book.interactions());
        assertThat(fired.keySet()).containsExactlyInAnyOrderElementsOf(RuleProbe.ALL);
    }
}
