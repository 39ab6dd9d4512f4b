package app.rapport.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Client;
import app.rapport.testutil.ClientBuilder;
import app.rapport.testutil.ImmediateTaskRunner;
import app.rapport.ui.ScreenHarness;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Importing a Google Contacts CSV through the dialog: preview, column mapping, check, import, report. */
@ExtendWith(ApplicationExtension.class)
class ImportContactsTest {
    @TempDir
    static Path folder;
    ScreenHarness harness;
    ImportContactsController importer;

    static Path golden(String name) throws Exception {
        return Path.of(ImportContactsTest.class.getResource("/app/rapport/io/contacts/" + name).toURI());
    }

    @Start
    void start(Stage stage) {
        harness = new ScreenHarness(folder.resolve("book-" + System.nanoTime()));
        importer = new ImportContactsController(harness.book, new ImmediateTaskRunner(), harness.dialogs,
                harness.navigator);
        harness.show(stage, importer.view(), 1000, 700);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void preview_mapping_check_thenImport() throws Exception {
        FxRobot robot = new FxRobot();
        robot.interact(() -> {
            try {
                importer.load(golden("google-contacts.csv"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#fileLabel").queryAs(Label.class).getText())
                .contains("Read 5 rows as Google Contacts.");
        TableView<?> preview = robot.lookup("#previewTable").queryAs(TableView.class);
        assertThat(preview.getItems()).hasSize(5);
        @SuppressWarnings("unchecked")
        ComboBox<String> notesColumn = robot.lookup("#column14").queryAs(ComboBox.class);
        assertThat(notesColumn.getValue()).isEqualTo("Notes");
        robot.interact(() -> notesColumn.setValue("(not imported)"));

        robot.clickOn("#checkButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reportArea").queryAs(TextArea.class).getText())
                .startsWith("Would add 4, merge 0, skip 0; 1 problem.").contains("Line 9: no name");
        assertThat(harness.book.stats().clients()).isZero();

        Button importButton = robot.lookup("#importButton").queryAs(Button.class);
        assertThat(importButton.localToScreen(importButton.getBoundsInLocal()).getMaxY())
                .as("the Import button is on screen").isLessThan(importButton.getScene().getWindow().getY()
                        + importButton.getScene().getWindow().getHeight());
        robot.clickOn(importButton);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reportArea").queryAs(TextArea.class).getText()).startsWith("Added 4");
        assertThat(harness.book.stats().clients()).isEqualTo(4);
        Client zoe = harness.book.clients().refs(false).stream().filter(r -> r.displayName().equals("Zoë Müller"))
                .map(r -> harness.book.clients().find(r.id()).orElseThrow()).findFirst().orElseThrow();
        assertThat(zoe.notes()).as("the Notes column was set not to import").isEmpty();
        assertThat(zoe.emails()).contains("zoe@mueller-wein.example");
    }

    @Test
    void notUtf8_offersWindows1252() throws Exception {
        FxRobot robot = new FxRobot();
        Path file = golden("outlook-contacts-1252.csv");
        robot.interact(() -> importer.load(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.dialogs.confirmations).anyMatch(c -> c.startsWith("The file is not UTF-8"));
        assertThat(robot.lookup("#fileLabel").queryAs(Label.class).getText()).contains("as Outlook");
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reportArea").queryAs(TextArea.class).getText()).startsWith("Added 3");
        assertThat(harness.book.clients().refs(false)).extracting(r -> r.displayName()).contains("Agnieszka Müller");
    }

    @Test
    void askForEachDuplicate_mergesTheOneChosen() throws Exception {
        harness.book.clients().add(ClientBuilder.client("c-0001").name("Zoë", "Müller")
                .email("zoe@mueller-wein.example").build());
        FxRobot robot = new FxRobot();
        Path file = golden("google-contacts.csv");
        robot.interact(() -> importer.load(file));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> duplicates = robot.lookup("#duplicatesBox").queryAs(
                ComboBox.class);
        robot.interact(() -> duplicates.setValue(ImportContactsViewModel.ASK));
        harness.dialogs.choiceAnswer = ImportContactsViewModel.MERGE;
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.dialogs.questions).singleElement().asString()
                .startsWith("Already in your book: Line 2: Zoë Müller matches Zoë Müller (same email");
        assertThat(robot.lookup("#reportArea").queryAs(TextArea.class).getText()).startsWith("Added 3, merged 1");
        assertThat(harness.book.clients().find("c-0001").orElseThrow().company())
                .isEqualTo("Müller & Söhne Weinhandel");
    }

    @Test
    void skippedRows_areNamedInTheReport() throws Exception {
        harness.book.clients().add(ClientBuilder.client("c-0001").name("Zoë", "Müller")
                .email("zoe@mueller-wein.example").build());
        FxRobot robot = new FxRobot();
        Path file = golden("google-contacts.csv");
        robot.interact(() -> importer.load(file));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reportArea").queryAs(TextArea.class).getText()).startsWith("Added 3")
                .contains("Line 2: Zoë Müller — already in the book").contains("skipped");
    }
}
