package app.rapport.ui;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.InteractionKind;
import app.rapport.reminders.Autostart;
import app.rapport.service.Identity;
import app.rapport.service.OpenBook;
import app.rapport.service.ReminderService;
import app.rapport.testutil.ImmediateTaskRunner;
import app.rapport.testutil.MutableClock;
import app.rapport.ui.reminders.DesktopIntegration;
import app.rapport.ui.reminders.ReminderSettingsController;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

/** The owner switches the reminder, keeping running and starting at log-in from Settings. */
@ExtendWith(ApplicationExtension.class)
class ReminderSettingsTest {
    @TempDir
    static Path folder;
    OpenBook book;
    Preferences prefs;
    Path home;
    DesktopIntegration desktop;

    @Start
    void start(Stage stage) {
        MutableClock clock = MutableClock.at("2026-11-23T09:00", "Europe/Berlin");
        book = OpenBook.open(folder.resolve("book-" + System.nanoTime()), false, clock, "a test");
        prefs = Preferences.userRoot().node("rapport-test-" + System.nanoTime());
        home = folder.resolve("home-" + System.nanoTime());
        desktop = new DesktopIntegration(stage, book.reminders(), prefs,
                new Autostart(Autostart.Os.LINUX, home, Map.of()),
                List.of("/usr/bin/java", "-jar", "/opt/rapport/rapport.jar", "--background"), () -> { }, () -> { },
                message -> { });
        ReminderSettingsController section = new ReminderSettingsController(book.reminders(), book.identity(), desktop,
                new ImmediateTaskRunner());
        stage.setScene(Theme.scene(section.view()));
        stage.show();
    }

    @AfterEach
    void close() throws BackingStoreException {
        desktop.close();
        book.close();
        prefs.removeNode();
    }

    CheckBox box(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(CheckBox.class);
    }

    @Test
    void switches_showWhatIsStored_andChangeIt(FxRobot robot) throws Exception {
        assertThat(box(robot, "remindDaily").isSelected()).isTrue();
        assertThat(box(robot, "remindWhenCaughtUp").isSelected()).isFalse();
        assertThat(box(robot, "keepRunning").isSelected()).isFalse();
        assertThat(box(robot, "startAtLogin").isSelected()).isFalse();

        robot.clickOn("#startAtLogin");
        Path entry = home.resolve(".config/autostart/rapport.desktop");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entry).exists();
        assertThat(Files.readString(entry)).contains("\"--background\"");

        robot.clickOn("#keepRunning");
        robot.clickOn("#remindWhenCaughtUp");
        robot.clickOn("#remindDaily");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(prefs.getBoolean("keepRunning", false)).isTrue();
        assertThat(book.reminders().choices()).isEqualTo(new ReminderService.Choices(false, true));
        assertThat(box(robot, "remindWhenCaughtUp").isDisabled()).isTrue();

        robot.clickOn("#startAtLogin");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entry).doesNotExist();
    }

    @Test
    void theNameOfThisComputer_goesOnWhatIsLoggedHere_andBlankGoesBackToTheUsersName(FxRobot robot) {
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        assertThat(name.getText()).isEmpty();
        assertThat(name.getPromptText()).isEqualTo(Identity.systemUser());

        robot.clickOn(name).write("Marta at the counter").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#reminderStatus").queryAs(Label.class).getText())
                .isEqualTo("What you log at this computer now says “by Marta at the counter”.");
        assertThat(book.identity().nameSetHere()).contains("Marta at the counter");
        book.clients().add(client("c-0001").name("Ana", "Ruiz").build());
        book.contacts().log(contact("i-1", "c-0001").at("2026-11-23T08:00").kind(InteractionKind.CALL).build());
        assertThat(book.contacts().timeline("c-0001")).singleElement()
                .satisfies(i -> assertThat(i.by()).isEqualTo("Marta at the counter"));

        robot.interact(name::clear);
        robot.clickOn(name).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(book.identity().nameSetHere()).isEmpty();
        assertThat(book.identity().name()).isEqualTo(Identity.systemUser());
    }
}
