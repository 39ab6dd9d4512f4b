package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.testutil.BookTables;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Today in the main window: W and Enter open the note writer and the client, a change of settings
 * re-plans the list, and the status line offers to undo a decision (its link or Ctrl+Z) for a few
 * seconds. The book is {@link TodayScreenTest}'s.
 */
@ExtendWith(ApplicationExtension.class)
class TodayInTheWindowTest {
    @TempDir
    static Path folder;
    MainWindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new MainWindowHarness(folder.resolve("book-" + System.nanoTime()));
        TodayScreenTest.fill(harness.book);
        harness.show(stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    List<FollowUp> shown() {
        return TodayScreenTest.agenda(harness.book);
    }

    static void select(FxRobot robot, String clientName) {
        TodayScreenTest.select(robot, clientName);
    }

    static boolean rowShown(FxRobot robot, String clientName) {
        return TodayScreenTest.rowShown(robot, clientName);
    }

    static String dialogTitle(FxRobot robot) {
        return TodayScreenTest.dialogTitle(robot);
    }

    @Test
    void w_opensTheNoteWriter(FxRobot robot) {
        select(robot, "Bo Lindqvist");
        robot.push(KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogTitle(robot)).isEqualTo("Write a note");
        robot.clickOn("Close");
    }

    @Test
    void enter_opensTheClient(FxRobot robot) {
        select(robot, "Ana Ruiz");
        robot.push(KeyCode.ENTER);
        assertThat(robot.lookup("#nameLabel").queryLabeled().getText()).isEqualTo("Ana Ruiz");
    }

    @Test
    void settingsChange_rePlansAtOnce(FxRobot robot) {
        robot.push(KeyCode.SHORTCUT, KeyCode.COMMA);
        robot.clickOn("#ruleGONE_QUIET");
        robot.clickOn("Save settings");
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowShown(robot, "Bo Lindqvist")).isFalse();
        assertThat(rowShown(robot, "Ana Ruiz")).isTrue();
        assertThat(harness.book.settings().load().rules().isOn(FollowUpRule.GONE_QUIET)).isFalse();
    }


    /** Whether the status line offers Undo. */
    boolean undoOffered(FxRobot robot) {
        Node link = robot.lookup("#undoLink").query();
        return link.isVisible() && link.getParent().isVisible();
    }

    String status(FxRobot robot) {
        return robot.lookup("#statusLabel").queryLabeled().getText();
    }

    @Test
    void done_thenCtrlZ_putsTheFollowUpBackAndTakesTheContactAway(FxRobot robot) {
        var before = BookTables.contents(harness.book.bookFile());
        select(robot, "Ana Ruiz");
        robot.push(KeyCode.D);
        robot.clickOn("Save contact");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowShown(robot, "Ana Ruiz")).isFalse();
        assertThat(status(robot)).isEqualTo("Done: called Ana Ruiz");
        assertThat(undoOffered(robot)).isTrue();

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rowShown(robot, "Ana Ruiz")).isTrue();
        assertThat(harness.controller.currentScreen().currentClientId()).contains("c-0001");
        assertThat(harness.book.contacts().timeline("c-0001")).extracting(Interaction::kind)
                .doesNotContain(InteractionKind.THANK_YOU_CALL);
        assertThat(harness.book.followUps().history("c-0001")).isEmpty();
        assertThat(BookTables.contents(harness.book.bookFile())).isEqualTo(before);
        assertThat(status(robot)).isEqualTo("Undone: the call to Ana Ruiz is back on the list.");
        assertThat(undoOffered(robot)).isFalse();
    }

    @Test
    void snooze_thenTheUndoLink_putsItBack(FxRobot robot) {
        select(robot, "Bo Lindqvist");
        robot.push(KeyCode.S);
        robot.clickOn("Next week (Mon 30 Nov)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status(robot)).isEqualTo("Snoozed the call and the note to Bo Lindqvist until Mon 30 Nov");

        robot.clickOn("#undoLink");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowShown(robot, "Bo Lindqvist")).isTrue();
        assertThat(harness.book.followUps().history("c-0002")).isEmpty();
        assertThat(shown()).extracting(FollowUp::clientName).containsExactly("Bo Lindqvist", "Ana Ruiz");
    }

    @Test
    void skip_thenCtrlZ_putsItBack(FxRobot robot) {
        select(robot, "Bo Lindqvist");
        harness.dialogs.textAnswer = "Moved to Malmö";
        robot.push(KeyCode.K);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowShown(robot, "Bo Lindqvist")).isFalse();

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowShown(robot, "Bo Lindqvist")).isTrue();
        assertThat(harness.book.followUps().history("c-0002")).isEmpty();
    }

    @Test
    void undo_isOfferedForAFewSecondsOnly(FxRobot robot) throws Exception {
        robot.interact(() -> harness.controller.undoTime(Duration.millis(300)));
        select(robot, "Bo Lindqvist");
        harness.dialogs.textAnswer = "Moved to Malmö";
        robot.push(KeyCode.K);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !undoOffered(robot));

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowShown(robot, "Bo Lindqvist")).isFalse();
        assertThat(harness.book.followUps().history("c-0002")).extracting(Decision::decision)
                .containsExactly(DecisionKind.SKIP);
    }
}
