package app.rapport.service;

import static app.rapport.model.InteractionKind.CALL;
import static app.rapport.model.InteractionKind.COMPLAINT;
import static app.rapport.model.InteractionKind.THANK_YOU_CALL;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.HealthBand;
import app.rapport.model.Insight;
import app.rapport.model.InsightChart;
import app.rapport.model.InsightChart.Category;
import app.rapport.model.InsightChart.Tone;
import app.rapport.model.InsightFilter;
import app.rapport.model.InsightTile;
import app.rapport.model.InteractionKind;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Insight's tiles and charts, made of the figures: what each stacks, the months' labels, and the clients behind each
 * part.
 */
class InsightChartsTest {
    static final YearMonth NOV = YearMonth.of(2026, 11);

    @TempDir
    Path dir;
    InsightFixture book;

    @BeforeEach
    void open() {
        book = new InsightFixture(dir);
        book.client("ana", "2020-01-01", b -> b.name("Ana", "Ruiz").tier("VIP"))
                .purchase("ana", "2026-11-02T10:00", "120").outbound("ana", "2026-11-03T12:00", THANK_YOU_CALL)
                .purchase("ana", "2026-11-20T10:00", "80.5");
        book.client("bo", "2020-01-01", b -> b.referredBy("ana")).log("bo", "2025-01-01T10:00", CALL)
                .log("bo", "2026-11-06T10:00", COMPLAINT);
    }

    @AfterEach
    void close() {
        book.close();
    }

    private static Map<String, InsightChart> charts(Insight insight) {
        return InsightCharts.charts(insight).stream().collect(Collectors.toMap(InsightChart::key, Function.identity()));
    }

    private static InsightChart.Series series(InsightChart chart, String name) {
        return chart.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static InsightChart.Point last(InsightChart.Series s) {
        return s.points().get(s.points().size() - 1);
    }

    @Test
    void months_twelve_eachNamed_theYearOnTheFirstAndOnJanuary() {
        List<Category> months = charts(book.figures()).get("health").categories();
        assertThat(months).extracting(Category::label).containsExactly("Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov");
        assertThat(months).extracting(Category::yearLabel)
                .containsExactly("2025", "2026", "", "", "", "", "", "", "", "",
                "", "");
        assertThat(months).extracting(Category::key).first().isEqualTo("2025-12");
        assertThat(months).extracting(Category::name).last().isEqualTo("Nov 2026");
    }

    @Test
    void months_twentyFour_everyOtherNamed_endingWithTheLast() {
        List<Category> months = charts(book.figures(24)).get("contacts").categories();
        assertThat(months).hasSize(24);
        List<String> named = new ArrayList<>();
        for (Category c : months) {
            named.add(c.label().isEmpty() ? "-" : c.label() + (c.yearLabel().isEmpty() ? "" : " " + c.yearLabel()));
        }
        assertThat(named).containsExactly("-", "Jan 2025", "-", "Mar", "-", "May", "-", "Jul", "-", "Sep", "-", "Nov",
                "-", "Jan 2026", "-", "Mar", "-", "May", "-", "Jul", "-", "Sep", "-", "Nov");
    }

    @Test
    void everyChart_hasAPointACategoryInEachSeries_andEveryKindOfContactIsInOneGroup() {
        Insight insight = book.figures();
        for (InsightChart chart : InsightCharts.charts(insight)) {
            chart.series().forEach(s -> assertThat(s.points()).hasSize(chart.categories().size()));
        }
        List<InteractionKind> grouped = new ArrayList<>();
        for (InsightCharts.ContactGroup g : InsightCharts.ContactGroup.values()) {
            grouped.addAll(g.kinds);
        }
        assertThat(grouped).containsExactlyInAnyOrder(InteractionKind.values());
        InsightChart contacts = charts(insight).get("contacts");
        double inNovember = contacts.series().stream().mapToDouble(s -> last(s).value()).sum();
        assertThat(inNovember).isEqualTo(insight.contactsByMonth().get(11).total());
    }

    @Test
    void purchasesThanked_stacksThankedAndNot_withTheShareInTheNote_andTheClientsBehindEach() {
        InsightChart thanked = charts(book.figures()).get("thanked");
        assertThat(thanked.series()).extracting(InsightChart.Series::name, InsightChart.Series::tone)
                .containsExactly(Tuple.tuple("Thanked within a week", Tone.GOOD),
                        Tuple.tuple("Not thanked", Tone.REST));
        assertThat(last(series(thanked, "Thanked within a week")).filter())
                .isEqualTo(new InsightFilter.Purchases(NOV, InsightFilter.Thanks.THANKED, null));
        assertThat(last(series(thanked, "Not thanked")).exact()).isEqualTo("1");
        assertThat(thanked.categories().get(11).note()).isEqualTo("1 of 2 thanked (50%)");
        assertThat(series(thanked, "Not thanked").points().get(0).filter()).as("nothing behind a zero").isNull();
    }

    @Test
    void revenue_byTierInTheSettingsOrder_exactInTheTooltip() {
        InsightChart revenue = charts(book.figures()).get("revenue");
        assertThat(revenue.series()).extracting(InsightChart.Series::name).containsExactly("VIP", "Regular",
                "Occasional");
        assertThat(last(series(revenue, "VIP")).exact()).isEqualTo("200.50");
        assertThat(last(series(revenue, "VIP")).filter())
                .isEqualTo(new InsightFilter.Purchases(NOV, InsightFilter.Thanks.ANY, "VIP"));
        assertThat(revenue.categories().get(11).note()).isEqualTo("In all 200.50");
    }

    @Test
    void referrers_aBarEach_openingTheClientsTheyReferred() {
        InsightChart referrers = charts(book.figures()).get("referrers");
        assertThat(referrers.shape()).isEqualTo(InsightChart.Shape.BARS_ACROSS);
        assertThat(referrers.categories()).extracting(Category::label).containsExactly("Ana Ruiz");
        assertThat(referrers.series().get(0).points().get(0).filter()).isEqualTo(new InsightFilter.ReferredBy("ana"));
    }

    @Test
    void tiles_healthPurchasesComplaintsAndPayOff_withTheirSentences() {
        Insight insight = book.figures();
        List<InsightTile> tiles = InsightCharts.tiles(insight);
        assertThat(tiles).extracting(InsightTile::key).containsExactly("health", "thanked", "complaints", "payoff");
        InsightTile health = tiles.get(0);
        assertThat(health.sentence()).isEqualTo(InsightSentences.health(insight));
        assertThat(health.figures()).extracting(InsightTile.Figure::label).containsExactly("good", "tested", "at risk");
        int atRisk = insight.health().atRisk();
        assertThat(health.figures().get(2).value()).isEqualTo(String.valueOf(atRisk));
        assertThat(health.figures().get(2).filter())
                .isEqualTo(atRisk == 0 ? null : InsightFilter.Health.now(HealthBand.AT_RISK));
        assertThat(tiles.get(1).title()).isEqualTo("Purchases thanked within a week, Nov 2026");
        assertThat(tiles.get(1).figures()).extracting(InsightTile.Figure::value).containsExactly("1", "1");
        assertThat(tiles.get(1).figures().get(1).filter())
                .isEqualTo(new InsightFilter.Purchases(NOV, InsightFilter.Thanks.NOT_THANKED, null));
        assertThat(tiles.get(2).figures()).extracting(InsightTile.Figure::value).containsExactly("0%");
        assertThat(tiles.get(3).figures()).extracting(InsightTile.Figure::value).containsExactly("—", "—");
        assertThat(tiles.get(3).figures()).extracting(InsightTile.Figure::filter).containsOnlyNulls();
    }

    @Test
    void anEmptyBook_everyChartEmpty_withItsWords() {
        try (InsightFixture empty = new InsightFixture(dir.resolve("empty"))) {
            List<InsightChart> charts = InsightCharts.charts(empty.figures());
            assertThat(charts).allMatch(InsightChart::isEmpty);
            assertThat(charts).extracting(InsightChart::emptyText).contains("No purchases in these months",
                    "No client names who referred them yet");
        }
    }

    @Test
    void theValueAxis_stepsOfOneTwoOrFive_wholeNumbers() {
        assertThat(scale(3)).isEqualTo(new InsightChart.Scale(3, 1));
        assertThat(scale(7)).isEqualTo(new InsightChart.Scale(8, 2));
        assertThat(scale(47576)).isEqualTo(new InsightChart.Scale(50000, 10000));
        assertThat(scale(0)).isEqualTo(new InsightChart.Scale(1, 1));
        assertThat(InsightChart.Scale.tick(4500)).isEqualTo("4,500");
        assertThat(InsightChart.Scale.tick(45000)).isEqualTo("45k");
        assertThat(InsightChart.Scale.tick(1_500_000)).isEqualTo("1.5M");
    }

    private static InsightChart.Scale scale(double top) {
        InsightChart.Category c = new Category("k", "k", "", "k", "");
        return new InsightChart("x", "x", "x", InsightChart.Shape.MONTHS, List.of(c),
                List.of(new InsightChart.Series("s", Tone.GOOD, List.of(new InsightChart.Point(top, "", null)))), "")
                .scale(5);
    }
}
