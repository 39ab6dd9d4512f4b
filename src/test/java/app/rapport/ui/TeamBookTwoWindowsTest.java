package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.OpenBook;
import app.rapport.service.TeamBookAddress;
import app.rapport.testutil.TestPostgres;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableView;
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

/** Two computers on one team book: what one does shows on the other's Today within two seconds. */
@ExtendWith(ApplicationExtension.class)
class TeamBookTwoWindowsTest {
    @TempDir
    static Path folder;
    MainWindowHarness counter;
    MainWindowHarness backOffice;
    AutoCloseable watching;
    Stage first;
    Stage second;

    @Start
    void start(Stage stage) {
        TestPostgres.Server server = TestPostgres.server();
        TeamBookAddress address = TeamBookAddress.parse(server.bookUrl(TestPostgres.newDatabase()), "postgres");
        OpenBook atCounter = OpenBook.openTeam(address, Optional.empty(),
                folder.resolve("counter-" + System.nanoTime()),
                MainWindowHarness.CLOCK, false);
        TodayScreenTest.fill(atCounter);
        OpenBook other = OpenBook.openTeam(address, Optional.empty(), folder.resolve("office-" + System.nanoTime()),
                MainWindowHarness.CLOCK, false);
        counter = new MainWindowHarness(atCounter, MainWindowHarness.CLOCK);
        backOffice = new MainWindowHarness(other, MainWindowHarness.CLOCK);
        first = stage;
        counter.show(stage);
        second = new Stage();
        backOffice.show(second);
        second.setX(stage.getX() + 40);
        watching = other.watch(new TeamBookRefresh(backOffice.controller));
    }

    @AfterEach
    void close() throws Exception {
        watching.close();
        counter.close();
        backOffice.close();
    }

    @Test
    void doneAtTheCounter_isGoneFromTheBackOfficesToday_withinTwoSeconds(FxRobot robot) throws Exception {
        Node office = second.getScene().getRoot();
        Node front = counter.controller.navigator().current().view();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shows(robot, office, "Ana Ruiz"));
        assertThat(robot.from(office).lookup("#bookLabel").queryAs(Label.class).getText())
                .startsWith("The team book rapport_test_");

        TreeTableView<?> table = robot.from(front).lookup("#agendaTable").queryAs(TreeTableView.class);
        int row = TodayScreenTest.rowOf(table, "Ana Ruiz");
        robot.interact(() -> {
            first.toFront();
            first.requestFocus();
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(row);
        });
        robot.targetWindow(first).push(KeyCode.D);
        robot.clickOn("Save contact");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shows(robot, front, "Ana Ruiz")).as("gone at the counter").isFalse();

        long heard = System.nanoTime();
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> !shows(robot, office, "Ana Ruiz"));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - heard)).isLessThan(2000);
        assertThat(shows(robot, office, "Bo Lindqvist")).as("the rest of the list stays").isTrue();
        assertThat(robot.from(office).lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo(TeamBookRefresh.CHANGED);
    }

    private static boolean shows(FxRobot robot, Node window, String client) {
        return robot.from(window).lookup("#agendaTable").tryQueryAs(TreeTableView.class)
                .map(t -> TodayScreenTest.rowOf(t, client) >= 0).orElse(false);
    }
}
