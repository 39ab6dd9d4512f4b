package app.rapport.ui.insight;

import app.rapport.model.InsightFilter;
import app.rapport.model.InsightTile;
import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A headline tile: its title, its numbers (each with clients behind it a button that opens them),
 * and the sentence under them.
 */
final class InsightTileView {
    static final String TILE = "insight-tile";
    /** Before a tile's key: "tile-atRisk". */
    static final String TILE_PREFIX = "tile-";
    static final String TITLE = "tile-title";
    static final String FIGURES = "tile-figures";
    static final String FIGURE = "tile-figure";
    static final String LABEL = "tile-label";
    static final String VALUE = "tile-value";
    static final String SENTENCE = "tile-sentence";
    /** A figure's label this short never wraps. */
    private static final int SHORT_LABEL = 10;

    private InsightTileView() {
    }

    static VBox tile(InsightTile tile, Consumer<InsightFilter> open) {
        Label title = new Label(tile.title());
        title.getStyleClass().add(TITLE);
        title.setWrapText(true);
        HBox figures = new HBox(4);
        figures.getStyleClass().add(FIGURES);
        for (InsightTile.Figure f : tile.figures()) {
            figures.getChildren().add(figure(tile, f, open));
        }
        Label sentence = new Label(tile.sentence());
        sentence.getStyleClass().add(SENTENCE);
        sentence.setWrapText(true);
        VBox box = new VBox(6, title, figures, sentence);
        box.getStyleClass().addAll(TILE, TILE_PREFIX + tile.key());
        box.setId(tile.key() + "Tile");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMaxHeight(Double.MAX_VALUE);
        return box;
    }

    private static Region figure(InsightTile tile, InsightTile.Figure f, Consumer<InsightFilter> open) {
        Label value = new Label(f.value());
        value.getStyleClass().addAll(VALUE, f.tone().styleClass());
        value.setMinWidth(Region.USE_PREF_SIZE);
        Label label = new Label(f.label(), InsightChartView.swatch(f.tone()));
        label.getStyleClass().add(LABEL);
        label.setWrapText(true);
        if (f.label().length() <= SHORT_LABEL) {
            label.setMinWidth(Region.USE_PREF_SIZE); // "tested" stays one word
        }
        VBox figure = new VBox(0, value, label);
        figure.getStyleClass().add(FIGURE);
        figure.setPrefWidth(0); // the figures share the tile's width
        figure.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(figure, Priority.ALWAYS);
        if (f.filter() != null) {
            opens(figure, tile, f, open);
        }
        return figure;
    }

    /** Makes a figure work as a button (click, Enter or Space) that opens the clients behind it. */
    private static void opens(VBox figure, InsightTile tile, InsightTile.Figure f, Consumer<InsightFilter> open) {
        figure.getStyleClass().add(InsightChartView.DRILLABLE);
        figure.setId(tile.key() + "-" + f.label().replaceAll("[^A-Za-z]+", "-"));
        figure.setFocusTraversable(true);
        figure.setAccessibleRole(AccessibleRole.BUTTON);
        figure.setAccessibleText(f.value() + " " + f.label() + ": show these clients");
        Tooltip.install(figure, new Tooltip("Show these clients"));
        figure.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                open.accept(f.filter());
            }
        });
        figure.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                open.accept(f.filter());
                e.consume();
            }
        });
    }
}
