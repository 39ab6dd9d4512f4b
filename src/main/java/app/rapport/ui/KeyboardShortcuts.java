package app.rapport.ui;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.VPos;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The app's keys in one list: Help ▸ Keyboard shortcuts shows it, and tests hold the menus'
 * accelerators and README's Keyboard table to it.
 */
public final class KeyboardShortcuts {
    public static final String TITLE = "Keyboard shortcuts";
    static final String STYLESHEET = "KeyboardShortcuts.css";
    static final String KEYS_STYLE = "shortcut-keys";
    static final String LIST_STYLE = "keyboard-shortcuts";

    /** Where a key is handled: a menu item's accelerator (File, Edit, View, Help), or a screen's own keys. */
    public enum Kind { MENU, SCREEN }

    /**
     * One row of the list.
     *
     * @param keys the keys as the owner reads them ("Ctrl+Shift+N"; "⌘⇧N" on a Mac)
     * @param accelerators the key combinations behind {@code keys}; empty for plain keys (D, Enter)
     */
    public record Shortcut(Kind kind, String keys, List<KeyCombination> accelerators, String action) {
    }

    /** Every key, in the order the list shows them. */
    public static final List<Shortcut> ALL = List.of(
            menu("Today, Clients, Letters, Insight, Settings", "Shortcut+1", "Shortcut+2", "Shortcut+3", "Shortcut+4",
                    "Shortcut+Comma"),
            screen("D, S, K, W", "on Today (it opens with the first follow-up selected): done, snooze, skip, write a"
                    + " note for the selected follow-up (↑↓ move)"),
            menu("print all notes due", "Shortcut+P"),
            menu("add your own follow-up", "Shortcut+Shift+N"),
            menu("new client", "Shortcut+N"),
            menu("find a client (search as you type; ↓ moves into the list)", "Shortcut+F"),
            menu("log a contact with the client in view or selected", "Shortcut+L"),
            menu("undo the last Done, Snooze or Skip (for 10 seconds, while the status line offers it)",
                    "Shortcut+Z"),
            screen("Enter", "open the selected client; in a timeline, edit the selected contact"),
            screen("Delete", "delete the selected contact (asks first)"),
            new Shortcut(Kind.SCREEN, keysOf(List.of(KeyCombination.valueOf("Shortcut+E"))),
                    List.of(KeyCombination.valueOf("Shortcut+E")), "edit the client in view"),
            screen("Esc", "close a dialog; back from a client to the list; put the daily reminder away (it leaves"
                    + " the keyboard to the window while it shows)"),
            menu("this list (Help ▸ Keyboard shortcuts)", "F1"),
            menu("quit", "Shortcut+Q"),
            screen("Alt+F, Alt+E, Alt+V, Alt+H", "the menus"));

    private KeyboardShortcuts() {
    }

    private static Shortcut menu(String action, String... accelerators) {
        List<KeyCombination> keys = Arrays.stream(accelerators).map(KeyCombination::valueOf).toList();
        return new Shortcut(Kind.MENU, keysOf(keys), keys, action);
    }

    private static Shortcut screen(String keys, String action) {
        return new Shortcut(Kind.SCREEN, keys, List.of(), action);
    }

    private static String keysOf(List<KeyCombination> keys) {
        return keys.stream().map(KeyCombination::getDisplayText).collect(Collectors.joining(", "));
    }

    /** The list as a two-column table: keys, and what they do. */
    public static Parent view() {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(8);
        grid.getStyleClass().add(LIST_STYLE);
        grid.getStylesheets().add(Views.resource(KeyboardShortcuts.class, STYLESHEET).toExternalForm());
        for (int row = 0; row < ALL.size(); row++) {
            Shortcut s = ALL.get(row);
            Label keys = new Label(s.keys());
            keys.getStyleClass().add(KEYS_STYLE);
            keys.setMinWidth(Label.USE_PREF_SIZE);
            Label action = new Label(s.action());
            action.setWrapText(true);
            action.setMaxWidth(460);
            GridPane.setValignment(keys, VPos.TOP);
            grid.addRow(row, keys, action);
        }
        return grid;
    }

    /** Shows the list in a window of its own until the owner closes it. */
    public static void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(TITLE);
        dialog.setHeaderText(TITLE);
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.getDialogPane().setContent(view());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }
}
