package app.rapport.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.ui.MainWindowHarness;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first start on an empty book: clients from a spreadsheet straight from Welcome. */
@ExtendWith(ApplicationExtension.class)
class WelcomeScreenTest {
    @TempDir
    static Path folder;
    MainWindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new MainWindowHarness(folder.resolve("book-" + System.nanoTime()));
        harness.show(stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    /** Each card shows its words whole (no "Import clients (CSV, vCa…"). */
    @Test
    void cards_showTheirWholeText(FxRobot robot) {
        for (String id : List.of("#addFirstClientButton", "#importClientsButton", "#importButton",
                "#sampleButton")) {
            Button card = robot.lookup(id).queryButton();
            String shown = robot.from(card).lookup(".text").queryAs(Text.class).getText();
            assertThat(shown.replace('\n', ' ')).as(id).isEqualTo(card.getText().replace('\n', ' '));
        }
    }

    @Test
    void importClients_opensTheContactImport_andTheBookThenOpensOnToday(FxRobot robot) throws Exception {
        harness.dialogs.fileToOpen = Path.of(getClass()
                .getResource("/app/rapport/io/contacts/google-contacts.csv").toURI());
        assertThat(robot.lookup("#importClientsButton").queryButton().getText().replace('\n', ' '))
                .isEqualTo("Import clients (CSV, vCard)");

        robot.clickOn("#importClientsButton");
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = robot.listWindows().stream()
                .filter(w -> w instanceof Stage s && "Import clients".equals(s.getTitle()))
                .findFirst().orElseThrow();
        Node root = dialog.getScene().getRoot();
        robot.clickOn(robot.from(root).lookup("#importButton").<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.book.stats().clients()).isEqualTo(4);
        robot.clickOn(robot.from(root).lookup("Close").<Node>query());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#agendaTable").tryQuery()).isPresent();
        assertThat(robot.lookup("#importClientsButton").tryQuery()).isEmpty();
    }
}
