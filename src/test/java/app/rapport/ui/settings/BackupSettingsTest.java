package app.rapport.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.BackupFolder;
import app.rapport.service.OpenBook;
import app.rapport.testutil.FakeDialogs;
import app.rapport.testutil.ImmediateTaskRunner;
import app.rapport.ui.MainWindowHarness;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Settings ▸ Backups: back up now, and move the backups to another folder. */
@ExtendWith(ApplicationExtension.class)
class BackupSettingsTest {
    @TempDir
    static Path folder;
    Path data;
    OpenBook book;
    FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        data = folder.resolve("book-" + System.nanoTime());
        book = OpenBook.open(data, false, MainWindowHarness.CLOCK, "a test");
        BackupSettingsController section = new BackupSettingsController(book.backups(), new ImmediateTaskRunner(),
                dialogs);
        stage.setScene(new Scene(section.view(), 800, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void backUpNow_thenMoveTheBackups() {
        FxRobot robot = new FxRobot();
        assertThat(robot.lookup("#backupStatus").queryAs(Label.class).getText()).isEqualTo("No backup yet.");
        robot.clickOn("#backupNowButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#backupStatus").queryAs(Label.class).getText()).startsWith("1 backup;");
        Path synced = folder.resolve("synced-" + System.nanoTime());
        dialogs.folderAnswer = synced;
        robot.clickOn("#moveBackupsButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(BackupFolder.of(data)).isEqualTo(synced.toAbsolutePath());
        assertThat(robot.lookup("#backupFolderLabel").queryAs(Label.class).getText()).contains(synced.toString());
        assertThat(BackupFolder.list(data)).hasSize(1);
    }
}
