package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.Main;
import app.rapport.RapportApp;
import app.rapport.service.BookServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole app, started as the owner starts it, on a temporary data folder. */
class AppEndToEndTest {
    @TempDir
    Path folder;

    @Test
    void firstStart_showsWelcome_andAClientAddedThereIsStillThereAfterARestart() throws Exception {
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(RapportApp.class, "--data", folder.toString());
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#addFirstClientButton").tryQuery().isPresent());
        robot.clickOn("#addFirstClientButton");
        robot.clickOn("#companyField").write("Harbour Florist");
        robot.clickOn("Add client");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#nameLabel").tryQuery()
                .map(n -> "Harbour Florist".equals(((Label) n).getText())).orElse(false));
        FxToolkit.cleanupApplication(app);

        Application again = FxToolkit.setupApplication(RapportApp.class, "--data", folder.toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#agendaTable").tryQuery().isPresent());
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#table").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#table").queryTableView().getItems().size() == 1);
        FxToolkit.cleanupApplication(again);
    }

    @Test
    void aStartOnABookWithFollowUps_opensOnToday_withTheFirstFollowUpSelectedAndTheListFocused() throws Exception {
        try (BookServices book = BookServices.open(folder, false, Clock.systemDefaultZone(), "the Rapport app")) {
            book.clients().add(app.rapport.testutil.ClientBuilder.client("c-1").name("Ana", "Ruiz").build());
            String anHourAgo = java.time.LocalDateTime.now().minusHours(1)
                    .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
            book.contacts().log(app.rapport.testutil.InteractionBuilder.contact("i-1", "c-1").at(anHourAgo)
                    .kind(app.rapport.model.InteractionKind.PURCHASE).amount("80.00").summary("Cake").build());
        }
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(RapportApp.class, "--data", folder.toString());
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#agendaTable").tryQuery()
                .map(t -> ((javafx.scene.control.TreeTableView<?>) t).getSelectionModel().getSelectedItem() != null)
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node table = robot.lookup("#agendaTable").query();
        assertThat(table.getScene().getFocusOwner()).isSameAs(table);
        assertThat(table.isFocused()).isTrue();
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void secondCopy_onTheSameBook_saysSoAndExitsNonZero() throws Exception {
        try (BookServices first = BookServices.open(folder, false, Clock.systemDefaultZone(), "the Rapport app")) {
            Process second = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--data", folder.toString()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(err).contains("is open in the Rapport app").contains("Close it there first");
        }
    }
}
