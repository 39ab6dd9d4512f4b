package app.rapport.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * A large modal window for work that needs room (letters, imports): the app's stylesheets, a
 * Close button, sized to the screen (past the theme's 600 px cap on dialogs) and centred.
 */
public final class WideDialog {
    static final String STYLE_CLASS = "wide-dialog";

    private WideDialog() {
    }

    /** Shows {@code content} until the owner closes it. */
    public static void showAndWait(Window owner, String title, Parent content, double maxWidth, double maxHeight) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStyleClass().add(STYLE_CLASS);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(maxWidth, screen.getWidth() - 40);
        double height = Math.min(maxHeight, screen.getHeight() - 40);
        dialog.getDialogPane().setPrefSize(width, height);
        dialog.setOnShown(e -> {
            // Some window managers (and none at all) keep the dialog at its first guess: size it.
            dialog.setWidth(width);
            dialog.setHeight(height);
            dialog.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
            dialog.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        });
        dialog.showAndWait();
    }
}
