package app.rapport.ui.insight;

import app.rapport.model.InsightChart;
import app.rapport.model.InsightChart.Category;
import app.rapport.model.InsightChart.Point;
import app.rapport.model.InsightFilter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * One of Insight's charts as a card on the screen: its title, a legend of its series, and a
 * JavaFX chart (stacked columns by month, or bars across) with the exact figures in each bar's
 * tooltip; a bar with clients behind it opens them. A chart with nothing to show says so in
 * words instead of bare axes. Drawn at once: no animation.
 */
final class InsightChartView {
    static final String CARD = "chart-card";
    /** Before a chart's key: "chart-contacts". */
    static final String CARD_PREFIX = "chart-";
    static final String LEGEND = "chart-legend";
    static final String LEGEND_ITEM = "legend-item";
    static final String TITLE = "chart-title";
    static final String EMPTY = "chart-empty";
    static final String DRILLABLE = "drillable";
    static final String SWATCH = "tone-swatch";
    /** The key of a bar's property that holds its tooltip's text (the chart binds its accessible text). */
    static final String TIP = "insight-tip";
    private static final double HEIGHT = 250;
    private static final Duration TOOLTIP_DELAY = Duration.millis(150);
    private static final String ZERO_WIDTH_SPACE = "\u200B";

    private InsightChartView() {
    }

    static VBox card(InsightChart chart, Consumer<InsightFilter> open) {
        Label title = new Label(chart.title());
        title.getStyleClass().add(TITLE);
        VBox card = new VBox(6, title);
        card.getStyleClass().addAll(CARD, CARD_PREFIX + chart.key());
        card.setId(chart.key() + "Chart");
        if (chart.isEmpty()) {
            Label empty = new Label(chart.emptyText());
            empty.getStyleClass().add(EMPTY);
            empty.setWrapText(true);
            StackPane place = new StackPane(empty);
            place.setPrefHeight(HEIGHT);
            VBox.setVgrow(place, Priority.ALWAYS);
            card.getChildren().add(place);
            return card;
        }
        if (chart.shape() == InsightChart.Shape.MONTHS) {
            card.getChildren().addAll(legend(chart), columns(chart, open));
        } else {
            card.getChildren().add(barsAcross(chart, open));
        }
        return card;
    }

    private static FlowPane legend(InsightChart chart) {
        FlowPane legend = new FlowPane(14, 4);
        legend.getStyleClass().add(LEGEND);
        for (InsightChart.Series s : chart.series()) {
            Label item = new Label(s.name(), swatch(s.tone()));
            item.getStyleClass().add(LEGEND_ITEM);
            legend.getChildren().add(item);
        }
        return legend;
    }

    /** A small square in a tone, for legends and tiles. */
    static Region swatch(InsightChart.Tone tone) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll(SWATCH, tone.styleClass());
        return swatch;
    }

    private static Node columns(InsightChart chart, Consumer<InsightFilter> open) {
        List<String> keys = axisNames(chart.categories());
        StackedBarChart<String, Number> bars = new StackedBarChart<>(categoryAxis(keys), valueAxis(chart));
        bars.setCategoryGap(chart.categories().size() > 12 ? 4 : 10);
        setUp(bars);
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        for (InsightChart.Series s : chart.series()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            for (int c = 0; c < keys.size(); c++) {
                series.getData().add(new XYChart.Data<>(keys.get(c), s.points().get(c).value()));
            }
            all.add(series);
        }
        bars.getData().setAll(all); // at once: each series added restyles the bars of those before it
        Tooltip tooltip = tooltip();
        for (int i = 0; i < all.size(); i++) {
            InsightChart.Series s = chart.series().get(i);
            for (int c = 0; c < keys.size(); c++) {
                decorate(all.get(i).getData().get(c).getNode(), tooltip, s, chart.categories().get(c),
                        s.points().get(c), open);
            }
        }
        return bars;
    }

    private static Node barsAcross(InsightChart chart, Consumer<InsightFilter> open) {
        List<String> keys = axisNames(chart.categories());
        List<String> fromTop = new ArrayList<>(keys);
        Collections.reverse(fromTop); // the axis counts from the bottom: the first referrer on top
        BarChart<Number, String> bars = new BarChart<>(valueAxis(chart), categoryAxis(fromTop));
        bars.setCategoryGap(4);
        bars.setBarGap(0);
        setUp(bars);
        InsightChart.Series s = chart.series().get(0);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(s.name());
        for (int c = 0; c < chart.categories().size(); c++) {
            series.getData().add(new XYChart.Data<>(s.points().get(c).value(), keys.get(c)));
        }
        bars.getData().add(series);
        Tooltip tooltip = tooltip();
        for (int c = 0; c < chart.categories().size(); c++) {
            decorate(series.getData().get(c).getNode(), tooltip, s, chart.categories().get(c), s.points().get(c), open);
        }
        return bars;
    }

    private static void setUp(XYChart<?, ?> chart) {
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(HEIGHT);
        chart.setMinHeight(HEIGHT * 0.8);
        chart.getXAxis().setAnimated(false);
        chart.getYAxis().setAnimated(false);
        chart.setVerticalGridLinesVisible(false);
        VBox.setVgrow(chart, Priority.ALWAYS);
    }

    /** The value axis: from 0 in round steps, whole numbers, its unit as its label. */
    private static NumberAxis valueAxis(InsightChart chart) {
        InsightChart.Scale scale = chart.scale(5);
        NumberAxis axis = new NumberAxis(chart.unit(), 0, scale.max(), scale.step());
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return InsightChart.Scale.tick(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        return axis;
    }

    /** A tooltip for the bars of one chart, its text set as the pointer enters each (one popup, not hundreds). */
    private static Tooltip tooltip() {
        Tooltip tooltip = new Tooltip();
        tooltip.setShowDelay(TOOLTIP_DELAY);
        return tooltip;
    }

    private static void decorate(Node bar, Tooltip tooltip, InsightChart.Series series, Category category,
            Point point, Consumer<InsightFilter> open) {
        bar.getStyleClass().add(series.tone().styleClass());
        StringBuilder tip = new StringBuilder(category.name()).append('\n').append(series.name()).append(": ")
                .append(point.exact());
        if (!category.note().isEmpty()) {
            tip.append('\n').append(category.note());
        }
        if (point.filter() != null) {
            tip.append("\nClick to see these clients.");
            bar.getStyleClass().add(DRILLABLE);
            bar.setOnMouseClicked(e -> open.accept(point.filter()));
        }
        String text = tip.toString();
        bar.setOnMouseEntered(e -> tooltip.setText(text));
        Tooltip.install(bar, tooltip);
        bar.getProperties().put(TIP, text);
    }

    /**
     * The axis's categories: each category's label as the axis writes it, made unique where two
     * read alike ("Mar" of two years, the blank places of a long window) by zero-width spaces.
     */
    static List<String> axisNames(List<Category> categories) {
        Set<String> taken = new HashSet<>();
        List<String> names = new ArrayList<>(categories.size());
        for (Category c : categories) {
            String name = c.yearLabel().isEmpty() ? c.label() : c.label() + "\n" + c.yearLabel();
            while (!taken.add(name)) {
                name += ZERO_WIDTH_SPACE;
            }
            names.add(name);
        }
        return names;
    }

    private static CategoryAxis categoryAxis(List<String> names) {
        CategoryAxis axis = new CategoryAxis(FXCollections.observableArrayList(names));
        axis.setAnimated(false);
        axis.setTickLabelRotation(0);
        return axis;
    }
}
