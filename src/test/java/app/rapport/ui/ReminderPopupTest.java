package app.rapport.ui;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.InteractionKind;
import app.rapport.reminders.Autostart;
import app.rapport.service.OpenBook;
import app.rapport.testutil.FakeDialogs;
import app.rapport.testutil.ImmediateTaskRunner;
import app.rapport.testutil.MutableClock;
import app.rapport.ui.reminders.DesktopIntegration;
import app.rapport.ui.reminders.DesktopOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableView;
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

/**
 * The daily reminder over the main window, on a known book and a clock the test moves: Monday
 * 23 November 2026, 09:00. Ana and Zoë bought last week (thank-you calls, Ana's overdue, Zoë's due
 * today), Bo has gone quiet (overdue, after Ana's in the agenda's order).
 */
@ExtendWith(ApplicationExtension.class)
class ReminderPopupTest {
    @TempDir
    static Path folder;
    final MutableClock clock = MutableClock.at("2026-11-23T09:00", "Europe/Berlin");
    OpenBook book;
    MainWindowController window;
    DesktopIntegration desktop;
    Preferences prefs;

    @Start
    void start(Stage stage) {
        book = OpenBook.open(folder.resolve("book-" + System.nanoTime()), false, clock, "a test");
        book.clients().add(client("c-1").name("Ana", "Ruiz").clientSince("2024-02-10").build());
        book.clients().add(client("c-2").name("Zoë", "Müller").clientSince("2024-03-10").build());
        book.clients().add(client("c-3").name("Bo", "Lindqvist").clientSince("2023-06-15").build());
        book.contacts().log(contact("i-1", "c-1").at("2024-02-10T10:00").kind(InteractionKind.PURCHASE).build());
        book.contacts().log(contact("i-2", "c-1").at("2026-11-18T10:00").kind(InteractionKind.PURCHASE)
                .amount("40.00").summary("Bread").build());
        book.contacts().log(contact("i-3", "c-2").at("2024-03-10T10:00").kind(InteractionKind.PURCHASE).build());
        book.contacts().log(contact("i-4", "c-2").at("2026-11-19T10:00").kind(InteractionKind.PURCHASE)
                .amount("25.00").summary("Cake").build());
        book.contacts().log(contact("i-5", "c-3").at("2026-07-01T10:00").kind(InteractionKind.VISIT).build());
        window = new MainWindowController(book, new ImmediateTaskRunner(), new FakeDialogs(), clock,
                new NoApp());
        stage.setScene(Theme.scene(window.load()));
        stage.setWidth(1100);
        stage.setHeight(700);
        stage.show();
        window.navigator().showClients();
        prefs = Preferences.userRoot().node("rapport-test-" + System.nanoTime());
        desktop = new DesktopIntegration(stage, book.reminders(), prefs,
                new Autostart(Autostart.Os.LINUX, folder.resolve("home"), Map.of()), List.of("java"),
                window::showToday, () -> { }, message -> { });
    }

    @AfterEach
    void close() throws BackingStoreException {
        desktop.close();
        book.close();
        prefs.removeNode();
    }

    /** The label in the popup on screen (popups of earlier tests may linger, hidden). */
    static Optional<Label> label(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAllAs(Label.class).stream()
                .filter(l -> l.getScene() != null && l.getScene().getWindow().isShowing()).findFirst();
    }

    /** Waits until the popup on screen shows its counts and its names (it is laid out in a pulse or two). */
    static void waitForPopup(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label(robot, "reminderCounts").isPresent()
                && label(robot, "reminderNames").isPresent());
    }

    static boolean popupShowing(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return label(robot, "reminderCounts").isPresent();
    }

    /** A button of the popup, found from its labels (the popup is a window of its own). */
    static Button button(FxRobot robot, String text) throws Exception {
        // The button bar lays its buttons out on the popup's first pulse.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> findButton(robot, text).isPresent());
        return findButton(robot, text).orElseThrow();
    }

    static Optional<Button> findButton(FxRobot robot, String text) {
        return label(robot, "reminderCounts").flatMap(l -> l.getScene().getRoot().lookupAll(".button").stream()
                .filter(n -> n instanceof Button b && text.equals(b.getText())).map(Button.class::cast).findFirst());
    }

    @Test
    void popup_showsTheCountsAndTheFirstNames_openTodaySelectsToday(FxRobot robot) throws Exception {
        assertThat(desktop.ticker().checkNow()).isPresent();
        waitForPopup(robot);

        assertThat(label(robot, "reminderCounts").orElseThrow().getText())
                .isEqualTo("2 thank-you calls · 1 quiet client");
        assertThat(label(robot, "reminderNames").orElseThrow().getText())
                .isEqualTo("Ana Ruiz, Bo Lindqvist, Zoë Müller");
        assertThat(robot.lookup("#todayNav").queryAs(ToggleButton.class).isSelected()).isFalse();

        robot.clickOn(button(robot, "Open Today"));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#todayNav").queryAs(ToggleButton.class).isSelected());
        assertThat(popupShowing(robot)).isFalse();
        assertThat(robot.lookup("#agendaTable").tryQuery()).isPresent();
        assertThat(desktop.ticker().checkNow()).as("once a day").isEmpty();
    }

    @Test
    void later_showsItAgainAfterTheHour(FxRobot robot) throws Exception {
        assertThat(desktop.ticker().checkNow()).isPresent();
        waitForPopup(robot);

        robot.clickOn(button(robot, "Later"));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> book.reminders().state().laterAt() != null);
        assertThat(popupShowing(robot)).isFalse();
        clock.advance(Duration.ofMinutes(59));
        assertThat(desktop.ticker().checkNow()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(desktop.ticker().checkNow()).isPresent();
        waitForPopup(robot);
        assertThat(label(robot, "reminderCounts").orElseThrow().getText()).startsWith("2 thank-you calls");
    }

    /**
     * The reminder sits in the window's corner without taking the keyboard: the owner goes on with
     * the menus' shortcuts and the list's keys, and Escape puts the reminder away.
     */
    @Test
    void popup_leavesTheKeyboardToTheWindow_andEscapePutsItAway(FxRobot robot) throws Exception {
        assertThat(desktop.ticker().checkNow()).isPresent();
        waitForPopup(robot);
        button(robot, "Open Today"); // laid out

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#todayNav").queryAs(ToggleButton.class).isSelected());
        TreeTableView<?> agenda = robot.lookup("#agendaTable").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> agenda.getSelectionModel().getSelectedIndex() == 1);
        robot.push(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(agenda.getSelectionModel().getSelectedIndex()).as("the list's keys still reach it").isEqualTo(2);
        assertThat(popupShowing(robot)).isTrue();

        robot.push(KeyCode.ESCAPE);
        assertThat(popupShowing(robot)).isFalse();
        assertThat(agenda.getSelectionModel().getSelectedIndex()).isEqualTo(2);
    }

    /** The app's own actions are not under test here. */
    private static final class NoApp implements AppActions {
        @Override
        public Optional<DesktopOptions> desktop() {
            return Optional.empty();
        }

        @Override
        public void openSampleBook() {
        }

        @Override
        public void openOwnBook() {
        }

        @Override
        public void quit() {
        }

        @Override
        public void restoreBook() {
        }
    }
}
