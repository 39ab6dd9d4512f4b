package app.rapport.ui.clients;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Client;
import app.rapport.model.Versioned;
import app.rapport.testutil.ImmediateTaskRunner;
import app.rapport.testutil.OtherDesk;
import app.rapport.ui.Dialogs;
import app.rapport.ui.SaveConflicts;
import app.rapport.ui.ScreenHarness;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
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
 * The client form, alone: Ben edits Ana's notes while Marta, at the other desk, saves a new title
 * for her. Ben's save is refused with who and when; his notes stay on the form, and he saves them
 * over Marta's version, takes hers, or goes on editing.
 */
@ExtendWith(ApplicationExtension.class)
class ClientFormConflictTest {
    static final String MARTAS_MESSAGE = "Marta Ruiz changed Ana Ruiz's details at 10:00 while you were editing.";

    @TempDir
    static Path folder;
    ScreenHarness harness;
    Stage stage;
    final AtomicReference<Optional<Client>> closedWith = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        harness = new ScreenHarness(folder.resolve("book-" + System.nanoTime()));
        harness.book.clients().add(client("c-0001").name("Ana", "Ruiz").notes("Likes rye").build());
        harness.show(stage, new StackPane());
    }

    @AfterEach
    void close() {
        harness.close();
    }

    /** Opens the form on Ana as the book has her now, types Ben's notes, and lets Marta save meanwhile. */
    private void editWhileMartaSaves(FxRobot robot) {
        Versioned<Client> ana = harness.book.clients().findForEditing("c-0001").orElseThrow();
        ClientFormController form = new ClientFormController(ana, harness.book, new ImmediateTaskRunner(),
                harness.dialogs, harness.clock);
        Platform.runLater(() -> closedWith.set(form.showAndWait(stage)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#notesArea").queryTextInputControl().setText("Prefers mornings"));
        try (OtherDesk marta = new OtherDesk(harness.book.dataFolder(), harness.clock, "Marta Ruiz")) {
            Versioned<Client> hers = marta.clients.findForEditing("c-0001").orElseThrow();
            marta.clients.update(client("c-0001").name("Ana", "Ruiz").title("Owner").notes("Likes rye").build(),
                    hers.version());
        }
        robot.clickOn("Save");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Client inTheBook() {
        return harness.book.clients().find("c-0001").orElseThrow();
    }

    @Test
    void keepEditing_leavesBensNotesOnTheForm_withWhoAndWhen_andSavesNothing(FxRobot robot) {
        harness.dialogs.conflictAnswer = Dialogs.Conflict.KEEP_EDITING;
        editWhileMartaSaves(robot);

        assertThat(harness.dialogs.conflicts).singleElement().asString()
                .startsWith(SaveConflicts.TITLE + ": " + MARTAS_MESSAGE);
        assertThat(robot.lookup("#notesArea").queryTextInputControl().getText()).isEqualTo("Prefers mornings");
        assertThat(robot.lookup("#formError").queryAs(Label.class).getText()).isEqualTo(MARTAS_MESSAGE);
        assertThat(closedWith.get()).isNull();
        assertThat(inTheBook().title()).isEqualTo("Owner");
        assertThat(inTheBook().notes()).isEqualTo("Likes rye");
        robot.clickOn("Cancel");
    }

    @Test
    void saveMineAnyway_savesBensVersionOverMartas_andCloses(FxRobot robot) {
        harness.dialogs.conflictAnswer = Dialogs.Conflict.SAVE_MINE;
        editWhileMartaSaves(robot);

        assertThat(harness.dialogs.conflicts).hasSize(1);
        assertThat(closedWith.get()).hasValueSatisfying(c -> assertThat(c.notes()).isEqualTo("Prefers mornings"));
        assertThat(inTheBook().notes()).isEqualTo("Prefers mornings");
        assertThat(inTheBook().title()).isEmpty();
    }

    @Test
    void loadTheirs_showsMartasVersion_whichThenSavesWithoutAConflict(FxRobot robot) {
        harness.dialogs.conflictAnswer = Dialogs.Conflict.LOAD_THEIRS;
        editWhileMartaSaves(robot);

        assertThat(robot.lookup("#titleField").queryTextInputControl().getText()).isEqualTo("Owner");
        assertThat(robot.lookup("#notesArea").queryTextInputControl().getText()).isEqualTo("Likes rye");
        assertThat(robot.lookup("#formError").queryAs(Label.class).getText()).isEmpty();
        robot.interact(() -> robot.lookup("#notesArea").queryTextInputControl().setText("Likes rye, and mornings"));
        robot.clickOn("Save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.dialogs.conflicts).hasSize(1);
        assertThat(inTheBook().title()).isEqualTo("Owner");
        assertThat(inTheBook().notes()).isEqualTo("Likes rye, and mornings");
    }
}
