package app.rapport.ui.clients;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Keeps a text column of a table at least as wide as its longest entry, up to a limit, so that
 * names show whole ("Małgorzata Lewandowska-Wiśniewska", not "Małgorzata Lewan…"). The entries
 * are measured in the font the column's cells draw with, known once a cell is on screen; the
 * column only grows, so that it does not jump while the owner types a search.
 */
final class FitColumn<S> {
    /** The longest entries (by length) that are measured: a long list is not measured whole. */
    static final int MEASURED = 40;

    private final TableColumn<S, String> column;
    private final Function<S, String> text;
    private final double limit;
    private List<S> rows = List.of();
    private Font font;
    private double padding;

    FitColumn(TableColumn<S, String> column, Function<S, String> text, double limit) {
        this.column = column;
        this.text = text;
        this.limit = limit;
        column.setCellFactory(c -> cell());
    }

    private TableCell<S, String> cell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                if (font == null && !empty && getScene() != null) {
                    applyCss(); // the first cell on screen: its font and padding, as styled
                    font = getFont();
                    padding = snappedLeftInset() + snappedRightInset();
                    Platform.runLater(FitColumn.this::fit); // not while the table lays out its cells
                }
            }
        };
    }

    /** Widens the column, when needed, for these rows. */
    void fit(List<S> shown) {
        rows = shown;
        fit();
    }

    private void fit() {
        if (font == null || rows.isEmpty()) {
            return;
        }
        PriorityQueue<String> longest = new PriorityQueue<>(Comparator.comparingInt(String::length));
        for (S row : rows) { // one pass, even over 50,000 rows
            String t = text.apply(row);
            if (t != null && !t.isEmpty()) {
                longest.add(t);
                if (longest.size() > MEASURED) {
                    longest.poll();
                }
            }
        }
        Text probe = new Text();
        probe.setFont(font);
        double widest = longest.stream().mapToDouble(t -> {
            probe.setText(t);
            return probe.getLayoutBounds().getWidth();
        }).max().orElse(0);
        double needed = Math.min(limit, Math.ceil(widest + padding) + 2);
        if (needed > column.getMinWidth()) {
            // Widened as the owner would drag it, so that the table's resize policy takes the room
            // from the other columns; a new least width alone widened the table past its edge.
            if (needed > column.getWidth() && column.getTableView() != null) {
                column.getTableView().resizeColumn(column, needed - column.getWidth());
            }
            column.setMinWidth(needed);
        }
    }
}
