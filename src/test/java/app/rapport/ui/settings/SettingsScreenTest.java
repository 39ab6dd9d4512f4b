package app.rapport.ui.settings;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.PageSize;
import app.rapport.model.Tier;
import app.rapport.testutil.ImmediateTaskRunner;
import app.rapport.testutil.Shown;
import app.rapport.ui.ScreenHarness;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
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

/** Settings names tiers and paper as the other screens do: "Regular", "Letter (8.5 × 11 in)", never "REGULAR". */
@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {
    @TempDir
    static Path folder;
    ScreenHarness harness;

    @Start
    void start(Stage stage) {
        harness = new ScreenHarness(folder.resolve("book-" + System.nanoTime()));
        harness.book.clients().add(client("c-0001").name("Ana", "Ruiz").tier("OCCASIONAL").build());
        harness.show(stage, new SettingsController(harness.book.settings(), new ImmediateTaskRunner(), harness.dialogs,
                harness.navigator, List.of()).view());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void tiersAndPaper_readAsOnTheOtherScreens(FxRobot robot) {
        assertThat(tierNameCells(robot)).extracting(c -> Shown.text(c)).containsExactly("VIP", "Regular",
                "Occasional");
        ComboBox<?> paper = robot.lookup("#paperBox").queryAs(ComboBox.class);
        assertThat(Shown.text(paper)).isEqualTo("Letter (8.5 × 11 in)");
        ScrollPane scroll = robot.lookup(".settings-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        robot.clickOn(paper);
        robot.push(KeyCode.END);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(paper.getValue()).isEqualTo(PageSize.A4);
        assertThat(Shown.text(paper)).isEqualTo("A4 (210 × 297 mm)");
    }

    @Test
    void aTierNameLeftAsShown_isNotRenamed(FxRobot robot) {
        robot.doubleClickOn(tierNameCells(robot).get(1));
        robot.push(KeyCode.ENTER);
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.book.settings().load().tiers()).extracting(Tier::name)
                .containsExactly("VIP", "REGULAR", "OCCASIONAL");
        assertThat(harness.dialogs.errors).isEmpty();
    }

    @Test
    void removingATier_offersTheOthersByTheirNames_andMovesItsClients(FxRobot robot) {
        harness.dialogs.choiceAnswer = "Regular";
        robot.clickOn(tierNameCells(robot).get(2));
        robot.clickOn("Remove tier…");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.dialogs.choicesOffered).containsExactly(List.of("VIP", "Regular"));
        assertThat(harness.book.settings().load().tiers()).extracting(Tier::name).containsExactly("VIP", "REGULAR");
        assertThat(harness.book.clients().find("c-0001").orElseThrow().tier()).isEqualTo("REGULAR");
        assertThat(harness.navigator.statuses).containsExactly("Saved the settings. Today's list is planned again"
                + " with them.");
        assertThat(harness.navigator.requests).containsExactly("bookChanged");
    }

    /** The tier table's name cells that hold a tier, top to bottom. */
    private static List<TableCell<?, ?>> tierNameCells(FxRobot robot) {
        return robot.lookup("#tierTable .table-cell").<TableCell<?, ?>>queryAll().stream()
                .filter(c -> !c.isEmpty() && c.getTableColumn().getId().equals("tierNameColumn"))
                .sorted(Comparator.comparingInt(TableCell::getIndex)).toList();
    }
}
