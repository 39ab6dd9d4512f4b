package app.rapport.testutil;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * What a control really puts on screen, as opposed to the text it holds: a label too narrow for
 * its text shows "Decem…" (or nothing at all) while {@code getText()} still says "December".
 * Read on the FX thread, after a layout pass.
 */
public final class Shown {
    private Shown() {
    }

    /** The text a label, button or cell draws (its skin's text node), ellipsis and all; "" when it draws none. */
    public static String text(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream()
                .filter(child -> child instanceof Text && child != labeled.getGraphic()) // an icon is a Text too
                .map(child -> ((Text) child).getText()).findFirst().orElse("");
    }

    /** The text a combo box draws in its button (its value, or its prompt). */
    public static String text(ComboBox<?> box) {
        return box.getChildrenUnmodifiable().stream().filter(ListCell.class::isInstance).map(ListCell.class::cast)
                .findFirst().map(Shown::text)
                .orElseThrow(() -> new AssertionError(box.getId() + " has no button cell: is it on screen?"));
    }

    /**
     * True when a field's prompt (shown while it is empty) fits in the field: its width is no more
     * than the room inside the field's padding. A prompt is not ellipsized: it is cut off.
     */
    public static boolean promptFits(TextInputControl field) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isEmpty()) {
            return true;
        }
        Text node = field.lookupAll(".text").stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(t -> prompt.equals(t.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("the prompt of " + field.getId() + " is not drawn"));
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        return node.getLayoutBounds().getWidth() <= room + 0.5;
    }
}
