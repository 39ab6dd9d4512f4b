package app.rapport.ui;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.InteractionKind;
import app.rapport.testutil.HeldTaskRunner;
import app.rapport.ui.today.TodayController;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Today while the day is still being planned (a start with no agenda saved ahead: after an
 * upgrade, or days away): the date and "Planning…", no counts until there are some to show.
 */
@ExtendWith(ApplicationExtension.class)
class TodayWhilePlanningTest {
    @TempDir
    static Path folder;
    ScreenHarness harness;
    final HeldTaskRunner runner = new HeldTaskRunner();

    @Start
    void start(Stage stage) {
        harness = new ScreenHarness(folder.resolve("book-" + System.nanoTime()));
        harness.book.clients().add(client("c-1").name("Ana", "Ruiz").clientSince("2024-02-10").build());
        harness.book.contacts()
                .log(contact("i-1", "c-1").at("2024-02-10T10:00").kind(InteractionKind.PURCHASE).build());
        harness.book.contacts().log(contact("i-2", "c-1").at("2026-11-18T10:00").kind(InteractionKind.PURCHASE)
                .amount("40.00").summary("Bread").build());
        // Today alone: its first agenda is planned in the background, held here.
        harness.show(stage, new TodayController(harness.book, runner, harness.dialogs, harness.clock,
                harness.navigator).view());
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void whilePlanning_theDateShows_andTheCountsWaitForTheAgenda(FxRobot robot) {
        Label overdue = robot.lookup("#overdueCount").queryAs(Label.class);
        assertThat(robot.lookup("#dateLabel").queryAs(Label.class).getText()).isEqualTo("Sunday 22 November");
        assertThat(robot.lookup("Planning…").tryQuery()).isPresent();
        assertThat(overdue.isVisible()).as("no \"0 overdue\" before the day is planned").isFalse();

        robot.interact(runner::release);

        assertThat(overdue.isVisible()).isTrue();
        assertThat(overdue.getText()).isEqualTo("1 overdue");
        assertThat(robot.lookup("#todayCount").queryAs(Label.class).isVisible()).isTrue();
    }
}
