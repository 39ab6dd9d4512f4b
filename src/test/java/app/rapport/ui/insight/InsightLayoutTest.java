package app.rapport.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.InsightChart.Category;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the tiles share the width, and the chart axes' names. */
class InsightLayoutTest {
    @Test
    void widths_alike_unlessATileNeedsMore_thenTheOthersShareTheRest() {
        assertThat(InsightLayout.widths(List.of(200.0, 200.0, 200.0, 200.0), 4, 1000))
                .containsExactly(250, 250, 250, 250);
        assertThat(InsightLayout.widths(List.of(280.0, 200.0, 200.0, 200.0), 4, 1000))
                .containsExactly(280, 240, 240, 240);
        assertThat(InsightLayout.widths(List.of(280.0, 200.0, 200.0, 200.0), 4, 800)).as("they do not fit").isNull();
        assertThat(InsightLayout.widths(List.of(280.0, 200.0, 200.0, 300.0), 2, 800)).containsExactly(400, 400);
    }

    @Test
    void axisNames_monthAndYear_madeUniqueWhereTheyReadAlike() {
        List<Category> months = List.of(new Category("2025-03", "Mar", "2025", "Mar 2025", ""),
                new Category("2025-04", "", "", "Apr 2025", ""), new Category("2026-03", "Mar", "", "Mar 2026", ""),
                new Category("2026-04", "", "", "Apr 2026", ""), new Category("2026-05", "Mar", "", "x", ""));
        List<String> names = InsightChartView.axisNames(months);
        assertThat(names).doesNotHaveDuplicates();
        assertThat(names).extracting(n -> n.replace("\u200B", ""))
                .containsExactly("Mar\n2025", "", "Mar", "", "Mar");
    }
}
