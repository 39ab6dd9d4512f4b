package app.rapport.ui.transfer;

import app.rapport.service.OpenBook;
import app.rapport.service.SalesFile;
import app.rapport.service.SalesImportService;
import app.rapport.service.SalesReport;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.Navigator;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.Views;
import app.rapport.ui.WideDialog;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
 * Importing purchases from a till's or a web shop's export: the file read (Windows-1252 offered
 * when it is not UTF-8), its preset recognised (changeable), a column-mapping step over a preview,
 * the order of day and month asked when the file leaves it open, what to do with sales by people
 * not in the book, a check that changes nothing, and the report of an import made in one
 * transaction, naming every row not taken. Today shows the new thank-yous at once.
 */
public final class ImportSalesController {
    private final OpenBook book;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Navigator navigator;
    private final ImportSalesViewModel model = new ImportSalesViewModel();
    private final VBox view;
    private ColumnMapping mapping;
    /** Counts the owner's changes: a reading is shown only when no later change was made meanwhile. */
    private int changes;

    @FXML
    private Label fileLabel;
    @FXML
    private ComboBox<String> presetBox;
    @FXML
    private TableView<List<String>> previewTable;
    @FXML
    private HBox dateOrderRow;
    @FXML
    private Label dateQuestionLabel;
    @FXML
    private ComboBox<String> dateOrderBox;
    @FXML
    private ComboBox<String> newClientsBox;
    @FXML
    private Label readyLabel;
    @FXML
    private TextArea reportArea;
    @FXML
    private Button checkButton;
    @FXML
    private Button importButton;

    public ImportSalesController(OpenBook book, TaskRunner runner, Dialogs dialogs, Navigator navigator) {
        this.book = book;
        this.runner = runner;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.view = Views.load(this);
    }

    @FXML
    private void initialize() {
        presetBox.getItems().setAll(SalesFile.presetChoices());
        presetBox.setDisable(true);
        presetBox.valueProperty().addListener((o, was, label) -> {
            SalesFile f = model.file.get();
            if (f != null && label != null && !label.equals(f.presetLabel())) {
                reread(() -> f.withPresetLabel(label));
            }
        });
        mapping = new ColumnMapping(previewTable, SalesFile.fieldChoices(), labels -> {
            SalesFile f = model.file.get();
            reread(() -> f.remapByLabels(labels));
        });
        dateOrderBox.getItems().setAll(SalesFile.dateOrderChoices());
        dateOrderBox.valueProperty().addListener((o, was, label) -> {
            SalesFile f = model.file.get();
            if (f != null && label != null && !label.equals(f.dateOrderLabel())) {
                reread(() -> f.withDateOrderLabel(label));
            }
        });
        dateOrderRow.visibleProperty().bind(model.asksDateOrder);
        dateOrderRow.managedProperty().bind(model.asksDateOrder);
        dateQuestionLabel.textProperty().bind(model.dateQuestion);
        newClientsBox.getItems().setAll(ImportSalesViewModel.NEW_CLIENT_CHOICES);
        newClientsBox.valueProperty().bindBidirectional(model.newClients);
        readyLabel.textProperty().bind(model.ready);
        reportArea.setVisible(false);
        reportArea.setManaged(false);
        checkButton.disableProperty().bind(model.canCheck.not());
        importButton.disableProperty().bind(model.canImport.not());
    }

    /** Reads the file in the background; offers Windows-1252 when it is not UTF-8. */
    public void load(Path path) {
        ImportReading.read(runner, dialogs, fileLabel, previewTable, path,
                (p, encoding) -> book.sales().readAs(p, encoding, null, null), this::show);
    }

    /** Reads the file again with a choice changed, in the background (a big file takes a moment). */
    private void reread(Callable<SalesFile> changed) {
        int change = ++changes;
        model.rereading.set(model.rereading.get() + 1);
        runner.run(changed, read -> {
            model.rereading.set(model.rereading.get() - 1);
            if (change == changes) {
                show(read);
            }
        }, e -> {
            model.rereading.set(model.rereading.get() - 1);
            dialogs.error("The file could not be read so", ErrorMessages.plain(e));
        });
    }

    private void show(SalesFile read) {
        model.file.set(read);
        fileLabel.setText(read.file().getFileName() + ": " + read.describe());
        presetBox.setDisable(false);
        presetBox.setValue(read.presetLabel());
        dateOrderBox.setValue(read.dateOrder() == null ? null : read.dateOrderLabel());
        mapping.show(read.headers(), read.mappingLabels(), read.previewRows());
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
        SalesFile chosen = model.file.get();
        if (chosen == null) {
            return;
        }
        SalesImportService.NewClients newClients = model.newClientsPolicy();
        model.running.set(true);
        runner.run(() -> book.sales().importSales(chosen, newClients, dryRun), (SalesReport report) -> {
            model.running.set(false);
            reportArea.setVisible(true);
            reportArea.setManaged(true);
            reportArea.setText(report.text());
            if (!dryRun) {
                model.imported.set(true);
                navigator.status(report.summary());
                navigator.bookChanged();
            }
        }, e -> {
            model.running.set(false);
            dialogs.error("Nothing was imported", ErrorMessages.plain(e) + "\n\nThe book is unchanged.");
        });
    }

    public VBox view() {
        return view;
    }

    /** Shows the import in a dialog of its own. */
    public void showAndWait(Window owner) {
        WideDialog.showAndWait(owner, "Import sales", view, 1000, 700);
    }
}
