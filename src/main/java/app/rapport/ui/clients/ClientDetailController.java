package app.rapport.ui.clients;

import app.rapport.model.Interaction;
import app.rapport.service.ClientDetails;
import app.rapport.service.ClientService;
import app.rapport.service.ContactService;
import app.rapport.service.OpenBook;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.Navigator;
import app.rapport.ui.Screen;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.Views;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** One client: their details and the timeline of every contact, newest first. */
public final class ClientDetailController implements Screen {
    private static final KeyCombination EDIT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    private final String clientId;
    private final ClientService clients;
    private final ContactService contacts;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Clock clock;
    private final Navigator navigator;
    private final Parent view;
    private final ClientPlanPane plan;
    private final ClientDetailViewModel model = new ClientDetailViewModel();

    @FXML
    private BorderPane root;
    @FXML
    private Label nameLabel;
    @FXML
    private Label subtitleLabel;
    @FXML
    private Label tierBadge;
    @FXML
    private Label archivedBadge;
    @FXML
    private Label doNotContactBadge;
    @FXML
    private Button logContactButton;
    @FXML
    private Button editButton;
    @FXML
    private Button archiveButton;
    @FXML
    private Button unarchiveButton;
    @FXML
    private Button deleteButton;
    @FXML
    private VBox fieldsBox;
    @FXML
    private GridPane fieldsGrid;
    @FXML
    private VBox notesBox;
    @FXML
    private Label notesLabel;
    @FXML
    private Label timelineCount;
    @FXML
    private ListView<Interaction> timeline;

    public ClientDetailController(String clientId, OpenBook book, TaskRunner runner, Dialogs dialogs, Clock clock,
                                  Navigator navigator) {
        this.clientId = clientId;
        this.clients = book.clients();
        this.contacts = book.contacts();
        this.plan = new ClientPlanPane(clientId, book, runner, navigator, clock.getZone());
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        this.navigator = navigator;
        this.view = Views.load(this);
        refresh();
    }

    @FXML
    private void initialize() {
        nameLabel.textProperty().bind(model.name());
        subtitleLabel.textProperty().bind(model.subtitle());
        tierBadge.textProperty().bind(model.tier());
        showWhen(archivedBadge, model.archived());
        showWhen(doNotContactBadge, model.doNotContact());
        showWhen(archiveButton, model.archived().not());
        showWhen(unarchiveButton, model.archived());
        showWhen(deleteButton, model.archived());
        notesLabel.textProperty().bind(model.notes());
        showWhen(notesBox, Bindings.createBooleanBinding(() -> !model.notes().get().isBlank(), model.notes()));
        timelineCount.textProperty().bind(model.timelineCount());
        for (Button b : List.of(logContactButton, editButton, archiveButton, unarchiveButton, deleteButton)) {
            b.disableProperty().bind(model.loaded().not());
        }
        timeline.setItems(model.timeline());
        timeline.setCellFactory(list -> new TimelineCell());
        timeline.setPlaceholder(new Label("No contacts logged yet. Log the first one with Ctrl+L."));
        timeline.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selectedContact().ifPresent(navigator::editContact);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                selectedContact().ifPresent(this::deleteContact);
                e.consume();
            }
        });
        timeline.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                selectedContact().ifPresent(navigator::editContact);
            }
        });
        MenuItem edit = new MenuItem("Edit contact…");
        edit.setOnAction(e -> selectedContact().ifPresent(navigator::editContact));
        MenuItem delete = new MenuItem("Delete contact…");
        delete.setOnAction(e -> selectedContact().ifPresent(this::deleteContact));
        timeline.setContextMenu(new ContextMenu(edit, delete));
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                navigator.showClients();
                e.consume();
            } else if (EDIT.match(e) && model.client() != null) {
                navigator.editClient(model.forEditing());
                e.consume();
            }
        });
        fieldsBox.getChildren().add(0, plan.node());
    }

    private static void showWhen(Node node, ObservableBooleanValue show) {
        node.visibleProperty().bind(show);
        node.managedProperty().bind(show);
    }

    private Optional<Interaction> selectedContact() {
        return Optional.ofNullable(timeline.getSelectionModel().getSelectedItem());
    }

    @Override
    public void refresh() {
        runner.run(() -> clients.details(clientId), found -> found.ifPresentOrElse(this::show, () -> {
            navigator.status("That client is no longer in the book.");
            navigator.showClients();
        }), e -> navigator.status(ErrorMessages.plain(e)));
        plan.refresh();
    }

    private void show(ClientDetails details) {
        Interaction selected = timeline.getSelectionModel().getSelectedItem();
        model.show(details);
        model.sameAs(selected).ifPresent(timeline.getSelectionModel()::select);
        ClientFields.fill(fieldsGrid, details, navigator::showClient, LocalDate.now(clock));
    }

    private void deleteContact(Interaction interaction) {
        String what = ClientDetailViewModel.describe(interaction);
        if (dialogs.confirm("Delete this contact?", "The " + what + " will be removed from "
                + model.client().displayName() + "'s timeline. This cannot be undone.", "Delete")) {
            runner.run(() -> {
                contacts.delete(interaction.id());
                return null;
            }, done -> {
                navigator.status("Deleted the " + what + ".");
                navigator.bookChanged();
            }, e -> dialogs.error("The contact was not deleted", ErrorMessages.plain(e)));
        }
    }

    @FXML
    private void handleBack() {
        navigator.showClients();
    }

    @FXML
    private void handleLogContact() {
        navigator.logContact(clientId);
    }

    @FXML
    private void handleWriteNote() {
        navigator.writeNote(clientId, null);
    }

    @FXML
    private void handleEdit() {
        navigator.editClient(model.forEditing());
    }

    @FXML
    private void handleArchive() {
        runner.run(() -> clients.archive(clientId), c -> {
            navigator.status("Archived " + c.displayName()
                    + ". Archived clients are hidden from the list and get no follow-ups.");
            navigator.bookChanged();
        }, e -> dialogs.error("The client was not archived", ErrorMessages.plain(e)));
    }

    @FXML
    private void handleUnarchive() {
        runner.run(() -> clients.unarchive(clientId), c -> {
            navigator.status("Brought " + c.displayName() + " back from the archive.");
            navigator.bookChanged();
        }, e -> dialogs.error("The client was not unarchived", ErrorMessages.plain(e)));
    }

    @FXML
    private void handleDelete() {
        String name = model.client().displayName();
        if (!dialogs.confirm("Delete " + name + " for good?", name + " and every contact in their timeline will be"
                + " deleted permanently. This cannot be undone. (Archiving keeps them, hidden.)", "Delete for good")) {
            return;
        }
        runner.run(() -> {
            clients.deletePermanently(clientId);
            return null;
        }, done -> {
            navigator.status("Deleted " + name + " for good.");
            navigator.showClients();
        }, e -> dialogs.error("The client was not deleted", ErrorMessages.plain(e)));
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public Optional<String> currentClientId() {
        return Optional.of(clientId);
    }

    @Override
    public void focusFirst() {
        timeline.requestFocus();
    }

}
