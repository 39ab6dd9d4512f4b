package app.rapport.ui.letters;

import app.rapport.letters.Envelope;
import app.rapport.model.FollowUp;
import app.rapport.model.LetterTemplate;
import app.rapport.service.LetterDraft;
import app.rapport.service.OpenBook;
import app.rapport.service.PrintablePdf;
import app.rapport.service.TemplateService;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.Navigator;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.Views;
import app.rapport.ui.WideDialog;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Letters to print in one job: the notes due today (from Today) or one letter (from a client or
 * a follow-up). Each letter can change template and get its own personal line; the preview shows
 * the pages as they print. After printing or saving, asks which notes went out and logs them.
 */
public final class NoteBatchController {
    private final OpenBook book;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Navigator navigator;
    private final NoteBatchViewModel model = new NoteBatchViewModel();
    private final BorderPane view;
    private final PauseTransition typing = new PauseTransition(Duration.millis(350));
    private PagePreview preview;
    private NoteBatchOutput output;
    private List<TemplateService.TemplateEntry> templates = List.of();
    /** Set while the letter's template and line are shown from here, so that they are not taken as the owner's. */
    private boolean choosing;

    @FXML
    private Label batchSummary;
    @FXML
    private CheckBox personalLines;
    @FXML
    private CheckBox withEnvelopes;
    @FXML
    private ComboBox<Envelope> envelopeBox;
    @FXML
    private TableView<NoteBatchViewModel.Item> lettersTable;
    @FXML
    private TableColumn<NoteBatchViewModel.Item, Boolean> includeColumn;
    @FXML
    private TableColumn<NoteBatchViewModel.Item, String> clientColumn;
    @FXML
    private TableColumn<NoteBatchViewModel.Item, String> templateColumn;
    @FXML
    private ComboBox<TemplateService.TemplateEntry> templateBox;
    @FXML
    private TextField personalLine;
    @FXML
    private Label letterWarnings;
    @FXML
    private ScrollPane previewScroll;
    @FXML
    private VBox previewPages;
    @FXML
    private Label batchStatus;
    @FXML
    private Button printButton;
    @FXML
    private Button savePdfButton;

    public NoteBatchController(OpenBook book, TaskRunner runner, Dialogs dialogs, Navigator navigator) {
        this.book = book;
        this.runner = runner;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.view = Views.load(this);
    }

    @FXML
    private void initialize() {
        preview = new PagePreview(previewScroll, previewPages);
        output = new NoteBatchOutput(book.letters(), book.printing(), runner, dialogs, navigator, model, batchStatus,
                () -> {
            if (!model.items.isEmpty() && lettersTable.getSelectionModel().isEmpty()) {
                lettersTable.getSelectionModel().select(0); // the preview shows a letter still to write
            }
        });
        letterWarnings.setVisible(false);
        letterWarnings.setManaged(false);
        personalLines.selectedProperty().bindBidirectional(model.askPersonalLine);
        withEnvelopes.selectedProperty().bindBidirectional(model.withEnvelopes);
        envelopeBox.getItems().setAll(Envelope.values());
        envelopeBox.valueProperty().bindBidirectional(model.envelope);
        envelopeBox.setCellFactory(l -> envelopeCell());
        envelopeBox.setButtonCell(envelopeCell());
        envelopeBox.disableProperty().bind(withEnvelopes.selectedProperty().not());
        personalLine.disableProperty().bind(personalLines.selectedProperty().not());

        lettersTable.setItems(model.items);
        includeColumn.setCellValueFactory(c -> c.getValue().include);
        includeColumn.setCellFactory(CheckBoxTableCell.forTableColumn(includeColumn));
        clientColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().draft().clientName()));
        templateColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> c.getValue().draft().template().title(), c.getValue().draft));
        lettersTable.getSelectionModel().selectedItemProperty().addListener((o, was, item) -> select(was, item));

        templateBox.setCellFactory(l -> templateCell());
        templateBox.setButtonCell(templateCell());
        templateBox.valueProperty().addListener((o, was, entry) -> {
            if (!choosing && entry != null) {
                changeTemplate(entry);
            }
        });
        personalLine.textProperty().addListener((o, was, text) -> {
            if (!choosing) {
                selected().ifPresent(i -> i.personalLine.set(text));
                typing.playFromStart();
            }
        });
        typing.setOnFinished(e -> refreshPreview());
        model.withEnvelopes.addListener((o, was, on) -> refreshPreview());
        model.envelope.addListener((o, was, on) -> refreshPreview());
        model.askPersonalLine.addListener((o, was, on) -> refreshPreview());
        model.items.addListener((ListChangeListener<NoteBatchViewModel.Item>) c -> summarise());
        printButton.disableProperty().bind(Bindings.isEmpty(model.items));
        savePdfButton.disableProperty().bind(printButton.disableProperty());
    }

    private static ListCell<Envelope> envelopeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Envelope item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        };
    }

    private static ListCell<TemplateService.TemplateEntry> templateCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(TemplateService.TemplateEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.template().title()
                        + (item.builtIn() ? "" : "  (yours)"));
            }
        };
    }

    /** The letters for every note due today and overdue. */
    public void loadNotesDue() {
        batchSummary.setText("Finding the notes due…");
        runner.run(() -> new Loaded(book.templates().all(), book.letters().notesDue()), this::loaded,
                e -> batchSummary.setText("The notes due could not be drafted: " + ErrorMessages.plain(e)));
    }

    /**
     * One letter for a client: for {@code followUp} when given, else for the client's next note
     * due if there is one (which the letter then completes), else a plain note.
     */
    public void loadForClient(String clientId, FollowUp followUp) {
        runner.run(() -> new Loaded(book.templates().all(), List.of(book.letters().noteFor(clientId, followUp))),
                this::loaded, e -> batchSummary.setText("The letter could not be drafted: " + ErrorMessages.plain(e)));
    }

    /** One letter for a client from a given template, answering no follow-up. */
    public void loadWithTemplate(String clientId, LetterTemplate template) {
        runner.run(() -> new Loaded(book.templates().all(), List.of(book.letters().draft(clientId, template, null))),
                this::loaded, e -> batchSummary.setText("The letter could not be drafted: " + ErrorMessages.plain(e)));
    }

    private record Loaded(List<TemplateService.TemplateEntry> templates, List<LetterDraft> drafts) {
    }

    private void loaded(Loaded loaded) {
        templates = loaded.templates();
        choosing = true;
        templateBox.getItems().setAll(templates);
        choosing = false;
        model.show(loaded.drafts());
        summarise();
        if (model.items.isEmpty()) {
            preview.message("No notes are due today. Thank-you notes, birthday cards and notes to quiet clients"
                    + " show up here on the day they are due.");
        } else {
            lettersTable.getSelectionModel().select(0);
            if (model.items.size() == 1) {
                Platform.runLater(personalLine::requestFocus); // one letter: write its line
            }
        }
    }

    private void summarise() {
        batchSummary.setText(model.summary());
    }

    private Optional<NoteBatchViewModel.Item> selected() {
        return Optional.ofNullable(lettersTable.getSelectionModel().getSelectedItem());
    }

    private void select(NoteBatchViewModel.Item was, NoteBatchViewModel.Item item) {
        choosing = true;
        try {
            if (item == null) {
                personalLine.clear();
                templateBox.setValue(null);
                showWarnings(List.of());
                preview.message(model.items.isEmpty() ? NoteBatchViewModel.ALL_DONE : NoteBatchViewModel.CHOOSE_ONE);
                return;
            }
            personalLine.setText(item.personalLine.get());
            templateBox.setValue(templates.stream()
                    .filter(t -> t.template().name().equals(item.draft().template().name())).findFirst().orElse(null));
        } finally {
            choosing = false;
        }
        refreshPreview();
    }

    private void changeTemplate(TemplateService.TemplateEntry entry) {
        selected().ifPresent(item -> {
            LetterDraft d = item.draft();
            runner.run(() -> book.letters().draft(d.clientId(), entry.template(), d.followUp()), draft -> {
                item.draft.set(draft);
                refreshPreview();
            }, e -> dialogs.error("Could not draft the letter", ErrorMessages.plain(e)));
        });
    }

    private void refreshPreview() {
        Optional<NoteBatchViewModel.Item> item = selected();
        if (item.isEmpty()) {
            return;
        }
        LetterDraft draft = model.asPreviewed(item.get());
        showWarnings(NoteBatchViewModel.previewWarnings(draft));
        Optional<Envelope> envelope = model.envelopeChosen();
        runner.run(() -> {
            PrintablePdf paper = book.letters().letters(List.of(draft), envelope, true);
            return PagePreview.images(book.printing().pageImages(paper, PagePreview.DPI));
        }, preview::show, e -> preview.message(PagePreview.CANNOT_DRAW + ErrorMessages.plain(e)));
    }

    private void showWarnings(List<String> warnings) {
        letterWarnings.setText(String.join("\n", warnings));
        letterWarnings.setVisible(!warnings.isEmpty());
        letterWarnings.setManaged(!warnings.isEmpty());
    }

    @FXML
    private void handlePrint() {
        output.print();
    }

    @FXML
    private void handleSavePdf() {
        output.savePdf();
    }

    /** Shows the letters in a window of their own until the owner closes it; how many notes were logged. */
    public int showAndWait(Window owner, String title) {
        WideDialog.showAndWait(owner, title, view, 1100, 780);
        return model.written;
    }

    /** The content (for tests that mount it without a dialog). */
    public BorderPane view() {
        return view;
    }

    NoteBatchViewModel model() {
        return model;
    }
}
