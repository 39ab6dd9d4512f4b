package app.rapport.ui.insight;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/**
 * How Insight's tiles and charts share the width: the tiles four a row when their numbers fit (a
 * tile with wide numbers gets the room they need, the others share the rest alike), else two,
 * else one; the charts two a row when there is room, else one.
 */
final class InsightLayout {
    /** Narrower than this, the charts go one a row. */
    static final double TWO_CHARTS = 640;
    /** No tile narrower than this: its sentence and labels would wrap a word a line. */
    static final double TILE_MIN = 200;

    private InsightLayout() {
    }

    /**
     * Lays the tiles and charts out in {@code width} (their stylesheet applied already: the numbers' size comes from
     * it).
     */
    static void arrange(GridPane tiles, GridPane charts, double width) {
        if (width <= 0) {
            return;
        }
        List<Double> mins = tiles.getChildren().stream().map(t -> Math.max(TILE_MIN, t.minWidth(-1))).toList();
        int columns = 4;
        double[] widths = widths(mins, columns, width - (columns - 1) * tiles.getHgap());
        while (columns > 1 && widths == null) {
            columns /= 2;
            widths = widths(mins, columns, width - (columns - 1) * tiles.getHgap());
        }
        place(tiles, columns, widths);
        place(charts, width >= TWO_CHARTS ? 2 : 1, null);
    }

    /**
     * The widths of {@code columns} columns in {@code room}: alike, except that a column whose cells
     * need more gets what they need and the others share what is left; null when they do not fit.
     */
    static double[] widths(List<Double> mins, int columns, double room) {
        double[] need = new double[columns];
        double total = 0;
        for (int i = 0; i < mins.size(); i++) {
            need[i % columns] = Math.max(need[i % columns], mins.get(i));
        }
        for (double n : need) {
            total += n;
        }
        if (total > room) {
            return columns == 1 ? need : null;
        }
        double[] widths = new double[columns];
        boolean[] fixed = new boolean[columns];
        boolean changed = true;
        while (changed) {
            changed = false;
            double left = room;
            int free = 0;
            for (int c = 0; c < columns; c++) {
                if (fixed[c]) {
                    left -= need[c];
                } else {
                    free++;
                }
            }
            double share = left / Math.max(1, free);
            for (int c = 0; c < columns; c++) {
                if (!fixed[c] && need[c] > share) {
                    fixed[c] = true;
                    changed = true;
                }
                widths[c] = fixed[c] ? need[c] : share;
            }
        }
        return widths;
    }

    /** Lays the cells out in rows of {@code columns}: of the given widths, or of equal ones when null. */
    private static void place(GridPane grid, int columns, double[] widths) {
        if (grid.getColumnConstraints().size() != columns || grid.getChildren().stream()
                .anyMatch(n -> GridPane.getColumnIndex(n) == null)) {
            List<Node> cells = List.copyOf(grid.getChildren());
            grid.getChildren().clear();
            grid.getColumnConstraints().clear();
            for (int c = 0; c < columns; c++) {
                grid.getColumnConstraints().add(new ColumnConstraints());
            }
            for (int i = 0; i < cells.size(); i++) {
                grid.add(cells.get(i), i % columns, i / columns);
            }
        }
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = grid.getColumnConstraints().get(c);
            if (widths == null) {
                column.setPercentWidth(100.0 / columns);
            } else {
                column.setMinWidth(widths[c]);
                column.setPrefWidth(widths[c]);
                column.setMaxWidth(widths[c]);
            }
        }
    }
}
