package app.rapport.ui;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.InteractionKind;
import app.rapport.testutil.ImmediateTaskRunner;
import app.rapport.ui.today.TodayController;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;
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
 * Today's columns share the window's width (Today alone here, as wide as in a window of the usual
 * 1200): What and Due as wide as their words, the reasons the rest, whole. Kit, an occasional client
 * not heard from in nearly two years, has one of the longest reasons there is.
 */
@ExtendWith(ApplicationExtension.class)
class TodayColumnsTest {
    @TempDir
    static Path folder;
    ScreenHarness harness;

    @Start
    void start(Stage stage) {
        harness = new ScreenHarness(folder.resolve("book-" + System.nanoTime()));
        harness.book.clients().add(client("c-0001").name("Kit", "Marlowe").tier("OCCASIONAL")
                .clientSince("2020-02-10").build());
        harness.book.contacts()
                .log(contact("i-0", "c-0001").at("2024-12-30T10:00").kind(InteractionKind.VISIT).build());
        harness.book.clients().add(client("c-0002").name("Ana", "Ruiz").clientSince("2024-02-10").build());
        harness.book.contacts().log(contact("i-1", "c-0002").at("2026-11-20T15:00").kind(InteractionKind.PURCHASE)
                .amount("80.00").summary("Birthday cake").build());
        harness.show(stage, new TodayController(harness.book, new ImmediateTaskRunner(), harness.dialogs,
                harness.clock, harness.navigator).view());
    }

    @AfterEach
    void close() {
        harness.close();
    }

    /** The text a label shows on screen: its own, or cut short with "…". */
    static String shown(Labeled label) {
        return ((Text) label.lookup(".text")).getText();
    }

    @Test
    void reasons_showWhole_andWhatIsNoWiderThanItsWords(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Labeled> reasons = robot.lookup(".agenda-reason").queryAllAs(Labeled.class).stream()
                .filter(Node::isVisible).filter(l -> !l.getText().isEmpty()).toList();
        assertThat(reasons).extracting(Labeled::getText)
                .anyMatch(r -> r.startsWith("No contact for") && r.length() > 65);
        for (Labeled reason : reasons) {
            assertThat(shown(reason)).as("the reason on screen").isEqualTo(reason.getText());
        }

        TreeTableView<?> table = robot.lookup("#agendaTable").queryAs(TreeTableView.class);
        TreeTableColumn<?, ?> what = table.getColumns().get(1);
        TreeTableColumn<?, ?> due = table.getColumns().get(2);
        List<Labeled> whatCells = cellsOf(robot, what);
        List<Labeled> dueCells = cellsOf(robot, due);
        assertThat(whatCells).isNotEmpty();
        double widest = 0;
        for (Labeled cell : whatCells) {
            assertThat(shown(cell)).isEqualTo(cell.getText());
            widest = Math.max(widest, cell.prefWidth(-1));
        }
        for (Labeled cell : dueCells) {
            assertThat(shown(cell)).isEqualTo(cell.getText());
        }
        assertThat(what.getWidth()).as("What, against its widest cell").isLessThan(widest + 24);
    }

    /** On a 1024-wide screen the bucket counts still show whole ("66 overdue", not "66 ove…"). */
    @Test
    void narrowWindow_keepsTheCountsWhole(FxRobot robot) {
        robot.interact(() -> robot.lookup("#agendaTable").query().getScene().getWindow()
                .setWidth(1024 - ScreenHarness.SIDEBAR_WIDTH));
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#overdueCount", "#todayCount", "#upcomingCount")) {
            Labeled count = robot.lookup(id).queryAs(Labeled.class);
            assertThat(shown(count)).as(id).isEqualTo(count.getText());
        }
    }

    static List<Labeled> cellsOf(FxRobot robot, TreeTableColumn<?, ?> column) {
        return robot.lookup(".tree-table-cell").queryAllAs(Labeled.class).stream()
                .filter(c -> c instanceof TreeTableCell<?, ?> t && t.getTableColumn() == column)
                .filter(c -> c.getText() != null && !c.getText().isEmpty() && c.isVisible()).toList();
    }
}
