package app.rapport.ui;

import app.rapport.service.ExportResult;
import app.rapport.service.ImportResult;
import app.rapport.service.OpenBook;
import app.rapport.ui.transfer.ImportContactsController;
import app.rapport.ui.transfer.ImportSalesController;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.stage.Window;

/** File ▸ Import and Export of the book JSON, with the owner's choices and plain results. */
final class BookTransfers {
    private final OpenBook book;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Navigator navigator;

    BookTransfers(OpenBook book, TaskRunner runner, Dialogs dialogs, Navigator navigator) {
        this.book = book;
        this.runner = runner;
        this.dialogs = dialogs;
        this.navigator = navigator;
    }

    void importBook() {
        dialogs.chooseFileToOpen("Import a book", "Rapport book (JSON)", "json").ifPresent(this::importFrom);
    }

    private void importFrom(Path file) {
        navigator.status("Importing " + file.getFileName() + "…");
        runner.run(() -> book.transfer().importBook(file, false), (ImportResult result) -> {
            navigator.status("Imported " + Formats.count(result.clients(), "client", "clients") + " and "
                    + Formats.count(result.interactions(), "contact", "contacts") + " from " + file.getFileName()
                            + ".");
            if (!result.notes().isEmpty()) {
                dialogs.inform("Imported, with a note", String.join("\n\n", result.notes()));
            }
            navigator.bookChanged();
        }, e -> {
            navigator.status("Nothing was imported.");
            dialogs.error("The book could not be imported", ErrorMessages.plain(e) + "\n\nNothing was changed.");
        });
    }

    void exportBook() {
        dialogs.chooseFileToSave("Export the book", "Rapport book (JSON)", "json",
                "rapport-book-" + LocalDate.now() + ".json").ifPresent(file -> {
                    navigator.status("Exporting to " + file.getFileName() + "…");
                    runner.run(() -> book.transfer().exportBook(file), (ExportResult result) ->
                            navigator.status("Exported " + Formats.count(result.clients(), "client", "clients")
                                    + " and " + Formats.count(result.interactions(), "contact", "contacts")
                                    + " to " + file + "."),
                        e -> dialogs.error("The book could not be exported", ErrorMessages.plain(e)));
                });
    }

    void importContacts(Window owner) {
        dialogs.chooseFileToOpen("Import clients", "Contacts (CSV, vCard)", "csv,vcf,vcard").ifPresent(file -> {
            ImportContactsController importer =
                    new ImportContactsController(book, runner, dialogs, navigator);
            importer.load(file);
            importer.showAndWait(owner);
        });
    }

    void importSales(Window owner) {
        dialogs.chooseFileToOpen("Import sales", "Sales export (CSV)", "csv").ifPresent(file -> {
            ImportSalesController importer =
                    new ImportSalesController(book, runner, dialogs, navigator);
            importer.load(file);
            importer.showAndWait(owner);
        });
    }

    /** Clients as CSV or vCard, or the next 30 days of follow-ups as iCalendar, by the extension chosen. */
    void exportContacts(String extension) {
        String description = switch (extension) {
            case "csv" -> "Spreadsheet (CSV)";
            case "vcf" -> "Contacts (vCard)";
            default -> "Calendar (iCalendar)";
        };
        String suggested = extension.equals("ics") ? "rapport-follow-ups.ics" : "rapport-clients." + extension;
        dialogs.chooseFileToSave("Export", description, extension, suggested).ifPresent(file ->
                runner.run(() -> switch (extension) {
                    case "csv" -> book.contactExport().exportCsv(file, true);
                    case "vcf" -> book.contactExport().exportVcard(file);
                    default -> book.contactExport().exportCalendar(file);
                }, n -> navigator.status("Exported " + n + (extension.equals("ics") ? " follow-ups" : " clients")
                        + " to " + file + "."), e -> dialogs.error("Could not export", ErrorMessages.plain(e))));
    }
}
