package app.rapport.ui.settings;

import app.rapport.service.Backups;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.Views;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/** The Settings section for backups: where they go (movable), how many there are, back up now. */
public final class BackupSettingsController {
    private final Backups backups;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Parent view;

    @FXML
    private Label backupFolderLabel;
    @FXML
    private Label backupStatus;

    public BackupSettingsController(Backups backups, TaskRunner runner, Dialogs dialogs) {
        this.backups = backups;
        this.runner = runner;
        this.dialogs = dialogs;
        this.view = Views.load(this);
        refresh();
    }

    public Parent view() {
        return view;
    }

    private void refresh() {
        runner.run(backups::describe, text -> {
            backupFolderLabel.setText("Backups go to " + backups.folder() + ".");
            backupStatus.setText(text);
        }, e -> backupStatus.setText(ErrorMessages.plain(e)));
    }

    @FXML
    private void handleMove() {
        dialogs.chooseFolder("Where should backups go?").ifPresent((Path folder) -> runner.run(
                () -> backups.moveFolder(folder), moved -> refresh(),
                e -> dialogs.error("Backups were not moved", ErrorMessages.plain(e))));
    }

    @FXML
    private void handleBackupNow() {
        backupStatus.setText("Taking a backup…");
        runner.run(backups::backupNow, p -> refresh(), e -> dialogs.error("The backup failed", ErrorMessages.plain(e)));
    }
}
