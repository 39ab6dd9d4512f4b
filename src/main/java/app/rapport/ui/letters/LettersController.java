package app.rapport.ui.letters;

import app.rapport.model.ClientRef;
import app.rapport.model.LetterTemplate;
import app.rapport.service.OpenBook;
import app.rapport.service.TemplateService.TemplateEntry;
import app.rapport.ui.ClientAutoComplete;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.Navigator;
import app.rapport.ui.Screen;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.Views;
import app.rapport.ui.letters.LettersViewModel.PaperChoice;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Letters: the templates, edited with a live preview for a real client ({@link LetterPreview}). An
 * unknown field is shown as a mistake under the body and the template cannot be saved with it; a
 * field with no value for the client shows highlighted in the preview. The editor's state is
 * {@link LettersViewModel}; leaving it (for another template, screen, or closing the window) with
 * changes not saved asks first.
 */
public final class LettersController implements Screen {
    private final OpenBook book;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Navigator navigator;
    private final LettersViewModel model;
    private final TemplateChanges changes;
    private final Parent view;
    private final PauseTransition editing = new PauseTransition(Duration.millis(400));
    private LetterPreview preview;
    private TemplateList templates;

    @FXML
    private ListView<TemplateEntry> templateList;
    @FXML
    private TextField titleField;
    @FXML
    private ComboBox<PaperChoice> paperBox;
    @FXML
    private MenuButton insertFieldButton;
    @FXML
    private TextArea bodyArea;
    @FXML
    private Label problemsLabel;
    @FXML
    private Button saveButton;
    @FXML
    private Button resetButton;
    @FXML
    private Button deleteButton;
    @FXML
    private Label savedLabel;
    @FXML
    private TextField previewClientField;
    @FXML
    private Label previewWarnings;
    @FXML
    private ScrollPane previewScroll;
    @FXML
    private VBox previewPages;

    public LettersController(OpenBook book, TaskRunner runner, Dialogs dialogs, Navigator navigator) {
        this.book = book;
        this.runner = runner;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.model = new LettersViewModel(book.templates()::problems);
        this.changes = new TemplateChanges(book.templates(), runner, dialogs, navigator, (entries, select) -> {
            model.forget();
            showList(entries, select);
        });
        this.view = Views.load(this);
        Views.askBeforeClosing(view, this::canLeave);
        refresh();
    }

    @FXML
    private void initialize() {
        preview = new LetterPreview(book.letters(), book.printing(), runner, previewScroll, previewPages,
                previewWarnings);
        templates = new TemplateList(templateList, model::shown, this::open);
        paperBox.getItems().setAll(LettersViewModel.PAPERS);
        for (Map.Entry<String, String> field : book.templates().fields().entrySet()) {
            MenuItem item = new MenuItem(field.getKey() + "  — " + field.getValue());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                bodyArea.replaceSelection(field.getKey());
                bodyArea.requestFocus();
            });
            insertFieldButton.getItems().add(item);
        }
        titleField.textProperty().bindBidirectional(model.title);
        bodyArea.textProperty().bindBidirectional(model.body);
        paperBox.valueProperty().bindBidirectional(model.paper);
        problemsLabel.textProperty().bind(model.problems());
        problemsLabel.visibleProperty().bind(model.problems().isNotEmpty());
        problemsLabel.managedProperty().bind(problemsLabel.visibleProperty());
        savedLabel.textProperty().bind(model.savedWords());
        saveButton.disableProperty().bind(model.canSave().not());
        model.whenEdited(editing::playFromStart);
        editing.setOnFinished(e -> refreshPreview());
        ClientAutoComplete.attach(previewClientField, model.clientList())
                .setOnAutoCompleted(e -> previewFor(e.getCompletion()));
        previewClientField.setOnAction(e -> model.named(previewClientField.getText()).ifPresent(this::previewFor));
    }

    private static void showWhen(Node node, boolean show) {
        node.setVisible(show);
        node.setManaged(show);
    }

    private void previewFor(ClientRef client) {
        model.previewClient.set(client);
        refreshPreview();
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public void refresh() {
        String keep = model.shown() == null ? null : model.shown().template().name();
        runner.run(() -> new Loaded(book.templates().all(), book.clients().refs(false)), loaded -> {
            model.clients(loaded.clients()).ifPresent(first -> previewClientField.setText(first.displayName()));
            showList(loaded.templates(), keep);
        }, e -> dialogs.error("Could not read the templates", ErrorMessages.plain(e)));
    }

    private record Loaded(List<TemplateEntry> templates, List<ClientRef> clients) {
    }

    private void showList(List<TemplateEntry> entries, String select) {
        templates.show(entries, select).ifPresent(chosen -> {
            if (!model.keepsEdits(chosen)) { // kept: the book changed elsewhere, the owner's edits stay
                open(chosen);
            }
        });
    }

    /** Opens another template in the editor, once the owner said what to do with unsaved changes. */
    private void open(TemplateEntry entry) {
        if (model.isDirty()) {
            Dialogs.Unsaved answer = askToSave();
            if (answer == Dialogs.Unsaved.CANCEL) {
                templates.selectAgain(model.shown());
                return;
            }
            if (answer == Dialogs.Unsaved.SAVE) {
                saveThenOpen(entry.template().name());
                return;
            }
        }
        show(entry);
    }

    private void show(TemplateEntry entry) {
        model.show(entry);
        showWhen(resetButton, entry.builtIn());
        resetButton.setDisable(!entry.edited());
        showWhen(deleteButton, !entry.builtIn());
        refreshPreview();
    }

    private void refreshPreview() {
        preview.show(model.current(), model.previewClient.get());
    }

    /**
     * Asks "Save changes to …?" about the template in the editor; a template with mistakes (or no
     * title) cannot be saved, so then the question is only whether to discard the changes.
     */
    private Dialogs.Unsaved askToSave() {
        String title = model.shown().template().title();
        if (!model.couldBeSaved()) {
            return dialogs.confirm("Discard changes to \"" + title + "\"?", "Your changes cannot be saved until the"
                    + " mistakes are fixed (or the template has a title). Discard them?", "Discard")
                    ? Dialogs.Unsaved.DISCARD : Dialogs.Unsaved.CANCEL;
        }
        return dialogs.askToSave("Save changes to \"" + title + "\"?",
                "Your changes to this template are not saved yet. Discard them, or save them first?");
    }

    /** Before the owner leaves the screen or closes the window: asks about unsaved changes; false to stay. */
    @Override
    public boolean canLeave() {
        if (!model.isDirty()) {
            return true;
        }
        switch (askToSave()) {
            case SAVE -> saveThenOpen(model.shown().template().name());
            case DISCARD -> show(model.shown()); // the editor as saved: nothing left to ask about
            default -> {
                return false;
            }
        }
        return true;
    }

    @FXML
    private void handleSave() {
        model.current().ifPresent(t -> saveThenOpen(t.name()));
    }

    /** Saves the template in the editor in the background, then shows the list with {@code select} open. */
    private void saveThenOpen(String select) {
        model.current().ifPresent(t -> changes.save(t, model.shown().version(), select));
    }

    @FXML
    private void handleReset() {
        TemplateEntry shown = model.shown();
        if (shown != null && dialogs.confirm("Reset the template", "Put \"" + shown.template().title()
                + "\" back as Rapport wrote it? Your changes to it are lost.", "Reset")) {
            changes.reset(shown.template().name());
        }
    }

    @FXML
    private void handleDelete() {
        TemplateEntry shown = model.shown();
        if (shown != null && dialogs.confirm("Delete the template", "Delete \"" + shown.template().title()
                + "\"? Letters already sent stay in your clients' timelines.", "Delete")) {
            changes.delete(shown.template().name());
        }
    }

    @FXML
    private void handleNew() {
        dialogs.askText("New template", "What is this letter for? Its title is how you find it later.", "Title",
                "Create").ifPresent(title -> changes.create(title, () -> {
                    bodyArea.requestFocus();
                    bodyArea.positionCaret(bodyArea.getText().indexOf("\n\n") + 2);
                }));
    }

    @FXML
    private void handleWrite() {
        Optional<LetterTemplate> template = model.current();
        ClientRef client = model.previewClient.get();
        if (template.isEmpty() || client == null) {
            return;
        }
        NoteBatchController writer = new NoteBatchController(book, runner, dialogs, navigator);
        writer.loadWithTemplate(client.id(), template.get());
        writer.showAndWait(view.getScene().getWindow(), "Write a note");
    }

    /** The view-model (for tests). */
    LettersViewModel model() {
        return model;
    }

    @Override
    public void focusFirst() {
        templateList.requestFocus();
    }
}
