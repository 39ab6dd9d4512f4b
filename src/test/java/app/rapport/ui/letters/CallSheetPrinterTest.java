package app.rapport.ui.letters;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Experience;
import app.rapport.model.InteractionKind;
import app.rapport.testutil.ImmediateTaskRunner;
import app.rapport.ui.ScreenHarness;
import app.rapport.ui.today.TodayController;
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

/** Today ▸ Print call sheet… prints the day's calls, and says so on screen when there are none. */
@ExtendWith(ApplicationExtension.class)
class CallSheetPrinterTest {
    @TempDir
    static Path folder;
    ScreenHarness harness;
    TodayController today;

    @Start
    void start(Stage stage) {
        harness = new ScreenHarness(folder.resolve("book-" + System.nanoTime()));
        today = new TodayController(harness.book, new ImmediateTaskRunner(), harness.dialogs, harness.clock,
                harness.navigator);
        harness.show(stage, today.view());
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void noCallsDue_saysSoInsteadOfPrinting(FxRobot robot) {
        robot.clickOn("#callSheetButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.dialogs.printJobs).isEmpty();
        assertThat(harness.dialogs.messages).containsExactly("Print call sheet: " + CallSheetPrinter.NOTHING_DUE);
        assertThat(harness.navigator.statuses).endsWith(CallSheetPrinter.NOTHING_DUE);
    }

    @Test
    void aCallDue_goesToThePrinter(FxRobot robot) {
        harness.book.clients().add(client("c-0001").name("Ana", "Ruiz").build());
        // A complaint on Wednesday: the recovery call was due the next work day, overdue by Sunday the 22nd.
        harness.book.contacts().log(contact("i-1", "c-0001").at("2026-11-18T10:00").kind(InteractionKind.COMPLAINT)
                .experience(Experience.NEGATIVE).summary("late order").build());
        robot.interact(() -> today.refresh());
        robot.clickOn("#callSheetButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.dialogs.printJobs).containsExactly("Rapport: calls for 22 Nov 2026");
        assertThat(harness.dialogs.messages).isEmpty();
        assertThat(harness.navigator.statuses).endsWith("Sent the call sheet to Test printer.");
    }
}
