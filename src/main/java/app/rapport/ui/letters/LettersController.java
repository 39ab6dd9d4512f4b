package app.rapport.ui.letters;

import app.rapport.model.ClientRef;
import app.rapport.model.LetterTemplate;
import app.rapport.model.PageSize;
import app.rapport.model.Text;
import app.rapport.service.OpenBook;
import app.rapport.service.TemplateService;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.Navigator;
import app.rapport.ui.Screen;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.controlsfx.control.textfield.TextFields;

/**
 * Letters: the templates, edited with a live preview for a real client. An unknown field is
 * shown as a mistake under the body and the template cannot be saved with it; a field with no
 * value for the client shows highlighted in the preview.
 */
public final class LettersController implements Screen {
    static final String OWNERS_PAPER = "Your letter paper (Settings)";
    private static final float PREVIEW_DPI = 110;

    private final OpenBook book;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Navigator navigator;
    private final Parent view;
    private final PauseTransition editing = new PauseTransition(Duration.millis(400));
    private final List<ClientRef> clients = new ArrayList<>();
    private PagePreview preview;
    private TemplateService.TemplateEntry shown;
    private ClientRef previewClient;
    private boolean loading;

    /** A paper choice: a size, or the owner's letter paper. */
    record PaperChoice(PageSize size) {
        @Override
        public String toString() {
            return size == null ? OWNERS_PAPER : size.label();
        }
    }

    @FXML
    private ListView<TemplateService.TemplateEntry> templateList;
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
    @FXML
    private Button writeButton;

    public LettersController(OpenBook book, TaskRunner runner, Dialogs dialogs, Navigator navigator) {
        this.book = book;
        this.runner = runner;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.view = Views.load(this);
        askBeforeClosing();
        refresh();
    }

    /** While the screen is on show, closing the window asks first about unsaved changes (Cancel keeps it open). */
    private void askBeforeClosing() {
        EventHandler<WindowEvent> closing = e -> {
            if (!canLeave()) {
                e.consume();
            }
        };
        // The window the screen is in: none once it leaves the window, or the window shows another scene.
        view.sceneProperty().flatMap(Scene::windowProperty).addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, closing);
            }
            if (now != null) {
                now.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, closing);
            }
        });
    }

    @FXML
    private void initialize() {
        preview = new PagePreview(previewScroll, previewPages);
        previewWarnings.setVisible(false);
        previewWarnings.setManaged(false);
        templateList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TemplateService.TemplateEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.template().title()
                        + (item.builtIn() ? item.edited() ? "  · edited" : "" : "  · yours"));
            }
        });
        templateList.getSelectionModel().selectedItemProperty().addListener((o, was, entry) -> {
            if (!loading && entry != null && entry != shown) {
                open(entry);
            }
        });
        List<PaperChoice> papers = new ArrayList<>();
        papers.add(new PaperChoice(null));
        for (PageSize size : PageSize.values()) {
            papers.add(new PaperChoice(size));
        }
        paperBox.getItems().setAll(papers);
        for (var field : book.templates().fields().entrySet()) {
            MenuItem item = new MenuItem(field.getKey() + "  — " + field.getValue());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                bodyArea.replaceSelection(field.getKey());
                bodyArea.requestFocus();
            });
            insertFieldButton.getItems().add(item);
        }
        bodyArea.textProperty().addListener((o, was, text) -> edited());
        titleField.textProperty().addListener((o, was, text) -> edited());
        paperBox.valueProperty().addListener((o, was, paper) -> edited());
        editing.setOnFinished(e -> refreshPreview());
        TextFields.bindAutoCompletion(previewClientField, request -> clients.stream()
                .filter(r -> Text.fold(r.displayName()).contains(Text.fold(request.getUserText().strip())))
                .limit(12).toList()).setOnAutoCompleted(e -> {
                    previewClient = e.getCompletion();
                    refreshPreview();
                });
        previewClientField.setOnAction(e -> clients.stream()
                .filter(r -> r.displayName().equalsIgnoreCase(previewClientField.getText().strip())).findFirst()
                .ifPresent(r -> {
                    previewClient = r;
                    refreshPreview();
                }));
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public void refresh() {
        String keep = shown == null ? null : shown.template().name();
        runner.run(() -> new Loaded(book.templates().all(), book.clients().refs(false)), loaded -> {
            clients.clear();
            clients.addAll(loaded.clients());
            if (previewClient == null && !clients.isEmpty()) {
                previewClient = clients.get(0);
                previewClientField.setText(previewClient.displayName());
            }
            showList(loaded.templates(), keep);
        }, e -> dialogs.error("Could not read the templates", ErrorMessages.plain(e)));
    }

    private record Loaded(List<TemplateService.TemplateEntry> templates, List<ClientRef> clients) {
    }

    private void showList(List<TemplateService.TemplateEntry> entries, String select) {
        loading = true;
        templateList.getItems().setAll(entries);
        loading = false;
        TemplateService.TemplateEntry chosen = entries.stream()
                .filter(e -> e.template().name().equals(select)).findFirst()
                .orElse(entries.isEmpty() ? null : entries.get(0));
        if (chosen != null) {
            loading = true;
            templateList.getSelectionModel().select(chosen);
            loading = false;
            if (isDirty() && chosen.template().name().equals(shown.template().name())) {
                return; // the book changed elsewhere: the owner's edits to this template stay in the editor
            }
            open(chosen);
        }
    }

    /** Opens another template in the editor, once the owner said what to do with unsaved changes. */
    private void open(TemplateService.TemplateEntry entry) {
        if (isDirty()) {
            Dialogs.Unsaved answer = askToSave();
            if (answer == Dialogs.Unsaved.CANCEL) {
                loading = true;
                templateList.getSelectionModel().select(shown);
                loading = false;
                return;
            }
            if (answer == Dialogs.Unsaved.SAVE) {
                saveThenOpen(entry.template().name());
                return;
            }
        }
        show(entry);
    }

    private void show(TemplateService.TemplateEntry entry) {
        shown = entry;
        loading = true;
        titleField.setText(entry.template().title());
        bodyArea.setText(entry.template().body());
        paperBox.setValue(new PaperChoice(entry.template().paper()));
        loading = false;
        resetButton.setVisible(entry.builtIn());
        resetButton.setManaged(entry.builtIn());
        resetButton.setDisable(!entry.edited());
        deleteButton.setVisible(!entry.builtIn());
        deleteButton.setManaged(!entry.builtIn());
        savedLabel.setText(entry.builtIn() ? entry.edited() ? "Built in, edited by you" : "Built in" : "Yours");
        checkBody();
        refreshPreview();
    }

    /** The template as the editor holds it, saved or not. */
    Optional<LetterTemplate> current() {
        if (shown == null || titleField.getText().isBlank()) {
            return Optional.empty();
        }
        PaperChoice paper = paperBox.getValue();
        return Optional.of(new LetterTemplate(shown.template().name(), titleField.getText(), bodyArea.getText(),
                paper == null ? null : paper.size()));
    }

    boolean isDirty() {
        return shown != null && current().map(t -> !t.equals(shown.template())).orElse(true);
    }

    private void edited() {
        if (loading || shown == null) {
            return;
        }
        checkBody();
        savedLabel.setText(isDirty() ? "Not saved" : "");
        editing.playFromStart();
    }

    private void checkBody() {
        List<String> problems = book.templates().problems(bodyArea.getText());
        problemsLabel.setText(problems.isEmpty() ? "" : String.join("\n", problems));
        problemsLabel.setVisible(!problems.isEmpty());
        problemsLabel.setManaged(!problems.isEmpty());
        saveButton.setDisable(!problems.isEmpty() || titleField.getText().isBlank() || !isDirty());
    }

    void refreshPreview() {
        Optional<LetterTemplate> template = current();
        if (template.isEmpty()) {
            return;
        }
        if (previewClient == null) {
            preview.message("Add a client to see this letter as they would get it.");
            return;
        }
        String clientId = previewClient.id();
        runner.run(() -> {
            var draft = book.letters().draft(clientId, template.get(), null);
            var paper = book.letters().letters(List.of(draft), Optional.empty(), true);
            return new Preview(draft.warnings(), PagePreview.images(book.printing().pageImages(paper, PREVIEW_DPI)));
        }, p -> {
            previewWarnings.setText(String.join("\n", p.warnings()));
            previewWarnings.setVisible(!p.warnings().isEmpty());
            previewWarnings.setManaged(!p.warnings().isEmpty());
            preview.show(p.pages());
        }, e -> preview.message("The preview could not be drawn: " + ErrorMessages.plain(e)));
    }

    private record Preview(List<String> warnings, List<javafx.scene.image.Image> pages) {
    }

    /**
     * Asks "Save changes to …?" about the template in the editor; a template with mistakes (or no
     * title) cannot be saved, so then the question is only whether to discard the changes.
     */
    private Dialogs.Unsaved askToSave() {
        String title = shown.template().title();
        if (titleField.getText().isBlank() || !book.templates().problems(bodyArea.getText()).isEmpty()) {
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
        if (!isDirty()) {
            return true;
        }
        switch (askToSave()) {
            case SAVE -> saveThenOpen(shown.template().name());
            case DISCARD -> show(shown); // the editor as saved: nothing left to ask about
            default -> {
                return false;
            }
        }
        return true;
    }

    @FXML
    private void handleSave() {
        current().ifPresent(t -> saveThenOpen(t.name()));
    }

    /** Saves the template in the editor in the background, then shows the list with {@code select} open. */
    private void saveThenOpen(String select) {
        current().ifPresent(t -> runner.run(() -> {
            book.templates().save(t);
            return book.templates().all();
        }, entries -> {
            shown = null;
            navigator.status("Saved the template \"" + t.title() + "\".");
            showList(entries, select);
        }, e -> dialogs.error("The template was not saved", ErrorMessages.plain(e))));
    }

    @FXML
    private void handleReset() {
        if (shown != null && dialogs.confirm("Reset the template", "Put \"" + shown.template().title()
                + "\" back as Rapport wrote it? Your changes to it are lost.", "Reset")) {
            String name = shown.template().name();
            change(() -> book.templates().reset(name), name, "The template was not reset");
        }
    }

    @FXML
    private void handleDelete() {
        if (shown != null && dialogs.confirm("Delete the template", "Delete \"" + shown.template().title()
                + "\"? Letters already sent stay in your clients' timelines.", "Delete")) {
            String name = shown.template().name();
            change(() -> book.templates().delete(name), null, "The template was not deleted");
        }
    }

    /** Changes the templates in the background, then shows the list again with {@code select} chosen. */
    private void change(Runnable work, String select, String failure) {
        runner.run(() -> {
            work.run();
            return book.templates().all();
        }, entries -> {
            shown = null;
            showList(entries, select);
        }, e -> dialogs.error(failure, ErrorMessages.plain(e)));
    }

    @FXML
    private void handleNew() {
        dialogs.askText("New template", "What is this letter for? Its title is how you find it later.", "Title",
                "Create").ifPresent(title -> runner.run(() -> {
                    LetterTemplate t = new LetterTemplate(book.templates().newName(title), title,
                            "Dear {{client.greetingName}},\n\n\n\n{{business.signature}}", null);
                    book.templates().save(t);
                    return new Created(t.name(), book.templates().all());
                }, created -> {
                    shown = null;
                    showList(created.entries(), created.name());
                    bodyArea.requestFocus();
                    bodyArea.positionCaret(bodyArea.getText().indexOf("\n\n") + 2);
                }, e -> dialogs.error("The template was not created", ErrorMessages.plain(e))));
    }

    private record Created(String name, List<TemplateService.TemplateEntry> entries) {
    }

    @FXML
    private void handleWrite() {
        Optional<LetterTemplate> template = current();
        if (template.isEmpty() || previewClient == null) {
            return;
        }
        NoteBatchController writer = new NoteBatchController(book, runner, dialogs, navigator);
        writer.loadWithTemplate(previewClient.id(), template.get());
        writer.showAndWait(view.getScene().getWindow(), "Write a note");
    }

    @Override
    public void focusFirst() {
        templateList.requestFocus();
    }
}
