package app.rapport.ui.letters;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Experience;
import app.rapport.model.InteractionKind;
import app.rapport.ui.MainWindowHarness;
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
    MainWindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new MainWindowHarness(folder.resolve("book-" + System.nanoTime()));
        harness.show(stage);
        harness.controller.navigator().showToday();
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
    }

    @Test
    void aCallDue_goesToThePrinter(FxRobot robot) {
        harness.book.clients().add(client("c-0001").name("Ana", "Ruiz").build());
        // A complaint on Wednesday: the recovery call was due the next work day, overdue by Sunday the 22nd.
        harness.book.contacts().log(contact("i-1", "c-0001").at("2026-11-18T10:00").kind(InteractionKind.COMPLAINT)
                .experience(Experience.NEGATIVE).summary("late order").build());
        robot.interact(() -> harness.controller.navigator().showToday());
        robot.clickOn("#callSheetButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.dialogs.printJobs).containsExactly("Rapport: calls for 22 Nov 2026");
        assertThat(harness.dialogs.messages).isEmpty();
    }
}
