package app.rapport.ui.transfer;

import app.rapport.service.ContactImportService;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.TaskRunner;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/**
 * Reads a file to import (clients, sales) in the background, saying so on {@code fileLabel}; when
 * it is not UTF-8, offers to read it as Windows-1252 (as older Excel and Outlook write), once. A
 * file that cannot be read is said on {@code fileLabel}, and the preview says there is nothing.
 */
final class ImportReading {
    static final String NOTHING = "Nothing to show: the file was not read.";
    private ImportReading() {
    }

    /**
     * @param reader reads the file with an encoding ({@code null}: UTF-8, or UTF-16 recognised)
     * @param shown given what was read, on the FX thread
     */
    static <T> void read(TaskRunner runner, Dialogs dialogs, Label fileLabel, TableView<?> preview, Path path,
            BiFunction<Path, String, T> reader, Consumer<T> shown) {
        read(runner, dialogs, fileLabel, preview, path, null, reader, shown);
    }

    private static <T> void read(TaskRunner runner, Dialogs dialogs, Label fileLabel, TableView<?> preview, Path path,
            String encoding, BiFunction<Path, String, T> reader, Consumer<T> shown) {
        fileLabel.setText("Reading " + path.getFileName() + "…");
        runner.run(() -> reader.apply(path, encoding), shown, e -> {
            if (ContactImportService.isNotUtf8(e) && encoding == null && dialogs.confirm("The file is not UTF-8",
                    ErrorMessages.plain(e) + "\n\nRead it as Windows-1252 (Western European, as older Excel and"
                            + " Outlook write)?", "Read as Windows-1252")) {
                read(runner, dialogs, fileLabel, preview, path, ContactImportService.WINDOWS_1252, reader, shown);
                return;
            }
            fileLabel.setText(path.getFileName() + " cannot be imported: " + ErrorMessages.plain(e));
            preview.setPlaceholder(new Label(NOTHING));
        });
    }
}
