package app.rapport.ui.today;

import app.rapport.model.Bucket;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.ui.Icons;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** How the agenda's rows and cells look: group headings, action icons, due dates, row buttons. */
final class AgendaCells {
    // Style classes of Today.css.
    static final String GROUP_ROW = "group-row";
    static final String OVERDUE_GROUP = "overdue";
    static final String CLIENT = "agenda-client";
    static final String AT_RISK = "at-risk-badge";
    static final String REASON = "agenda-reason";
    static final String DUE_OVERDUE = "due-overdue";
    static final String DUE_TODAY = "due-today";
    static final String DUE_LATER = "due-later";
    static final String DONE = "done-button";
    static final String ROW_BUTTONS = "row-buttons";

    private AgendaCells() {
    }

    /** Gives each column its cells; {@code asOf} is the day the agenda shown is for. */
    static void install(FollowUpActions actions, Supplier<LocalDate> asOf, TreeTableColumn<AgendaRow, AgendaRow> client,
            TreeTableColumn<AgendaRow, AgendaRow> action, TreeTableColumn<AgendaRow, AgendaRow> due,
            TreeTableColumn<AgendaRow, AgendaRow> buttons) {
        for (var column : List.of(client, action, due, buttons)) {
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        }
        // One tooltip per column or button kind, installed on every row (JavaFX allows it): far fewer
        // popup controls to make at start than one per cell or button.
        Tooltip whyTip = new Tooltip();
        Tooltip dateTip = new Tooltip();
        client.setCellFactory(c -> new ClientCell(whyTip));
        Tooltip actionTip = new Tooltip();
        action.setCellFactory(c -> new ActionCell(actionTip));
        due.setCellFactory(c -> new DueCell(asOf, dateTip));
        Tooltip doneTip = new Tooltip("Done: log the contact that completes it (D)");
        Tooltip snoozeTip = new Tooltip("Snooze: hide it until a later day (S)");
        Tooltip skipTip = new Tooltip("Skip: close it, with a reason (K)");
        buttons.setCellFactory(c -> new ButtonsCell(actions, doneTip, snoozeTip, skipTip));
    }

    /** The action in the table's few words ("Call + note"); the cell's tooltip says it whole. */
    static String shortLabel(FollowUpAction action) {
        return switch (action) {
            case CALL -> "Call";
            case NOTE -> "Note";
            case CALL_THEN_NOTE -> "Call + note";
        };
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

    /** A tooltip shared by many nodes: each gives it its own text as the mouse comes over it. */
    private static void shareTip(Tooltip tip, Node node, Supplier<String> text) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> tip.setText(text.get()));
    }

    private static Button small(String text, Node icon, Tooltip tip) {
        Button b = new Button(text, icon);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
        b.setFocusTraversable(false);
        b.setMnemonicParsing(false);
        b.setTooltip(tip);
        return b;
    }

    static TreeTableRow<AgendaRow> row() {
        return new TreeTableRow<>() {
            @Override
            protected void updateItem(AgendaRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(GROUP_ROW, OVERDUE_GROUP);
                if (!empty && item != null && item.isGroup()) {
                    getStyleClass().add(GROUP_ROW);
                    if (item.bucket() == Bucket.OVERDUE) {
                        getStyleClass().add(OVERDUE_GROUP);
                    }
                }
            }
        };
    }

    /**
     * A cell that builds its nodes once and fills them for each row it shows (cells are reused as
     * the list scrolls): a group heading shows as text, a follow-up through {@link #paint}.
     */
    private abstract static class Cell extends TreeTableCell<AgendaRow, AgendaRow> {
        @Override
        protected final void updateItem(AgendaRow row, boolean empty) {
            super.updateItem(row, empty);
            reset();
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
            } else if (row.isGroup()) {
                setText(group(row));
                setGraphic(null);
            } else {
                paint(row.followUp());
            }
        }

        /** Clears what the previous row left (before each row). */
        void reset() {
        }

        String group(AgendaRow row) {
            return null;
        }

        abstract void paint(FollowUp f);
    }

    /** The client's name (with "at risk" when so) over the reason; a group's heading. */
    private static final class ClientCell extends Cell {
        private final Label name = new Label();
        private final Label badge = new Label("at risk");
        private final Label why = new Label();
        private final VBox box;

        ClientCell(Tooltip whyTip) {
            name.getStyleClass().add(CLIENT);
            badge.getStyleClass().add(AT_RISK);
            why.getStyleClass().add(REASON);
            why.setTooltip(whyTip);
            shareTip(whyTip, why, why::getText);
            why.setMinWidth(0);
            HBox top = new HBox(8, name, badge);
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(2, top, why);
            box.setMinWidth(0);
        }

        @Override
        void reset() {
            setContentDisplay(ContentDisplay.LEFT);
        }

        @Override
        String group(AgendaRow row) {
            return row.bucket().label() + " (" + row.count() + ")";
        }

        @Override
        void paint(FollowUp f) {
            name.setText(f.clientName());
            badge.setVisible(f.atRisk());
            badge.setManaged(f.atRisk());
            why.setText(f.reason());
            setText(null);
            setGraphic(box);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
    }

    /** Call, note, or both: icon and a word or two; the tooltip says it whole ("Call, then write a note"). */
    private static final class ActionCell extends Cell {
        private final FontIcon icon = new FontIcon();
        private final Tooltip tip;
        private String whole = "";

        ActionCell(Tooltip tip) {
            this.tip = tip;
            shareTip(tip, this, () -> whole);
        }

        @Override
        void reset() {
            setTooltip(null);
        }

        @Override
        void paint(FollowUp f) {
            icon.setIconCode(Icons.of(f.action()));
            setText(shortLabel(f.action()));
            setGraphic(icon);
            whole = f.action().label();
            setTooltip(tip);
        }
    }

    /** "Today", "3 days late", "in 4 days", coloured by bucket, the date in its tooltip. */
    private static final class DueCell extends Cell {
        private final Supplier<LocalDate> asOf;
        private final Tooltip date;
        /** The date the tooltip shows over this cell: "Mon 23 Nov". */
        private String dateText = "";

        DueCell(Supplier<LocalDate> asOf, Tooltip date) {
            this.asOf = asOf;
            this.date = date;
            shareTip(date, this, () -> dateText);
        }

        @Override
        void reset() {
            getStyleClass().removeAll(DUE_OVERDUE, DUE_TODAY, DUE_LATER);
            setTooltip(null);
        }

        @Override
        void paint(FollowUp f) {
            LocalDate day = asOf.get();
            LocalDate d = f.due();
            setText(dueText(d, day));
            setGraphic(null);
            getStyleClass().add(d.isBefore(day) ? DUE_OVERDUE : d.equals(day) ? DUE_TODAY : DUE_LATER);
            dateText = TodayViewModel.SHORT.format(d);
            setTooltip(date);
        }
    }

    /** Done, Snooze and Skip for the row's follow-up. */
    private static final class ButtonsCell extends Cell {
        private final HBox box;
        private FollowUp followUp;

        ButtonsCell(FollowUpActions actions, Tooltip doneTip, Tooltip snoozeTip, Tooltip skipTip) {
            Button done = small("Done", Icons.icon(Material2AL.CHECK), doneTip);
            done.getStyleClass().add(DONE);
            done.setOnAction(e -> actions.done(followUp));
            Button snooze = small("Snooze", Icons.icon(Material2MZ.SNOOZE), snoozeTip);
            snooze.setOnAction(e -> actions.showSnoozeMenu(followUp, snooze));
            Button skip = small("Skip", Icons.icon(Material2MZ.SKIP_NEXT), skipTip);
            skip.setOnAction(e -> actions.skip(followUp));
            box = new HBox(4, done, snooze, skip);
            box.getStyleClass().add(ROW_BUTTONS);
        }

        @Override
        void reset() {
            followUp = null;
        }

        @Override
        void paint(FollowUp f) {
            followUp = f;
            setText(null);
            setGraphic(box);
        }
    }
}
