package app.rapport.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.LetterTemplate;
import app.rapport.service.TemplateService.TemplateEntry;
import app.rapport.testutil.ImmediateTaskRunner;
import app.rapport.testutil.OtherDesk;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ScreenHarness;
import java.nio.file.Path;
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
 * The Letters editor: Ben rewrites the template open in it while Marta, at the other desk, saves
 * her own wording of it. Ben's save is refused with who and when, and his wording stays in the
 * editor until he saves it over hers.
 */
@ExtendWith(ApplicationExtension.class)
class LettersConflictTest {
    @TempDir
    static Path folder;
    ScreenHarness harness;
    LettersController letters;

    @Start
    void start(Stage stage) {
        harness = new ScreenHarness(folder.resolve("book-" + System.nanoTime()));
        letters = new LettersController(harness.book, new ImmediateTaskRunner(), harness.dialogs, harness.navigator);
        harness.show(stage, letters.view());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private String body(FxRobot robot) {
        return robot.lookup("#bodyArea").queryTextInputControl().getText();
    }

    private TemplateEntry inTheBook(String name) {
        return harness.book.templates().all().stream().filter(e -> e.template().name().equals(name)).findFirst()
                .orElseThrow();
    }

    /** Ben's wording in the editor, Marta's saved meanwhile, then Ben's Save; returns the template's name. */
    private String editWhileMartaSaves(FxRobot robot) {
        LetterTemplate open = letters.model().shown().template();
        robot.interact(() -> robot.lookup("#bodyArea").queryTextInputControl().setText("Ben's thanks"));
        try (OtherDesk marta = new OtherDesk(harness.book.dataFolder(), harness.clock, "Marta Ruiz")) {
            marta.templates.save(new LetterTemplate(open.name(), open.title(), "Marta's thanks", open.paper()), 0);
        }
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        return open.name();
    }

    @Test
    void keepEditing_leavesBensWordingInTheEditor_andSavesNothing(FxRobot robot) {
        harness.dialogs.conflictAnswer = Dialogs.Conflict.KEEP_EDITING;
        String name = editWhileMartaSaves(robot);

        assertThat(harness.dialogs.conflicts).singleElement().asString().contains("Marta Ruiz changed the template");
        assertThat(body(robot)).isEqualTo("Ben's thanks");
        assertThat(inTheBook(name).template().body()).isEqualTo("Marta's thanks");
        assertThat(harness.dialogs.errors).isEmpty();
    }

    @Test
    void saveMineAnyway_savesBensWordingOverMartas(FxRobot robot) {
        harness.dialogs.conflictAnswer = Dialogs.Conflict.SAVE_MINE;
        String name = editWhileMartaSaves(robot);

        assertThat(harness.dialogs.conflicts).hasSize(1);
        assertThat(inTheBook(name).template().body()).isEqualTo("Ben's thanks");
        assertThat(body(robot)).isEqualTo("Ben's thanks");
    }
}
