package app.rapport.ui.letters;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Address;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.testutil.ImmediateTaskRunner;
import app.rapport.ui.ScreenHarness;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
 * "Print all notes due": one job with a letter per client, then "Mark these notes as written?"
 * logs a handwritten note for each one confirmed. The harness clock is Sunday 22 November 2026.
 */
@ExtendWith(ApplicationExtension.class)
class NoteBatchTest {
    @TempDir
    static Path folder;
    ScreenHarness harness;
    NoteBatchController batch;

    @Start
    void start(Stage stage) {
        harness = new ScreenHarness(folder.resolve("book-" + System.nanoTime()));
        Address main = new Address("12 Main St", "Springfield", "IL", "62701", "US");
        harness.book.clients().add(client("c-0001").name("Zoë", "Müller").address(main).build());
        harness.book.clients().add(client("c-0002").name("Seán", "O'Brien").address(main).build());
        // First purchases: a thank-you note due a week later, overdue by the 22nd.
        harness.book.contacts().log(contact("i-1", "c-0001").at("2026-11-10T15:00").kind(InteractionKind.PURCHASE)
                .amount("80.00").summary("a birthday cake").build());
        harness.book.contacts().log(contact("i-2", "c-0002").at("2026-11-12T09:00").kind(InteractionKind.PURCHASE)
                .amount("900.00").summary("the wedding flowers").build());
        batch = new NoteBatchController(harness.book, new ImmediateTaskRunner(), harness.dialogs, harness.navigator);
        harness.show(stage, batch.view(), 1080, 720);
        batch.loadNotesDue();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    List<Interaction> notes(String clientId) {
        return harness.book.contacts().timeline(clientId).stream()
                .filter(i -> i.kind() == InteractionKind.HANDWRITTEN_NOTE).toList();
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void printAll_oneJob_thenMarksEveryNoteWritten() throws Exception {
        FxRobot robot = new FxRobot();
        TableView<?> table = robot.lookup("#lettersTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        robot.clickOn("#personalLine").write("Give my love to the twins!");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#printButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.dialogs.printed).hasSize(1);
        assertThat(harness.dialogs.printed.get(0).pages()).isEqualTo(2);
        assertThat(text(harness.dialogs.printed.get(0).pdf())).contains("Dear Zoë,", "Dear Seán,", "a birthday cake",
                "the wedding flowers", "Give my love to the twins!");
        assertThat(harness.dialogs.confirmations).anyMatch(c -> c.contains("has no personal line yet"));
        assertThat(harness.dialogs.questions).anyMatch(q -> q.startsWith("Mark these notes as written?"));

        assertThat(notes("c-0001")).singleElement().satisfies(n -> {
            assertThat(n.summary()).isEqualTo("Thank you for a purchase");
            assertThat(n.notes()).isEqualTo("Give my love to the twins!");
        });
        assertThat(notes("c-0002")).hasSize(1);
        assertThat(table.getItems()).isEmpty();
        assertThat(harness.book.letters().notesDue()).isEmpty();
        assertThat(harness.navigator.statuses).containsExactly("Logged 2 handwritten notes.");
        assertThat(harness.navigator.requests).containsExactly("bookChanged");
    }

    /** The preview's pages (pictures of the letter); none when it shows a message. */
    static long previewSheets(FxRobot robot) {
        return robot.lookup("#previewPages").queryAs(VBox.class).getChildren().stream()
                .filter(n -> n.getStyleClass().contains("preview-sheet")).count();
    }

    @Test
    void markedAsWritten_theLastPreviewAndWarningsGo() throws Exception {
        FxRobot robot = new FxRobot();
        TableView<?> table = robot.lookup("#lettersTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        Label warnings = robot.lookup("#letterWarnings").queryAs(Label.class);
        assertThat(warnings.isVisible()).isTrue();
        assertThat(warnings.getText()).contains("has nothing for: business phone, signature");
        assertThat(previewSheets(robot)).isPositive();

        robot.clickOn("#printButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).isEmpty();
        assertThat(warnings.isVisible()).isFalse();
        assertThat(warnings.getText()).isEmpty();
        assertThat(previewSheets(robot)).isZero();
        assertThat(robot.lookup("#batchSummary").queryAs(Label.class).getText()).isEqualTo(NoteBatchViewModel.ALL_DONE);
        assertThat(robot.lookup("#personalLine").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void untickedLetters_areNotLogged_andStayInTheList() {
        harness.dialogs.chooseAll = false;
        harness.dialogs.manyAnswer = List.of("Seán O'Brien — Thank you for a purchase");
        FxRobot robot = new FxRobot();
        robot.clickOn("#printButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notes("c-0001")).isEmpty();
        assertThat(notes("c-0002")).hasSize(1);
        TableView<?> table = robot.lookup("#lettersTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(table.getSelectionModel().getSelectedIndex()).as("the letter left is the one on show").isZero();
        assertThat(previewSheets(robot)).isPositive();
    }

    @Test
    void cancelledPrinterDialog_logsNothing() {
        harness.dialogs.printerAnswer = null;
        new FxRobot().clickOn("#printButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.dialogs.questions).noneMatch(q -> q.startsWith("Mark"));
        assertThat(notes("c-0001")).isEmpty();
    }

    @Test
    void withEnvelopes_eachLetterIsFollowedByItsEnvelope() throws Exception {
        FxRobot robot = new FxRobot();
        robot.clickOn("#withEnvelopes");
        robot.clickOn("#personalLines");
        robot.clickOn("#printButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.dialogs.printed.get(0).pages()).isEqualTo(4);
        assertThat(harness.dialogs.confirmations).noneMatch(c -> c.contains("personal line"));
    }
}
