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
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.fxml.FXML;
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
    static final String SKIP = "Skip them";
    static final String MERGE = "Merge them (fill in what the book lacks)";
    static final String ADD = "Add them anyway";
    static final String ASK = "Ask me for each one";

    private final OpenBook book;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Navigator navigator;
    private final VBox view;
    private ContactFile file;
    private ColumnMapping mapping;
    private boolean imported;

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
        duplicatesBox.getItems().setAll(SKIP, MERGE, ADD, ASK);
        duplicatesBox.setValue(SKIP);
        presetBox.getItems().setAll(ContactImportService.presetChoices());
        mapping = new ColumnMapping(previewTable, ContactImportService.fieldChoices(),
                labels -> show(file.remapByLabels(labels)));
        presetBox.valueProperty().addListener((o, was, label) -> {
            if (file != null && !file.vcard() && label != null && !label.equals(file.presetLabel())) {
                show(file.withPreset(label));
            }
        });
        reportArea.setVisible(false);
        reportArea.setManaged(false);
        checkButton.setDisable(true);
        importButton.setDisable(true);
    }

    /** Reads the file in the background; offers Windows-1252 when it is not UTF-8. */
    public void load(Path path) {
        ImportReading.read(runner, dialogs, fileLabel, previewTable, path,
                (p, encoding) -> book.contactImport().read(p, encoding, (String) null), this::show);
    }

    private void show(ContactFile read) {
        file = read;
        fileLabel.setText(read.file().getFileName() + ": " + read.describe());
        presetRow.setVisible(!read.vcard());
        presetRow.setManaged(!read.vcard());
        previewTable.setVisible(!read.vcard());
        previewTable.setManaged(!read.vcard());
        if (!read.vcard()) {
            presetBox.setValue(read.presetLabel());
            mapping.show(read.headers(), read.mappingLabels(), read.previewRows());
        }
        readyLabel.setText(read.contactCount() + (read.contactCount() == 1 ? " client is" : " clients are")
                + " ready to import" + (read.problems().isEmpty() ? "." : "; " + read.problems().size()
                + (read.problems().size() == 1 ? " problem so far." : " problems so far.")));
        checkButton.setDisable(read.contactCount() == 0);
        importButton.setDisable(read.contactCount() == 0 || imported);
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
        if (file == null) {
            return;
        }
        ContactFile chosen = file;
        String choice = duplicatesBox.getValue();
        if (!ASK.equals(choice)) {
            DuplicatePolicy p = SKIP.equals(choice) ? DuplicatePolicy.SKIP
                    : MERGE.equals(choice) ? DuplicatePolicy.MERGE : DuplicatePolicy.ADD;
            importWith(chosen, d -> p, dryRun);
            return;
        }
        // Find the duplicates in the background, ask about each on screen, then import in the background.
        runner.run(() -> book.contactImport().duplicates(chosen), duplicates -> {
            java.util.Map<String, DuplicatePolicy> answers = new java.util.HashMap<>();
            for (DuplicateContact d : duplicates) {
                Optional<String> answer = dialogs.choose("Already in your book", d.describe(),
                        List.of(SKIP, MERGE, ADD), SKIP);
                if (answer.isEmpty()) {
                    return;
                }
                answers.put(d.describe(), SKIP.equals(answer.get()) ? DuplicatePolicy.SKIP
                        : MERGE.equals(answer.get()) ? DuplicatePolicy.MERGE : DuplicatePolicy.ADD);
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
                imported = true;
                importButton.setDisable(true);
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
        app.rapport.ui.WideDialog.showAndWait(owner, "Import clients", view, 1000, 700);
        return imported;
    }
}
