package app.rapport.ui.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The column-mapping step of an import (clients, sales): the file's first rows in a table, each
 * column headed by its header and a choice of what it holds ({@code #column0}, {@code #column1}...).
 * A choice changed by the owner is passed on as the whole mapping, in words; the file read again
 * with it comes back through {@link #show}, which keeps the table (and the keyboard's place in it)
 * when the columns are the same.
 */
final class ColumnMapping {
    static final double COLUMN_WIDTH = 170;

    private final TableView<List<String>> table;
    private final List<String> fields;
    private final Consumer<List<String>> remapped;
    private final List<ComboBox<String>> choices = new ArrayList<>();
    private List<String> headers = List.of();
    /** Set while the choices are set from the file, so that they are not passed back as the owner's. */
    private boolean showing;

    /**
     * @param fields what a column can hold, in words
     * @param remapped told the mapping, in words, each time the owner changes a column's choice
     */
    ColumnMapping(TableView<List<String>> table, List<String> fields, Consumer<List<String>> remapped) {
        this.table = table;
        this.fields = List.copyOf(fields);
        this.remapped = remapped;
    }

    /** Shows the file's columns with the field of each ({@code mapping}, in words) and its first rows. */
    void show(List<String> newHeaders, List<String> mapping, List<List<String>> rows) {
        showing = true;
        try {
            if (!newHeaders.equals(headers)) {
                build(newHeaders);
            }
            if (!table.getItems().equals(rows)) {
                table.getItems().setAll(rows);
            }
            for (int i = 0; i < choices.size(); i++) {
                choices.get(i).setValue(i < mapping.size() ? mapping.get(i) : null);
            }
        } finally {
            showing = false;
        }
    }

    private void build(List<String> newHeaders) {
        headers = List.copyOf(newHeaders);
        table.getColumns().clear();
        choices.clear();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().setAll(fields);
            choice.setId("column" + i);
            Tooltip whole = new Tooltip();
            whole.textProperty().bind(choice.valueProperty()); // a long field's name is cut short in its column
            choice.setTooltip(whole);
            choice.valueProperty().addListener((o, was, now) -> {
                if (!showing) {
                    remapped.accept(choices.stream().map(ComboBox::getValue).toList());
                }
            });
            choices.add(choice);
            TableColumn<List<String>, String> column = new TableColumn<>();
            column.setGraphic(new VBox(4, new Label(headers.get(i)), choice));
            column.setPrefWidth(COLUMN_WIDTH);
            column.setSortable(false);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(index < c.getValue().size()
                    ? c.getValue().get(index) : ""));
            table.getColumns().add(column);
        }
    }
}
