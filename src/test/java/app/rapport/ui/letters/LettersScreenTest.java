package app.rapport.ui.letters;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Address;
import app.rapport.model.Business;
import app.rapport.model.InteractionKind;
import app.rapport.service.OpenBook;
import app.rapport.testutil.ImmediateTaskRunner;
import app.rapport.testutil.Shown;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ScreenHarness;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Letters screen: edit a template and watch the preview follow; mistakes shown; save and reset. */
@ExtendWith(ApplicationExtension.class)
class LettersScreenTest {
    @TempDir
    static Path folder;
    ScreenHarness harness;
    LettersController letters;
    Stage stage;

    /** Ana, who bought a birthday cake, and the bakery's letterhead. */
    static void fill(OpenBook book) {
        book.clients().add(client("c-0001").name("Ana", "Ruiz")
                .address(new Address("12 Main St", "Springfield", "IL", "62701", "US")).build());
        book.contacts().log(contact("i-1", "c-0001").at("2026-11-20T15:00").kind(InteractionKind.PURCHASE)
                .amount("80.00").summary("a birthday cake").build());
        book.settings().save(book.settings().load().withBusiness(new Business("Harbour Lane Bakery",
                "Marta Ruiz", "4 Harbour Lane\nSpringfield", "+1 555 0199", "Warm regards,\nMarta")));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        harness = new ScreenHarness(folder.resolve("book-" + System.nanoTime()));
        fill(harness.book);
        letters = new LettersController(harness.book, new ImmediateTaskRunner(), harness.dialogs, harness.navigator);
        harness.show(stage, letters.view());
    }

    @AfterEach
    void close() {
        harness.close();
    }

    static Image page(FxRobot robot) {
        VBox pages = robot.lookup("#previewPages").queryAs(VBox.class);
        return pages.getChildren().isEmpty() || !(pages.getChildren().get(0) instanceof StackPane sheet) ? null
                : ((ImageView) sheet.getChildren().get(0)).getImage();
    }

    static boolean same(Image a, Image b) {
        if (a == null || b == null || a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Pixels of the highlight the preview puts behind a field with no value (pale yellow). */
    static long highlighted(Image image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getPixelReader().getArgb(x, y);
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                if (r > 240 && g > 215 && g < 250 && b > 80 && b < 150) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void editingTheBody_changesThePreview() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> page(robotFor()) != null);
        FxRobot robot = robotFor();
        Image before = page(robot);
        assertThat(robot.lookup("#templateList").queryAs(ListView.class).getSelectionModel().getSelectedIndex())
                .isZero();
        TextArea body = robot.lookup("#bodyArea").queryAs(TextArea.class);
        robot.interact(() -> body.appendText("\n\nP.S. The whole shop says thank you, and the cat agrees."));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> page(robot) != null && !same(before, page(robot)));
        assertThat(same(before, page(robot))).isFalse();
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void unknownField_isShownAsAMistake_andCannotBeSaved() {
        FxRobot robot = robotFor();
        TextArea body = robot.lookup("#bodyArea").queryAs(TextArea.class);
        robot.interact(() -> body.setText("Dear {{client.shoeSize}},"));
        WaitForAsyncUtils.waitForFxEvents();
        Label problems = robot.lookup("#problemsLabel").queryAs(Label.class);
        assertThat(problems.getText()).contains("{{client.shoeSize}} is not a field Rapport knows");
        assertThat(problems.isVisible()).isTrue();
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void fieldWithNoValue_isHighlightedInThePreview() throws Exception {
        FxRobot robot = robotFor();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> page(robot) != null);
        assertThat(highlighted(page(robot))).as("no highlight when every field has a value").isZero();
        TextArea body = robot.lookup("#bodyArea").queryAs(TextArea.class);
        robot.interact(() -> body.setText("Dear {{client.greetingName}}, thank you for sending {{referred.name}}."));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> page(robot) != null && highlighted(page(robot)) > 50);
        assertThat(robot.lookup("#previewWarnings").queryAs(Label.class).getText()).contains("client they referred");
    }

    @Test
    void save_thenReset_putsRapportsTextBack() throws Exception {
        FxRobot robot = robotFor();
        TextArea body = robot.lookup("#bodyArea").queryAs(TextArea.class);
        robot.interact(() -> body.setText("Thank you, {{client.firstName}}!"));
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.book.templates().get("thank-you-purchase").body())
                .isEqualTo("Thank you, {{client.firstName}}!");
        assertThat(robot.lookup("#templateList").queryAs(ListView.class).getItems().get(0).toString())
                .contains("edited=true");
        robot.clickOn("#resetButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.dialogs.confirmations).anyMatch(c -> c.startsWith("Reset the template"));
        assertThat(harness.book.templates().get("thank-you-purchase").body()).contains("Every order matters");
        assertThat(robot.lookup("#bodyArea").queryAs(TextArea.class).getText()).contains("Every order matters");
    }

    /** Edits the template on show (Thank you for a purchase) without saving it. */
    static void editWithoutSaving(FxRobot robot) {
        TextArea body = robot.lookup("#bodyArea").queryAs(TextArea.class);
        robot.interact(() -> body.setText("Thank you, {{client.firstName}}! Unsaved."));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String shownTitle(FxRobot robot) {
        return robot.lookup("#titleField").queryAs(TextField.class).getText();
    }

    @Test
    void choosingAnotherTemplate_withUnsavedChanges_asksSaveDiscardOrCancel() {
        FxRobot robot = robotFor();
        editWithoutSaving(robot);

        harness.dialogs.unsavedAnswer = Dialogs.Unsaved.CANCEL;
        robot.clickOn("Thank you for a referral");
        assertThat(harness.dialogs.questions).containsExactly("Save changes to \"Thank you for a purchase\"?: Your"
                + " changes to this template are not saved yet. Discard them, or save them first?");
        assertThat(shownTitle(robot)).isEqualTo("Thank you for a purchase");
        assertThat(robot.lookup("#bodyArea").queryAs(TextArea.class).getText()).endsWith("Unsaved.");

        harness.dialogs.unsavedAnswer = Dialogs.Unsaved.SAVE;
        robot.clickOn("Thank you for a referral");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.book.templates().get("thank-you-purchase").body()).endsWith("Unsaved.");
        assertThat(shownTitle(robot)).isEqualTo("Thank you for a referral");

        robot.interact(() -> robot.lookup("#bodyArea").queryAs(TextArea.class).appendText(" Not this."));
        harness.dialogs.unsavedAnswer = Dialogs.Unsaved.DISCARD;
        robot.clickOn("Anniversary as a client");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownTitle(robot)).isEqualTo("Anniversary as a client");
        assertThat(harness.book.templates().get("thank-you-referral").body()).doesNotContain("Not this.");
    }

    @Test
    void closingTheWindow_withUnsavedChanges_asksFirst() {
        FxRobot robot = robotFor();
        List<WindowEvent> closed = new ArrayList<>();
        robot.interact(() -> stage.setOnCloseRequest(closed::add));
        editWithoutSaving(robot);

        harness.dialogs.unsavedAnswer = Dialogs.Unsaved.CANCEL;
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(harness.dialogs.questions).singleElement().asString().startsWith("Save changes to");
        assertThat(closed).as("the window stays open").isEmpty();

        harness.dialogs.unsavedAnswer = Dialogs.Unsaved.DISCARD;
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(closed).hasSize(1);
        assertThat(harness.book.templates().get("thank-you-purchase").body()).doesNotEndWith("Unsaved.");
    }

    @Test
    void unsavedChangesWithMistakes_canOnlyBeDiscarded() {
        FxRobot robot = robotFor();
        TextArea body = robot.lookup("#bodyArea").queryAs(TextArea.class);
        robot.interact(() -> body.setText("Dear {{client.shoeSize}},"));

        harness.dialogs.confirmAnswer = false;
        robot.clickOn("Thank you for a referral");
        assertThat(harness.dialogs.confirmations).singleElement().asString()
                .startsWith("Discard changes to \"Thank you for a purchase\"?");
        assertThat(shownTitle(robot)).isEqualTo("Thank you for a purchase");

        harness.dialogs.confirmAnswer = true;
        robot.clickOn("Thank you for a referral");
        assertThat(shownTitle(robot)).isEqualTo("Thank you for a referral");
        assertThat(harness.dialogs.questions).isEmpty();
    }

    @Test
    void aChangeToTheBookElsewhere_keepsTheEditsWithoutAsking() {
        FxRobot robot = robotFor();
        editWithoutSaving(robot);
        robot.interact(() -> letters.refresh()); // what the main window does when the book changed
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.dialogs.questions).isEmpty();
        assertThat(harness.dialogs.confirmations).isEmpty();
        assertThat(robot.lookup("#bodyArea").queryAs(TextArea.class).getText()).endsWith("Unsaved.");
    }

    @Test
    void thePaperChoice_showsWhole() {
        FxRobot robot = robotFor();
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> paper = robot.lookup("#paperBox").queryAs(ComboBox.class);
        assertThat(Shown.text(paper)).isEqualTo(LettersViewModel.OWNERS_PAPER);
    }

    private static FxRobot robotFor() {
        return new FxRobot();
    }
}
