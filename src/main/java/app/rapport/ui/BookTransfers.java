package app.rapport.ui;

import app.rapport.service.BookServices;
import app.rapport.service.ExportResult;
import app.rapport.service.ImportResult;
import java.nio.file.Path;
import java.time.LocalDate;

/** File ▸ Import and Export of the book JSON, with the owner's choices and plain results. */
final class BookTransfers {
    private final BookServices book;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Navigator navigator;

    BookTransfers(BookServices book, TaskRunner runner, Dialogs dialogs, Navigator navigator) {
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
                    + Formats.count(result.interactions(), "contact", "contacts") + " from " + file.getFileName() + ".");
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
}
