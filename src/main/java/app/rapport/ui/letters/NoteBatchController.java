package app.rapport.ui.letters;

import app.rapport.letters.Envelope;
import app.rapport.model.Interaction;
import app.rapport.model.PageSize;
import app.rapport.service.LetterDraft;
import app.rapport.service.OpenBook;
import app.rapport.service.PrintablePdf;
import app.rapport.service.TemplateService;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.Navigator;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.Views;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
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
    private static final float PREVIEW_DPI = 110;

    private final OpenBook book;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Navigator navigator;
    private final NoteBatchViewModel model = new NoteBatchViewModel();
    private final BorderPane view;
    private final PauseTransition typing = new PauseTransition(Duration.millis(350));
    private PagePreview preview;
    private List<TemplateService.TemplateEntry> templates = List.of();
    private boolean choosing;
    private int written;

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
        templateColumn.setCellValueFactory(c -> javafx.beans.binding.Bindings.createStringBinding(
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
        model.items.addListener((javafx.collections.ListChangeListener<NoteBatchViewModel.Item>) c -> summarise());
        printButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.items));
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
    public void loadForClient(String clientId, app.rapport.model.FollowUp followUp) {
        runner.run(() -> new Loaded(book.templates().all(), List.of(book.letters().noteFor(clientId, followUp))),
                this::loaded, e -> batchSummary.setText("The letter could not be drafted: " + ErrorMessages.plain(e)));
    }

    /** One letter for a client from a given template, answering no follow-up. */
    public void loadWithTemplate(String clientId, app.rapport.model.LetterTemplate template) {
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
        if (!loaded.drafts().isEmpty()) {
            PageSize page = loaded.drafts().get(0).page();
            model.envelope.set(page == PageSize.A4 || page == PageSize.A5 ? Envelope.DL
                    : page.isCard() ? Envelope.C6 : Envelope.NO_10);
        }
        model.show(loaded.drafts());
        summarise();
        if (model.items.isEmpty()) {
            preview.message("No notes are due today. Thank-you notes, birthday cards and notes to quiet clients"
                    + " show up here on the day they are due.");
        } else {
            lettersTable.getSelectionModel().select(0);
            if (model.items.size() == 1) {
                javafx.application.Platform.runLater(personalLine::requestFocus); // one letter: write its line
            }
        }
    }

    private void summarise() {
        int n = model.items.size();
        batchSummary.setText(n == 0 ? written > 0 ? NoteBatchViewModel.ALL_DONE : "No notes are due."
                : n == 1 ? "One letter to write."
                : n + " letters to write. Untick the ones you will not send today.");
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
        LetterDraft draft = item.get().draft().withPersonalLine(
                model.askPersonalLine.get() ? item.get().personalLine.get() : "");
        List<String> warnings = new java.util.ArrayList<>(draft.warnings());
        warnings.addAll(draft.problems().stream().map(p -> "Template mistake: " + p).toList());
        showWarnings(warnings);
        Optional<Envelope> envelope = model.withEnvelopes.get() ? Optional.of(model.envelope.get()) : Optional.empty();
        runner.run(() -> {
            PrintablePdf paper = book.letters().letters(List.of(draft), envelope, true);
            return PagePreview.images(book.printing().pageImages(paper, PREVIEW_DPI));
        }, preview::show, e -> preview.message("The preview could not be drawn: " + ErrorMessages.plain(e)));
    }

    private void showWarnings(List<String> warnings) {
        letterWarnings.setText(String.join("\n", warnings));
        letterWarnings.setVisible(!warnings.isEmpty());
        letterWarnings.setManaged(!warnings.isEmpty());
    }

    @FXML
    private void handlePrint() {
        output("Print", paper -> dialogs.print(paper, jobName()).map(p -> "Sent to " + p + "."));
    }

    @FXML
    private void handleSavePdf() {
        Optional<Path> file = dialogs.chooseFileToSave("Save the letters as PDF", "PDF documents", "pdf",
                model.included() == 1 ? "letter.pdf" : "letters.pdf");
        file.ifPresent(f -> output("Save", paper -> {
            book.printing().save(paper, f);
            return Optional.of("Saved to " + f + ".");
        }));
    }

    /** Where the finished pages go: the printer or a file; empty when the owner cancelled. */
    private interface Destination {
        Optional<String> send(PrintablePdf paper) throws Exception;
    }

    /** Checks, warns, makes the pages, sends them, then asks which notes went out. */
    private void output(String verb, Destination destination) {
        List<LetterDraft> drafts = model.toPrint();
        if (drafts.isEmpty()) {
            dialogs.error("Nothing to " + verb.toLowerCase(java.util.Locale.ROOT), NoteBatchViewModel.NOTHING_CHOSEN);
            return;
        }
        List<String> problems = model.problems();
        if (!problems.isEmpty()) {
            dialogs.error("A template has mistakes", "These letters cannot print until their template is fixed"
                    + " (Letters screen):\n\n" + String.join("\n", problems));
            return;
        }
        Optional<Envelope> envelope = model.withEnvelopes.get() ? Optional.of(model.envelope.get()) : Optional.empty();
        batchStatus.setText("Setting " + drafts.size() + (drafts.size() == 1 ? " letter" : " letters") + "…");
        runner.run(() -> book.letters().letters(drafts, envelope, false), paper -> {
            List<String> warnings = new java.util.ArrayList<>(model.warnings());
            paper.unprintableWarning().ifPresent(warnings::add);
            if (!warnings.isEmpty() && !dialogs.confirm("Before you " + verb.toLowerCase(java.util.Locale.ROOT),
                    String.join("\n\n", warnings), verb + " anyway")) {
                batchStatus.setText("");
                return;
            }
            runner.run(() -> destination.send(paper), done -> {
                if (done.isEmpty()) {
                    batchStatus.setText("Nothing printed.");
                    return;
                }
                batchStatus.setText(done.get() + " " + paper.pages() + (paper.pages() == 1 ? " page." : " pages."));
                askWritten(drafts);
            }, e -> {
                batchStatus.setText("");
                dialogs.error("Could not " + verb.toLowerCase(java.util.Locale.ROOT), ErrorMessages.plain(e));
            });
        }, e -> {
            batchStatus.setText("");
            dialogs.error("Could not set the letters", ErrorMessages.plain(e));
        });
    }

    private void askWritten(List<LetterDraft> drafts) {
        List<String> labels = drafts.stream().map(d -> d.clientName() + " — " + d.template().title()).toList();
        Optional<List<String>> chosen = dialogs.chooseMany(drafts.size() == 1 ? "Mark this note as written?"
                        : "Mark these notes as written?",
                "Untick any letter you did not send. Each one ticked is logged as a handwritten note in the client's"
                        + " timeline, and its follow-up is done.", labels, "Mark as written");
        if (chosen.isEmpty() || chosen.get().isEmpty()) {
            return;
        }
        List<LetterDraft> confirmed = drafts.stream()
                .filter(d -> chosen.get().contains(d.clientName() + " — " + d.template().title())).toList();
        runner.run(() -> book.letters().markWritten(confirmed), (List<Interaction> logged) -> {
            written += logged.size();
            model.removeWritten(confirmed);
            if (!model.items.isEmpty() && lettersTable.getSelectionModel().isEmpty()) {
                lettersTable.getSelectionModel().select(0); // the preview shows a letter still to write
            }
            String message = logged.size() == 1 ? "Logged the note to " + confirmed.get(0).clientName() + "."
                    : "Logged " + logged.size() + " handwritten notes.";
            batchStatus.setText(message);
            navigator.status(message);
            navigator.bookChanged();
        }, e -> dialogs.error("Could not log the notes", ErrorMessages.plain(e)));
    }

    private String jobName() {
        List<LetterDraft> drafts = model.toPrint();
        return drafts.size() == 1 ? "Letter to " + drafts.get(0).clientName() : "Rapport: " + drafts.size() + " letters";
    }

    /** Shows the letters in a window of their own until the owner closes it; how many notes were logged. */
    public int showAndWait(Window owner, String title) {
        app.rapport.ui.WideDialog.showAndWait(owner, title, view, 1100, 780);
        return written;
    }

    /** The content (for tests that mount it without a dialog). */
    public BorderPane view() {
        return view;
    }

    NoteBatchViewModel model() {
        return model;
    }
}
