package app.rapport.ui.today;

import app.rapport.model.FollowUp;
import app.rapport.ui.Icons;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** How the agenda's rows and cells look: group headings, action icons, due dates, row buttons. */
final class AgendaCells {
    static final String GROUP_ROW = "group-row";

    private AgendaCells() {
    }

    static void install(TodayController today, TreeTableColumn<AgendaRow, AgendaRow> client,
                        TreeTableColumn<AgendaRow, AgendaRow> action, TreeTableColumn<AgendaRow, AgendaRow> due,
                        TreeTableColumn<AgendaRow, AgendaRow> buttons) {
        for (var column : java.util.List.of(client, action, due, buttons)) {
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        }
        client.setCellFactory(c -> new Cell((cell, row) -> {
            if (row.isGroup()) {
                cell.setText(row.bucket().label() + " (" + row.count() + ")");
                return;
            }
            FollowUp f = row.followUp();
            Label name = new Label(f.clientName());
            name.getStyleClass().add("agenda-client");
            HBox top = new HBox(8, name);
            top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            if (f.atRisk()) {
                Label badge = new Label("at risk");
                badge.getStyleClass().add("at-risk-badge");
                top.getChildren().add(badge);
            }
            Label why = new Label(f.reason());
            why.getStyleClass().add("agenda-reason");
            why.setTooltip(new Tooltip(f.reason()));
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2, top, why);
            box.setMinWidth(0);
            why.setMinWidth(0);
            cell.setGraphic(box);
            cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }));
        action.setCellFactory(c -> new Cell((cell, row) -> {
            if (!row.isGroup()) {
                cell.setText(row.followUp().action().label());
                cell.setGraphic(Icons.icon(Icons.of(row.followUp().action())));
            }
        }));
        due.setCellFactory(c -> new Cell((cell, row) -> {
            if (!row.isGroup()) {
                LocalDate asOf = today.asOf();
                LocalDate d = row.followUp().due();
                cell.setText(dueText(d, asOf));
                cell.getStyleClass().add(d.isBefore(asOf) ? "due-overdue" : d.equals(asOf) ? "due-today" : "due-later");
                cell.setTooltip(new Tooltip(TodayController.SHORT.format(d)));
            }
        }));
        buttons.setCellFactory(c -> new Cell((cell, row) -> {
            if (!row.isGroup()) {
                cell.setGraphic(buttons(today, row.followUp()));
            }
        }));
    }

    /** "Today", "Yesterday", "Tomorrow", "3 days late", "in 4 days". */
    static String dueText(LocalDate due, LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(asOf, due);
        if (days == 0) {
            return "Today";
        }
        if (days == -1) {
            return "Yesterday";
        }
        if (days == 1) {
            return "Tomorrow";
        }
        return days < 0 ? -days + " days late" : "in " + days + " days";
    }

    private static HBox buttons(TodayController today, FollowUp f) {
        Button done = small("Done", Icons.icon(Material2AL.CHECK), "Done: log the contact that completes it (D)");
        done.getStyleClass().add("done-button");
        done.setOnAction(e -> today.done(f));
        Button snooze = small("Snooze", Icons.icon(Material2MZ.SNOOZE), "Snooze: hide it until a later day (S)");
        snooze.setOnAction(e -> today.showSnoozeMenu(f, snooze));
        Button skip = small("Skip", Icons.icon(Material2MZ.SKIP_NEXT), "Skip: close it, with a reason (K)");
        skip.setOnAction(e -> today.skip(f));
        HBox box = new HBox(4, done, snooze, skip);
        box.getStyleClass().add("row-buttons");
        return box;
    }

    private static Button small(String text, javafx.scene.Node icon, String tip) {
        Button b = new Button(text, icon);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.getStyleClass().addAll("small", "flat", "button-icon");
        b.setFocusTraversable(false);
        b.setMnemonicParsing(false);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    static TreeTableRow<AgendaRow> row() {
        return new TreeTableRow<>() {
            @Override
            protected void updateItem(AgendaRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(GROUP_ROW, "overdue");
                if (!empty && item != null && item.isGroup()) {
                    getStyleClass().add(GROUP_ROW);
                    if (item.bucket() == app.rapport.model.Bucket.OVERDUE) {
                        getStyleClass().add("overdue");
                    }
                }
            }
        };
    }

    private interface Painter {
        void paint(TreeTableCell<AgendaRow, AgendaRow> cell, AgendaRow row);
    }

    /** A cell that clears itself, then lets a painter fill it. */
    private static final class Cell extends TreeTableCell<AgendaRow, AgendaRow> {
        private final Painter painter;

        Cell(Painter painter) {
            this.painter = painter;
        }

        @Override
        protected void updateItem(AgendaRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            setGraphic(null);
            setTooltip(null);
            setContentDisplay(ContentDisplay.LEFT);
            getStyleClass().removeAll("due-overdue", "due-today", "due-later");
            if (!empty && row != null) {
                painter.paint(this, row);
            }
        }
    }
}
