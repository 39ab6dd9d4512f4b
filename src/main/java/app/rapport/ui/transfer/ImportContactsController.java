package app.rapport.ui.transfer;

import app.rapport.service.ContactFile;
import app.rapport.service.ContactImportService;
import app.rapport.service.DuplicateContact;
import app.rapport.service.DuplicatePolicy;
import app.rapport.service.OpenBook;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.Navigator;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.Views;
import app.rapport.ui.WideDialog;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Importing clients from a CSV or vCard file: the file read (Windows-1252 offered when it is not
 * UTF-8), a column-mapping step with a preview of the first rows (CSV), a choice for clients
 * already in the book (skip, merge, add, or ask for each), a check that changes nothing, and a
 * report of what was added, merged and skipped, with each problem's line or card.
 */
public final class ImportContactsController {
    private final OpenBook book;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Navigator navigator;
    private final ImportContactsViewModel model = new ImportContactsViewModel();
    private final VBox view;
    private ColumnMapping mapping;

    @FXML
    private Label fileLabel;
    @FXML
    private HBox presetRow;
    @FXML
    private ComboBox<String> presetBox;
    @FXML
    private TableView<List<String>> previewTable;
    @FXML
    private ComboBox<String> duplicatesBox;
    @FXML
    private Label readyLabel;
    @FXML
    private TextArea reportArea;
    @FXML
    private Button checkButton;
    @FXML
    private Button importButton;

    public ImportContactsController(OpenBook book, TaskRunner runner, Dialogs dialogs, Navigator navigator) {
        this.book = book;
        this.runner = runner;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.view = Views.load(this);
    }

    @FXML
    private void initialize() {
        duplicatesBox.getItems().setAll(ImportContactsViewModel.DUPLICATE_CHOICES);
        duplicatesBox.valueProperty().bindBidirectional(model.duplicates);
        presetBox.getItems().setAll(ContactImportService.presetChoices());
        mapping = new ColumnMapping(previewTable, ContactImportService.fieldChoices(),
                labels -> show(model.file.get().remapByLabels(labels)));
        presetBox.valueProperty().addListener((o, was, label) -> {
            ContactFile f = model.file.get();
            if (f != null && !f.vcard() && label != null && !label.equals(f.presetLabel())) {
                show(f.withPreset(label));
            }
        });
        for (Node columns : List.of(presetRow, previewTable)) {
            columns.visibleProperty().bind(model.showsColumns);
            columns.managedProperty().bind(model.showsColumns);
        }
        readyLabel.textProperty().bind(model.ready);
        reportArea.setVisible(false);
        reportArea.setManaged(false);
        checkButton.disableProperty().bind(model.canCheck.not());
        importButton.disableProperty().bind(model.canImport.not());
    }

    /** Reads the file in the background; offers Windows-1252 when it is not UTF-8. */
    public void load(Path path) {
        ImportReading.read(runner, dialogs, fileLabel, previewTable, path,
                (p, encoding) -> book.contactImport().read(p, encoding, (String) null), this::show);
    }

    private void show(ContactFile read) {
        model.file.set(read);
        fileLabel.setText(read.file().getFileName() + ": " + read.describe());
        if (!read.vcard()) {
            presetBox.setValue(read.presetLabel());
            mapping.show(read.headers(), read.mappingLabels(), read.previewRows());
        }
    }

    @FXML
    private void handleCheck() {
        run(true);
    }

    @FXML
    private void handleImport() {
        run(false);
    }

    private void run(boolean dryRun) {
        ContactFile chosen = model.file.get();
        if (chosen == null) {
            return;
        }
        if (!model.asksForEach()) {
            DuplicatePolicy p = model.policy();
            importWith(chosen, d -> p, dryRun);
            return;
        }
        // Find the duplicates in the background, ask about each on screen, then import in the background.
        runner.run(() -> book.contactImport().duplicates(chosen), duplicates -> {
            Map<String, DuplicatePolicy> answers = new HashMap<>();
            for (DuplicateContact d : duplicates) {
                Optional<String> answer = dialogs.choose("Already in your book", d.describe(),
                        ImportContactsViewModel.ONE_DUPLICATE_CHOICES, ImportContactsViewModel.SKIP);
                if (answer.isEmpty()) {
                    return;
                }
                answers.put(d.describe(), ImportContactsViewModel.policy(answer.get()));
            }
            importWith(chosen, d -> answers.getOrDefault(d.describe(), DuplicatePolicy.SKIP), dryRun);
        }, e -> dialogs.error("Could not look for duplicates", ErrorMessages.plain(e)));
    }

    private void importWith(ContactFile chosen, Function<DuplicateContact, DuplicatePolicy> decide,
            boolean dryRun) {
        runner.run(() -> book.contactImport().importContacts(chosen, decide, dryRun), report -> {
            reportArea.setVisible(true);
            reportArea.setManaged(true);
            reportArea.setText(report.text());
            if (!dryRun) {
                model.imported.set(true);
                navigator.status(report.summary());
                navigator.bookChanged();
            }
        }, e -> dialogs.error("Nothing was imported", ErrorMessages.plain(e) + "\n\nThe book is unchanged."));
    }

    public VBox view() {
        return view;
    }

    /** Shows the import in a dialog of its own; true when something was imported. */
    public boolean showAndWait(Window owner) {
        WideDialog.showAndWait(owner, "Import clients", view, 1000, 700);
        return model.imported.get();
    }
}
