package app.rapport.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Settings;
import app.rapport.model.Versioned;
import app.rapport.testutil.ImmediateTaskRunner;
import app.rapport.testutil.OtherDesk;
import app.rapport.ui.Dialogs;
import app.rapport.ui.SaveConflicts;
import app.rapport.ui.ScreenHarness;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
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

/**
 * Settings, alone: Ben types the business's name while Marta, at the other desk, saves a new
 * reminder time. Ben's save is refused with who and when; his name stays on screen, and he saves
 * his settings over Marta's, takes hers, or goes on editing.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsConflictTest {
    static final String MARTAS_MESSAGE = "Marta Ruiz changed the settings at 10:00 while you were editing.";

    @TempDir
    static Path folder;
    ScreenHarness harness;

    @Start
    void start(Stage stage) {
        harness = new ScreenHarness(folder.resolve("book-" + System.nanoTime()));
        harness.show(stage, new SettingsController(harness.book.settings(), new ImmediateTaskRunner(), harness.dialogs,
                harness.navigator, List.of()).view());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private void editWhileMartaSaves(FxRobot robot) {
        robot.interact(() -> robot.lookup("#businessNameField").queryTextInputControl().setText("Harbour Lane Bakery"));
        try (OtherDesk marta = new OtherDesk(harness.book.dataFolder(), harness.clock, "Marta Ruiz")) {
            Versioned<Settings> hers = marta.settings.loadForEditing();
            marta.settings.save(hers.value().withReminderTime(LocalTime.of(7, 30)), Map.of(), hers.version());
        }
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Settings inTheBook() {
        return harness.book.settings().load();
    }

    @Test
    void keepEditing_leavesBensNameOnScreen_withWhoAndWhen_andSavesNothing(FxRobot robot) {
        harness.dialogs.conflictAnswer = Dialogs.Conflict.KEEP_EDITING;
        editWhileMartaSaves(robot);

        assertThat(harness.dialogs.conflicts).singleElement().asString()
                .startsWith(SaveConflicts.TITLE + ": " + MARTAS_MESSAGE);
        assertThat(robot.lookup("#businessNameField").queryTextInputControl().getText())
                .isEqualTo("Harbour Lane Bakery");
        assertThat(robot.lookup("#errorLabel").queryAs(Label.class).getText()).isEqualTo(MARTAS_MESSAGE);
        assertThat(inTheBook().business().name()).isEmpty();
        assertThat(inTheBook().reminderTime()).isEqualTo(LocalTime.of(7, 30));
        assertThat(harness.navigator.requests).doesNotContain("bookChanged");
    }

    @Test
    void saveMineAnyway_savesBensSettingsOverMartas(FxRobot robot) {
        harness.dialogs.conflictAnswer = Dialogs.Conflict.SAVE_MINE;
        editWhileMartaSaves(robot);

        assertThat(harness.dialogs.conflicts).hasSize(1);
        assertThat(inTheBook().business().name()).isEqualTo("Harbour Lane Bakery");
        assertThat(inTheBook().reminderTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(robot.lookup("#errorLabel").queryAs(Label.class).getText()).isEmpty();
        assertThat(harness.navigator.requests).contains("bookChanged");
    }

    @Test
    void loadTheirs_showsMartasSettings_inPlaceOfBens(FxRobot robot) {
        harness.dialogs.conflictAnswer = Dialogs.Conflict.LOAD_THEIRS;
        editWhileMartaSaves(robot);

        assertThat(robot.lookup("#reminderField").queryTextInputControl().getText()).isEqualTo("07:30");
        assertThat(robot.lookup("#businessNameField").queryTextInputControl().getText()).isEmpty();
        assertThat(robot.lookup("#errorLabel").queryAs(Label.class).getText()).isEmpty();
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.dialogs.conflicts).hasSize(1);
        assertThat(inTheBook().reminderTime()).isEqualTo(LocalTime.of(7, 30));
    }
}
