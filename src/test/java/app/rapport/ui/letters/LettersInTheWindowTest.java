package app.rapport.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.ui.Dialogs;
import app.rapport.ui.MainWindowHarness;
import java.nio.file.Path;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Letters in the main window: going to another screen with a template edited and not saved asks
 * first, and Cancel keeps the owner on Letters with its sidebar button lit.
 */
@ExtendWith(ApplicationExtension.class)
class LettersInTheWindowTest {
    @TempDir
    static Path folder;
    MainWindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new MainWindowHarness(folder.resolve("book-" + System.nanoTime()));
        LettersScreenTest.fill(harness.book);
        harness.show(stage);
        harness.controller.navigator().showLetters();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void leavingTheScreen_withUnsavedChanges_asksFirst() {
        FxRobot robot = new FxRobot();
        LettersScreenTest.editWithoutSaving(robot);

        harness.dialogs.unsavedAnswer = Dialogs.Unsaved.CANCEL;
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        robot.clickOn("#clientsNav");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.dialogs.questions).hasSize(2).allMatch(q -> q.startsWith("Save changes to"));
        assertThat(robot.lookup("#bodyArea").tryQuery()).isPresent();
        assertThat(robot.lookup("#lettersNav").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#clientsNav").queryAs(ToggleButton.class).isSelected()).isFalse();

        harness.dialogs.unsavedAnswer = Dialogs.Unsaved.SAVE;
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#bodyArea").tryQuery()).isEmpty();
        assertThat(harness.book.templates().get("thank-you-purchase").body()).endsWith("Unsaved.");
    }
}
