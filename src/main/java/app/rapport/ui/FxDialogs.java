package app.rapport.ui;

import app.rapport.service.PrintablePdf;
import app.rapport.service.PrintingService;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Dialogs as JavaFX alerts and file choosers, owned by the main window; with no owner (a question
 * asked before the window shows), they stand alone.
 */
public final class FxDialogs implements Dialogs {
    private final Window owner;

    public FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, yes, cancel);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public boolean warn(String title, String message, String goOnLabel, String stopLabel) {
        ButtonType goOn = new ButtonType(goOnLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType stop = new ButtonType(stopLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        return alert(Alert.AlertType.WARNING, title, message, goOn, stop).showAndWait().filter(goOn::equals)
                .isPresent();
    }

    @Override
    public Unsaved askToSave(String title, String message) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType answer = alert(Alert.AlertType.CONFIRMATION, title, message, save, discard, cancel).showAndWait()
                .orElse(cancel);
        return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public Conflict askAboutConflict(String title, String message) {
        ButtonType mine = new ButtonType("Save mine anyway", ButtonBar.ButtonData.YES);
        ButtonType theirs = new ButtonType("Load theirs", ButtonBar.ButtonData.NO);
        ButtonType keep = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, title, message, mine, theirs, keep);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(mine)).setDefaultButton(false);
        ButtonType answer = alert.showAndWait().orElse(keep);
        return answer == mine ? Conflict.SAVE_MINE : answer == theirs ? Conflict.LOAD_THEIRS : Conflict.KEEP_EDITING;
    }

    @Override
    public void error(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, ButtonType.OK).showAndWait();
    }

    @Override
    public void inform(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ButtonType.OK).showAndWait();
    }

    @Override
    public Optional<String> askText(String title, String message, String prompt, String confirmLabel) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        Dialog<String> dialog = question(title, message, field, confirmLabel, () -> field.getText().strip(),
                Bindings.createBooleanBinding(() -> field.getText().isBlank(), field.textProperty()));
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public Optional<LocalDate> pickDate(String title, String message, LocalDate initial, LocalDate earliest) {
        DatePicker picker = new DatePicker(initial);
        Formats.dateEntry(picker);
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setDisable(empty || date.isBefore(earliest));
            }
        });
        Dialog<LocalDate> dialog = question(title, message, picker, "Snooze", picker::getValue,
                Bindings.createBooleanBinding(() -> picker.getValue() == null || picker.getValue().isBefore(earliest),
                        picker.valueProperty()));
        Platform.runLater(picker::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> choose(String title, String message, List<String> choices, String initial) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(choices);
        box.setValue(initial);
        box.setMaxWidth(Double.MAX_VALUE);
        Dialog<String> dialog = question(title, message, box, "OK", box::getValue,
                Bindings.createBooleanBinding(() -> box.getValue() == null, box.valueProperty()));
        Platform.runLater(box::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public Optional<List<String>> chooseMany(String title, String message, List<String> items,
            String confirmLabel) {
        VBox list = new VBox(6);
        List<CheckBox> boxes = new ArrayList<>();
        for (String item : items) {
            CheckBox box = new CheckBox(item);
            box.setSelected(true);
            box.setMnemonicParsing(false);
            boxes.add(box);
            list.getChildren().add(box);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(320, 28.0 * items.size()));
        Dialog<List<String>> dialog = question(title, message, scroll, confirmLabel,
                () -> boxes.stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList(),
                Bindings.createBooleanBinding(() -> false));
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> print(PrintablePdf paper, String jobName) {
        return PrintingService.printWithDialog(paper, jobName);
    }

    private <T> Dialog<T> question(String title, String message, Node input, String confirmLabel, Supplier<T> answer,
            ObservableValue<Boolean> invalid) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType ok = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(420);
        VBox box = new VBox(10, text, input);
        dialog.getDialogPane().setContent(box);
        withOwnersLook(dialog.getDialogPane());
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(invalid);
        dialog.setResultConverter(button -> button == ok ? answer.get() : null);
        return dialog;
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(460);
        alert.getDialogPane().setContent(text);
        withOwnersLook(alert.getDialogPane());
        return alert;
    }

    /** The owner's stylesheets on a dialog, so that it looks like the window it belongs to. */
    private void withOwnersLook(DialogPane pane) {
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String extension) {
        File file = chooser(title, description, extension).showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String description, String extension, String suggestedName) {
        FileChooser chooser = chooser(title, description, extension);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static FileChooser chooser(String title, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        // "png,jpg,jpeg": several extensions in one filter.
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description,
                Arrays.stream(extension.split(",")).map(e -> "*." + e.strip()).toList()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }
}
