package app.rapport.ui;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.ClientRow;
import app.rapport.model.Direction;
import app.rapport.model.InteractionKind;
import app.rapport.testutil.HeldTaskRunner;
import app.rapport.ui.clients.ClientListController;
import app.rapport.ui.insight.InsightController;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Insight screen on a small book. The harness clock is Sunday 22 November 2026: Ana (VIP) bought
 * on 2 November, thanked the next day, and again on the 20th, not thanked yet; Bo was last seen in
 * March (at risk); Cy, whom Ana referred, had a call this month.
 */
@ExtendWith(ApplicationExtension.class)
class InsightScreenTest {
    @TempDir
    static Path folder;
    MainWindowHarness harness;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        harness = new MainWindowHarness(folder.resolve("book-" + System.nanoTime()));
        harness.book.clients().add(client("c-0001").name("Ana", "Ruiz").tier("VIP").clientSince("2024-02-10").build());
        harness.book.clients().add(client("c-0002").name("Bo", "Lindqvist").clientSince("2023-06-15").build());
        harness.book.clients().add(client("c-0003").name("Cy", "Okafor").referredBy("c-0001")
                .clientSince("2026-10-01").build());
        harness.book.contacts().log(contact("i-1", "c-0001").at("2026-11-02T10:00").kind(InteractionKind.PURCHASE)
                .amount("30.00").build());
        harness.book.contacts().log(contact("i-2", "c-0001").at("2026-11-03T10:00")
                .kind(InteractionKind.THANK_YOU_CALL).direction(Direction.OUTBOUND).build());
        harness.book.contacts().log(contact("i-3", "c-0001").at("2026-11-20T15:00").kind(InteractionKind.PURCHASE)
                .amount("80.00").build());
        harness.book.contacts()
                .log(contact("i-4", "c-0002").at("2026-03-01T11:00").kind(InteractionKind.VISIT).build());
        harness.book.contacts().log(contact("i-5", "c-0003").at("2026-11-10T11:00").kind(InteractionKind.CALL).build());
        harness.show(stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<String> texts(FxRobot robot, Node from, String styleClass) {
        return robot.from(from).lookup("." + styleClass).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private void openInsight(FxRobot robot) {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrl4_opensInsight_withTheTilesAndChartsOfASmallBook(FxRobot robot) {
        openInsight(robot);

        assertThat(harness.controller.currentScreen()).isInstanceOf(InsightController.class);
        assertThat(text(robot, "#subtitleLabel")).isEqualTo("12 months to 22 Nov 2026");
        Node health = robot.lookup("#healthTile").query();
        assertThat(texts(robot, health, "tile-value")).containsExactly("2", "0", "1");
        assertThat(texts(robot, health, "tile-sentence")).containsExactly(
                "2 of 3 active clients are in good health; 0 are tested and 1 at risk.");
        assertThat(texts(robot, robot.lookup("#thankedTile").query(), "tile-value")).containsExactly("1", "1");
        assertThat(robot.lookup(".chart-card").queryAll()).hasSize(8);
        StackedBarChart<?, ?> contacts = robot.lookup("#contactsChart .chart").queryAs(StackedBarChart.class);
        assertThat(((CategoryAxis) contacts.getXAxis()).getCategories()).hasSize(12).endsWith("Nov");
        assertThat(contacts.getAnimated()).isFalse();
        assertThat(robot.lookup("#thankedChart .chart-bar").queryAll().stream()
                .map(n -> n.getProperties().get("insight-tip")).toList())
                .contains("Nov 2026\nThanked within a week: 1\n1 of 2 thanked (50%)\nClick to see these clients.");
        assertThat(texts(robot, robot.lookup("#followupsChart").query(), "chart-empty"))
                .containsExactly("No follow-ups done, snoozed or skipped in these months");
    }

    @Test
    void choosingThreeMonths_showsThoseMonths(FxRobot robot) {
        openInsight(robot);
        robot.clickOn("#months3Button");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#subtitleLabel")).isEqualTo("3 months to 22 Nov 2026");
        StackedBarChart<?, ?> health = robot.lookup("#healthChart .chart").queryAs(StackedBarChart.class);
        assertThat(((CategoryAxis) health.getXAxis()).getCategories()).containsExactly("Sep\n2026", "Oct", "Nov");
    }

    @Test
    void theAtRiskFigure_opensTheClientsAtRisk_andTheWayBack(FxRobot robot) throws Exception {
        openInsight(robot);
        robot.clickOn("#health-at-risk");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.controller.currentScreen()).isInstanceOf(ClientListController.class);
        TableView<ClientRow> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems()).extracting(ClientRow::displayName).containsExactly("Bo Lindqvist");
        assertThat(text(robot, "#filterLabel")).isEqualTo("Clients at risk now (1)");
        assertThat(robot.lookup("#filterBanner").query().isVisible()).isTrue();

        robot.clickOn("#backToInsightLink");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.controller.currentScreen()).isInstanceOf(InsightController.class);

        robot.interact(() -> robot.lookup("#scroll").queryAs(ScrollPane.class).setVvalue(1));
        robot.clickOn("#referrersChart .chart-bar");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ClientRow> referred = robot.lookup("#table").queryTableView();
        assertThat(referred.getItems()).extracting(ClientRow::displayName).containsExactly("Cy Okafor");
        assertThat(text(robot, "#filterLabel")).isEqualTo("Clients referred by Ana Ruiz (1)");

        robot.clickOn("#showAllLink");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> referred.getItems().size() == 3);
        assertThat(robot.lookup("#filterBanner").query().isVisible()).isFalse();
    }

    @Test
    void theSidebarsClients_showsEveryClientAgain(FxRobot robot) throws Exception {
        openInsight(robot);
        robot.clickOn("#health-at-risk");
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        TableView<ClientRow> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(robot.lookup("#filterBanner").query().isVisible()).isFalse();
    }

    @Test
    void aContactLogged_showsTheNextTimeInsightOpens(FxRobot robot) {
        openInsight(robot);
        harness.book.contacts()
                .log(contact("i-6", "c-0002").at("2026-11-21T10:00").kind(InteractionKind.VISIT).build());
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        openInsight(robot);
        assertThat(texts(robot, robot.lookup("#healthTile").query(), "tile-value")).containsExactly("3", "0", "0");
    }

    @Test
    void whileTheFiguresAreComputed_theScreenSaysSo(FxRobot robot) {
        HeldTaskRunner held = new HeldTaskRunner();
        robot.interact(() -> {
            harness.show(stage, held);
            held.release();
            harness.controller.navigator().showInsight();
        });
        Label loading = robot.lookup("#loadingLabel").queryAs(Label.class);
        assertThat(loading.isVisible()).isTrue();
        assertThat(loading.getText()).isEqualTo("Loading the figures of the last 12 months…");
        assertThat(robot.lookup("#savePdfButton").query().isDisabled()).isTrue();

        robot.interact(held::release);
        assertThat(loading.isVisible()).isFalse();
        assertThat(robot.lookup("#healthTile").tryQuery()).isPresent();
        assertThat(robot.lookup("#savePdfButton").query().isDisabled()).isFalse();
    }

    @Test
    void saveAsPdf_print_andExportCsv_writeTheReportAndTheTables(FxRobot robot) throws Exception {
        openInsight(robot);
        Path pdf = folder.resolve("insight-" + System.nanoTime() + ".pdf");
        harness.dialogs.fileToSave = pdf;
        robot.clickOn("#savePdfButton");
        WaitForAsyncUtils.waitForFxEvents();
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("Insight for November 2026")
                    .contains("Book health now");
        }
        assertThat(text(robot, ".status-message")).isEqualTo("Saved the report to " + pdf + ".");

        robot.clickOn("#printButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.dialogs.printJobs).containsExactly("Rapport: Insight 12 months to 22 Nov 2026");
        assertThat(harness.dialogs.printed.get(0).pages()).isEqualTo(1);

        Path csv = folder.resolve("insight-" + System.nanoTime() + ".csv");
        harness.dialogs.fileToSave = csv;
        robot.clickOn("#exportCsvButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(csv)).contains("Book health now\r\nGood,Tested,At risk\r\n2,0,1\r\n");
        assertThat(harness.dialogs.errors).isEmpty();
    }

    @Test
    void anEmptyBook_showsTheEmptyStatesInWords(FxRobot robot) {
        robot.interact(() -> {
            harness.close();
            harness = new MainWindowHarness(folder.resolve("empty-" + System.nanoTime()));
            harness.show(stage);
            harness.controller.navigator().showInsight();
        });
        assertThat(texts(robot, robot.lookup("#healthTile").query(), "tile-sentence"))
                .containsExactly("No active clients yet.");
        List<String> empty = robot.lookup(".chart-empty").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(empty).hasSize(8).contains("No purchases in these months", "No contacts logged in these months",
                "No client names who referred them yet");
        assertThat(robot.lookup(".chart").queryAll()).isEmpty();
        assertThat(robot.lookup(".tile-figure").queryAll().stream().filter(n -> n.getStyleClass().contains("drillable"))
                .toList()).isEmpty();
    }
}

