package app.rapport.ui.today;

import app.rapport.model.Bucket;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Today's table: the follow-ups grouped under Overdue, Today and Coming up, the selection kept on
 * the same follow-up as the list changes, and the What, Due and button columns as wide as what
 * they show, so that the client and the reason have the rest of the width.
 */
final class AgendaTable {
    /** JavaFX's own style class of a tree table's rows. */
    private static final String ROW_CELL = ".tree-table-row-cell";
    /** Room for an action's icon and the gap after it, in ems. */
    private static final double ICON_EMS = 1.7;
    /** A cell's padding either side, and a little air, in ems. */
    private static final double PADDING_EMS = 1.6;
    /** Done, Snooze and Skip side by side, in ems. */
    private static final double BUTTONS_EMS = 9.2;

    private final TreeTableView<AgendaRow> table;
    private final TreeTableColumn<AgendaRow, AgendaRow> action;
    private final TreeTableColumn<AgendaRow, AgendaRow> due;
    private final TreeTableColumn<AgendaRow, AgendaRow> buttons;

    AgendaTable(TreeTableView<AgendaRow> table, TreeTableColumn<AgendaRow, AgendaRow> client,
            TreeTableColumn<AgendaRow, AgendaRow> action, TreeTableColumn<AgendaRow, AgendaRow> due,
            TreeTableColumn<AgendaRow, AgendaRow> buttons, FollowUpActions actions, Supplier<LocalDate> asOf,
            LocalDate today) {
        this.table = table;
        this.action = action;
        this.due = due;
        this.buttons = buttons;
        table.setRoot(new TreeItem<>());
        AgendaCells.install(actions, asOf, client, action, due, buttons);
        fitColumns(List.of(), today);
        table.setRowFactory(t -> AgendaCells.row());
        table.setPlaceholder(new Label("Planning…"));
    }

    /** Rebuilds the grouped rows, keeping the selection on the same follow-up, or the next one. */
    void show(TodayViewModel model, LocalDate day) {
        int oldIndex = table.getSelectionModel().getSelectedIndex();
        FollowUp was = selected().orElse(null);
        TreeItem<AgendaRow> root = new TreeItem<>();
        for (Bucket b : Bucket.values()) {
            List<FollowUp> in = model.inBucket(b);
            if (in.isEmpty()) {
                continue;
            }
            TreeItem<AgendaRow> group = new TreeItem<>(AgendaRow.group(b, in.size()));
            group.setExpanded(true);
            List<TreeItem<AgendaRow>> rows = new ArrayList<>(in.size());
            for (FollowUp f : in) {
                rows.add(new TreeItem<>(AgendaRow.of(f)));
            }
            group.getChildren().setAll(rows);
            root.getChildren().add(group);
        }
        fitColumns(model.followUps(), day);
        table.setRoot(root);
        if (was != null && model.followUps().contains(was)) {
            select(was);
        } else if (oldIndex >= 0) {
            int i = Math.min(oldIndex, table.getExpandedItemCount() - 1);
            while (i >= 0 && i < table.getExpandedItemCount() && table.getTreeItem(i).getValue().followUp() == null) {
                i++;
            }
            if (i >= table.getExpandedItemCount()) {
                i = table.getExpandedItemCount() - 1;
            }
            table.getSelectionModel().select(i);
        }
    }

    Optional<FollowUp> selected() {
        TreeItem<AgendaRow> item = table.getSelectionModel().getSelectedItem();
        return item == null || item.getValue() == null ? Optional.empty()
                : Optional.ofNullable(item.getValue().followUp());
    }

    boolean hasSelection() {
        return table.getSelectionModel().getSelectedItem() != null;
    }

    private void select(FollowUp f) {
        for (int i = 0; i < table.getExpandedItemCount(); i++) {
            if (f.equals(table.getTreeItem(i).getValue().followUp())) {
                table.getSelectionModel().select(i);
                table.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
    }

    /** Selects the follow-up for the same occurrence as {@code f} (its reason or due date may have moved on). */
    void selectSameAs(FollowUp f, List<FollowUp> shown) {
        shown.stream().filter(g -> g.key().equals(f.key())).findFirst().ifPresent(this::select);
    }

    void selectFirstFollowUp() {
        if (table.getExpandedItemCount() > 1) {
            table.getSelectionModel().select(1);
        }
    }

    /** The row on screen for the selection, to open menus beside it; the table when it is scrolled away. */
    Node selectedRowNode() {
        int index = table.getSelectionModel().getSelectedIndex();
        for (Node n : table.lookupAll(ROW_CELL)) {
            if (n instanceof TreeTableRow<?> row && row.getIndex() == index && row.isVisible()) {
                return row;
            }
        }
        return table;
    }

    /**
     * Sizes What and Due to the widest words the list shows in them (and the row buttons to theirs),
     * so that the client column, with the reasons, has the rest of the table's width.
     */
    private void fitColumns(List<FollowUp> followUps, LocalDate asOf) {
        Font font = Font.getDefault();
        double em = font.getSize();
        Font bold = Font.font(font.getFamily(), FontWeight.BOLD, em);
        double words = width(action.getText(), bold) - ICON_EMS * em;
        double dueWords = width(due.getText(), bold);
        LocalDate first = asOf;
        LocalDate last = asOf;
        Set<FollowUpAction> actions = EnumSet.noneOf(FollowUpAction.class);
        for (FollowUp f : followUps) {
            actions.add(f.action());
            first = f.due().isBefore(first) ? f.due() : first;
            last = f.due().isAfter(last) ? f.due() : last;
        }
        for (FollowUpAction a : actions) {
            words = Math.max(words, width(AgendaCells.shortLabel(a), font));
        }
        for (LocalDate d : List.of(first, last, asOf.minusDays(1), asOf.plusDays(1))) {
            dueWords = Math.max(dueWords, width(AgendaCells.dueText(d, asOf), bold));
        }
        fix(action, Math.ceil(words + (ICON_EMS + PADDING_EMS) * em));
        fix(due, Math.ceil(dueWords + PADDING_EMS * em));
        fix(buttons, Math.ceil(BUTTONS_EMS * em));
    }

    private static double width(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static void fix(TreeTableColumn<?, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
    }
}
