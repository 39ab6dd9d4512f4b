package app.rapport.ui;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * A modal form that saves in the background and closes only once the save succeeded; when it
 * fails, the form stays open with everything typed and says why. Esc or Cancel closes it unsaved.
 */
public final class FormDialog<T> {
    static final String STYLE_CLASS = "form-dialog";

    private final Dialog<T> dialog = new Dialog<>();
    private final ButtonType saveType;
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private Consumer<Throwable> failed = e -> { };

    public FormDialog(String title, String saveLabel, Parent content) {
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        saveType = new ButtonType(saveLabel, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStyleClass().add(STYLE_CLASS);
        dialog.setResultConverter(button -> null);
    }

    public Dialog<T> dialog() {
        return dialog;
    }

    public Button saveButton() {
        return (Button) dialog.getDialogPane().lookupButton(saveType);
    }

    /** Runs {@code then} after a save failed, once the form says why (a refused save may ask what to do). */
    public void whenFailed(Consumer<Throwable> then) {
        failed = then;
    }

    /**
     * Wires the save button: {@code prepare} returns the work to run, or empty when the form needs
     * fixing (it shows its own messages); the work runs in the background and its result closes the form.
     */
    public Optional<T> showAndWait(Window owner, TaskRunner runner, Supplier<Optional<Callable<T>>> prepare,
                                   StringProperty error) {
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        Button save = saveButton();
        save.disableProperty().bind(saving);
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            prepare.get().ifPresent(work -> {
                saving.set(true);
                error.set("");
                runner.run(work, result -> {
                    saving.set(false);
                    dialog.setResult(result);
                    dialog.close();
                }, e -> {
                    saving.set(false);
                    error.set(ErrorMessages.plain(e));
                    failed.accept(e);
                });
            });
        });
        return dialog.showAndWait();
    }
}
