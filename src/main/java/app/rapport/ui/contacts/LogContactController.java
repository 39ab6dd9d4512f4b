package app.rapport.ui.contacts;

import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.FollowUp;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.service.FollowUpService;
import app.rapport.service.OpenBook;
import app.rapport.ui.ClientAutoComplete;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.FollowUpWords;
import app.rapport.ui.FormDialog;
import app.rapport.ui.Formats;
import app.rapport.ui.Icons;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.Views;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;

/** Log a contact, or edit one: from the client detail, the table, or Ctrl+L anywhere. */
public final class LogContactController {
    private final String clientId;
    private final OpenBook book;
    private final TaskRunner runner;
    private final LogContactViewModel model;
    private final Parent view;
    private final String title;

    @FXML
    private Label formError;
    @FXML
    private TextField clientField;
    @FXML
    private Label clientError;
    @FXML
    private ComboBox<InteractionKind> kindBox;
    @FXML
    private DatePicker datePicker;
    @FXML
    private TextField timeField;
    @FXML
    private Label whenError;
    @FXML
    private ToggleButton outboundButton;
    @FXML
    private ToggleButton inboundButton;
    @FXML
    private ToggleButton positiveButton;
    @FXML
    private ToggleButton neutralButton;
    @FXML
    private ToggleButton negativeButton;
    @FXML
    private Label amountLabel;
    @FXML
    private TextField amountField;
    @FXML
    private Label amountError;
    @FXML
    private TextField summaryField;
    @FXML
    private TextArea notesArea;

    /**
     * @param clientId the client the contact is with, or null to pick one
     * @param existing the contact to edit, or null to log a new one
     */
    public LogContactController(String clientId, Interaction existing, OpenBook book, TaskRunner runner,
                                Clock clock) {
        this(clientId, existing, book, runner, clock, null);
    }

    private LogContactController(String clientId, Interaction existing, OpenBook book, TaskRunner runner,
                                 Clock clock, String title) {
        this.clientId = clientId;
        this.book = book;
        this.runner = runner;
        this.model = new LogContactViewModel(existing, LocalDateTime.now(clock));
        this.title = title;
        this.view = Views.load(this);
    }

    /**
     * The dialog that completes a follow-up, prefilled with the contact that satisfies it: saving
     * logs it and records the follow-up as done. Returns what takes that back, or empty when the
     * owner cancelled.
     */
    public static Optional<FollowUpService.Undo> complete(FollowUp followUp, OpenBook book, TaskRunner runner,
                                                          Clock clock, Window owner) {
        LogContactController dialog = new LogContactController(followUp.clientId(),
                book.followUps().draftFor(followUp), book, runner, clock, "Done: " + FollowUpWords.toDo(followUp));
        return dialog.show(owner, contact -> book.followUps().done(followUp, contact));
    }

    @FXML
    private void initialize() {
        clientField.textProperty().bindBidirectional(model.clientText);
        clientField.disableProperty().bind(model.fixedClient.isNotNull());
        kindBox.getItems().setAll(InteractionKind.values());
        kindBox.setCellFactory(list -> new KindCell());
        kindBox.setButtonCell(new KindCell());
        kindBox.valueProperty().bindBidirectional(model.kind);
        Formats.dateEntry(datePicker);
        datePicker.valueProperty().bindBidirectional(model.date);
        timeField.textProperty().bindBidirectional(model.time);
        amountField.textProperty().bindBidirectional(model.amount);
        summaryField.textProperty().bindBidirectional(model.summary);
        notesArea.textProperty().bindBidirectional(model.notes);
        for (var node : List.of(amountLabel, amountField)) {
            node.visibleProperty().bind(model.hasAmount);
            node.managedProperty().bind(model.hasAmount);
        }
        message(formError, model.formError);
        message(clientError, model.clientError);
        message(whenError, model.whenError);
        message(amountError, model.amountError);
        setUpToggles();
    }

    private void setUpToggles() {
        ToggleGroup directions = new ToggleGroup();
        outboundButton.setToggleGroup(directions);
        inboundButton.setToggleGroup(directions);
        selectDirection(model.direction.get());
        model.direction.addListener((obs, old, now) -> selectDirection(now));
        outboundButton.setOnAction(e -> model.chooseDirection(Direction.OUTBOUND));
        inboundButton.setOnAction(e -> model.chooseDirection(Direction.INBOUND));
        ToggleGroup experiences = new ToggleGroup();
        for (ToggleButton b : List.of(positiveButton, neutralButton, negativeButton)) {
            b.setToggleGroup(experiences);
        }
        positiveButton.setGraphic(Icons.icon(Icons.of(Experience.POSITIVE)));
        neutralButton.setGraphic(Icons.icon(Icons.of(Experience.NEUTRAL)));
        negativeButton.setGraphic(Icons.icon(Icons.of(Experience.NEGATIVE)));
        selectExperience(model.experience.get());
        positiveButton.setOnAction(e -> model.chooseExperience(Experience.POSITIVE));
        neutralButton.setOnAction(e -> model.chooseExperience(Experience.NEUTRAL));
        negativeButton.setOnAction(e -> model.chooseExperience(Experience.NEGATIVE));
        model.experience.addListener((obs, old, now) -> selectExperience(now));
    }

    private void selectDirection(Direction d) {
        outboundButton.setSelected(d == Direction.OUTBOUND);
        inboundButton.setSelected(d == Direction.INBOUND);
    }

    private void selectExperience(Experience x) {
        positiveButton.setSelected(x == Experience.POSITIVE);
        neutralButton.setSelected(x == Experience.NEUTRAL);
        negativeButton.setSelected(x == Experience.NEGATIVE);
    }

    private static void message(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Shows the dialog; returns the contact as saved, or empty when the owner cancelled. */
    public Optional<Interaction> showAndWait(Window owner) {
        return show(owner, contact -> model.isNew() ? book.contacts().log(contact) : book.contacts().update(contact));
    }

    /**
     * Shows the dialog; {@code save} (in the background) keeps the contact typed; its result, or empty when cancelled.
     */
    private <T> Optional<T> show(Window owner, Function<Interaction, T> save) {
        FormDialog<T> form = new FormDialog<>(title != null ? title
                : model.isNew() ? "Log a contact" : "Edit contact", "Save contact", view);
        runner.run(() -> clientId == null ? book.clients().refs(false) : book.clients().refs(true), refs -> {
            model.setClients(refs);
            if (clientId != null) {
                refs.stream().filter(r -> r.id().equals(clientId)).findFirst().ifPresent(model::fixClient);
            }
        }, e -> model.formError.set(ErrorMessages.plain(e)));
        if (clientId == null) {
            ClientAutoComplete.attach(clientField, model.clients);
            Platform.runLater(clientField::requestFocus);
        } else {
            Platform.runLater(kindBox::requestFocus);
        }
        return form.showAndWait(owner, runner,
                () -> model.toInteraction().map(contact -> (Callable<T>) () -> save.apply(contact)), model.formError);
    }

    /** A kind with its icon. */
    private static final class KindCell extends ListCell<InteractionKind> {
        @Override
        protected void updateItem(InteractionKind kind, boolean empty) {
            super.updateItem(kind, empty);
            setText(empty || kind == null ? null : kind.label());
            setGraphic(empty || kind == null ? null : Icons.icon(Icons.of(kind)));
        }
    }

    /** The model behind the dialog (for tests). */
    LogContactViewModel model() {
        return model;
    }
}
