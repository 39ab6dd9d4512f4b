package app.rapport.ui.today;

import app.rapport.model.FollowUpAction;
import app.rapport.model.ManualFollowUp;
import app.rapport.service.OpenBook;
import app.rapport.ui.ClientAutoComplete;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.FormDialog;
import app.rapport.ui.Formats;
import app.rapport.ui.Icons;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.Views;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Add your own follow-up, from Today or from a client's page. */
public final class AddFollowUpController {
    private final String clientId;
    private final OpenBook book;
    private final TaskRunner runner;
    private final AddFollowUpViewModel model;
    private final Parent view;

    @FXML
    private Label formError;
    @FXML
    private TextField clientField;
    @FXML
    private Label clientError;
    @FXML
    private ComboBox<FollowUpAction> actionBox;
    @FXML
    private DatePicker duePicker;
    @FXML
    private Label dueError;
    @FXML
    private Spinner<Integer> prioritySpinner;
    @FXML
    private TextField noteField;

    /** @param clientId the client, or null to pick one */
    public AddFollowUpController(String clientId, OpenBook book, TaskRunner runner, Clock clock) {
        this.clientId = clientId;
        this.book = book;
        this.runner = runner;
        this.model = new AddFollowUpViewModel(LocalDate.now(clock));
        this.view = Views.load(this);
    }

    @FXML
    private void initialize() {
        clientField.textProperty().bindBidirectional(model.clientText);
        clientField.disableProperty().bind(model.fixedClient.isNotNull());
        actionBox.getItems().setAll(FollowUpAction.values());
        actionBox.setCellFactory(list -> new ActionCell());
        actionBox.setButtonCell(new ActionCell());
        actionBox.valueProperty().bindBidirectional(model.action);
        Formats.dateEntry(duePicker);
        duePicker.valueProperty().bindBidirectional(model.due);
        prioritySpinner.getValueFactory().setValue(model.priority.get());
        prioritySpinner.valueProperty().addListener((obs, old, now) -> model.priority.set(now));
        noteField.textProperty().bindBidirectional(model.note);
        message(formError, model.formError);
        message(clientError, model.clientError);
        message(dueError, model.dueError);
    }

    private static void message(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Shows the dialog; returns the follow-up as added, or empty when the owner cancelled. */
    public Optional<ManualFollowUp> showAndWait(Window owner) {
        FormDialog<ManualFollowUp> form = new FormDialog<>("Add a follow-up", "Add follow-up", view);
        runner.run(() -> book.clients().refs(false), refs -> {
            model.clients.setAll(refs);
            if (clientId != null) {
                refs.stream().filter(r -> r.id().equals(clientId)).findFirst().ifPresent(model.fixedClient::set);
                if (model.fixedClient.get() != null) {
                    model.clientText.set(model.fixedClient.get().displayName());
                }
            }
        }, e -> model.formError.set(ErrorMessages.plain(e)));
        if (clientId == null) {
            ClientAutoComplete.attach(clientField, model.clients);
            Platform.runLater(clientField::requestFocus);
        } else {
            Platform.runLater(actionBox::requestFocus);
        }
        return form.showAndWait(owner, runner, this::saveWork, model.formError);
    }

    private Optional<Callable<ManualFollowUp>> saveWork() {
        return model.toDraft().map(d -> () -> book.followUps().add(d.clientId(), d.action(), d.due(), d.priority(),
                d.note()));
    }

    /** An action with its icon. */
    private static final class ActionCell extends ListCell<FollowUpAction> {
        @Override
        protected void updateItem(FollowUpAction action, boolean empty) {
            super.updateItem(action, empty);
            setText(empty || action == null ? null : action.label());
            setGraphic(empty || action == null ? null : Icons.icon(Icons.of(action)));
        }
    }

    AddFollowUpViewModel model() {
        return model;
    }
}
