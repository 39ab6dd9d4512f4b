package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.Main;
import app.rapport.RapportApp;
import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.FollowUpRule;
import app.rapport.model.InteractionKind;
import app.rapport.service.OpenBook;
import app.rapport.store.SqliteBookStore;
import app.rapport.testutil.ClientBuilder;
import app.rapport.testutil.InteractionBuilder;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole app, started as the owner starts it, on a temporary data folder. */
class AppEndToEndTest {
    @TempDir
    Path folder;

    @Test
    void firstStart_showsWelcome_andAClientAddedThereIsStillThereAfterARestart() throws Exception {
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(RapportApp.class, "--data", folder.toString());
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () ->
                robot.lookup("#addFirstClientButton").tryQuery().isPresent());
        robot.clickOn("#addFirstClientButton");
        robot.clickOn("#companyField").write("Harbour Florist");
        robot.clickOn("Add client");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#nameLabel").tryQuery()
                .map(n -> "Harbour Florist".equals(((Label) n).getText())).orElse(false));
        FxToolkit.cleanupApplication(app);

        Application again = FxToolkit.setupApplication(RapportApp.class, "--data", folder.toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#agendaTable").tryQuery().isPresent());
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#table").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#table").queryTableView().getItems().size() == 1);
        FxToolkit.cleanupApplication(again);
    }

    @Test
    void aStartOnABookWithFollowUps_opensOnToday_withTheFirstFollowUpSelectedAndTheListFocused() throws Exception {
        try (OpenBook book = OpenBook.open(folder, false, Clock.systemDefaultZone(), "the Rapport app")) {
            book.clients().add(ClientBuilder.client("c-1").name("Ana", "Ruiz").build());
            String anHourAgo = LocalDateTime.now().minusHours(1)
                    .truncatedTo(ChronoUnit.MINUTES).toString();
            book.contacts().log(InteractionBuilder.contact("i-1", "c-1").at(anHourAgo)
                    .kind(InteractionKind.PURCHASE).amount("80.00").summary("Cake").build());
        }
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(RapportApp.class, "--data", folder.toString());
        try {
            FxRobot robot = new FxRobot();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#agendaTable").tryQuery()
                    .map(t -> ((TreeTableView<?>) t).getSelectionModel().getSelectedItem() != null)
                    .orElse(false));
            WaitForAsyncUtils.waitForFxEvents();
            Node table = robot.lookup("#agendaTable").query();
            assertThat(table.getScene().getFocusOwner()).isSameAs(table);
            assertThat(table.isFocused()).isTrue();
            robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#table").tryQuery().isPresent());
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }

    /**
     * A day's list worked through from the keyboard alone, in the real window and its real dialogs:
     * D then Enter logs the thank-you call, S then the arrow keys snoozes to next week, K then a
     * typed reason skips; then "All caught up".
     */
    @Test
    void aDaysList_isWorkedThroughWithoutTheMouse() throws Exception {
        try (OpenBook book = OpenBook.open(folder, false, Clock.systemDefaultZone(), "the Rapport app")) {
            LocalDateTime now = LocalDateTime.now()
                    .truncatedTo(ChronoUnit.MINUTES);
            // Clients for years, their anniversaries half a year from whatever day the test runs.
            LocalDate aYearDayHalfAYearAway = now.toLocalDate().minusYears(6).plusDays(180);
            String[][] clients = {{"c-1", "Ana", "Ruiz"}, {"c-2", "Bo", "Lindqvist"}, {"c-3", "Cy", "Park"}};
            for (String[] c : clients) {
                book.clients().add(ClientBuilder.client(c[0]).name(c[1], c[2])
                        .clientSince(aYearDayHalfAYearAway.toString()).build());
                // An earlier purchase, so that today's is not the first (which would also ask for a note).
                book.contacts().log(InteractionBuilder.contact(c[0] + "-old", c[0])
                        .at(now.minusDays(20).toString()).kind(InteractionKind.PURCHASE)
                        .amount("20.00").build());
                book.contacts().log(InteractionBuilder.contact(c[0] + "-new", c[0])
                        .at(now.minusMinutes(30).toString()).kind(InteractionKind.PURCHASE)
                        .amount("20.00").summary("Flowers").build());
            }
            assertThat(book.planning().agenda().followUps()).hasSize(3)
                    .allSatisfy(f -> assertThat(f.rule()).isEqualTo(FollowUpRule.THANK_PURCHASE));
        }
        FxToolkit.registerPrimaryStage();
        Application rapport = FxToolkit.setupApplication(RapportApp.class, "--data", folder.toString());
        try {
            FxRobot robot = new FxRobot();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> selectedClient(robot) != null);

            String first = selectedClient(robot);
            robot.push(KeyCode.D);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#summaryField").tryQuery().isPresent());
            robot.push(KeyCode.ENTER);
            waitUntilGone(robot, first);

            String second = selectedClient(robot);
            assertThat(second).isNotNull().isNotEqualTo(first);
            robot.push(KeyCode.S);
            WaitForAsyncUtils.waitForFxEvents();
            robot.push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.ENTER);
            waitUntilGone(robot, second);

            String third = selectedClient(robot);
            assertThat(third).isNotNull().isNotIn(first, second);
            robot.push(KeyCode.K);
            WaitForAsyncUtils.waitForFxEvents();
            // Typed into the dialog, as the keyboard does (TestFX otherwise types into the primary stage).
            robot.targetWindow("Skip this follow-up").write("Moved away");
            robot.push(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#caughtUp").tryQuery()
                    .map(Node::isVisible).orElse(false));
        } finally {
            FxToolkit.cleanupApplication(rapport);
        }

        try (OpenBook book = OpenBook.open(folder, false, Clock.systemDefaultZone(), "the Rapport app")) {
            assertThat(book.planning().agenda().followUps()).isEmpty();
            List<Decision> decisions = new ArrayList<>();
            for (String id : List.of("c-1", "c-2", "c-3")) {
                decisions.addAll(book.followUps().history(id));
            }
            assertThat(decisions).extracting(Decision::decision).containsExactlyInAnyOrder(
                    DecisionKind.DONE, DecisionKind.SNOOZE,
                    DecisionKind.SKIP);
            assertThat(decisions).filteredOn(d -> d.decision() == DecisionKind.SKIP)
                    .singleElement().satisfies(d -> assertThat(d.reason()).isEqualTo("Moved away"));
        }
    }

    /** The client name of the agenda row selected, or null. */
    private static String selectedClient(FxRobot robot) {
        return robot.lookup("#agendaTable").tryQuery().map(n -> {
            TreeItem<?> item =
                    ((TreeTableView<?>) n).getSelectionModel().getSelectedItem();
            if (item == null || item.getValue() == null) {
                return null;
            }
            String row = item.getValue().toString();
            int at = row.indexOf("clientName=");
            return at < 0 ? null : row.substring(at + "clientName=".length(), row.indexOf(',', at));
        }).orElse(null);
    }

    private static void waitUntilGone(FxRobot robot, String client) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            TreeTableView<?> table = robot.lookup("#agendaTable").query();
            for (int i = 0; i < table.getExpandedItemCount(); i++) {
                Object value = table.getTreeItem(i).getValue();
                if (value != null && value.toString().contains("clientName=" + client + ",")) {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * A book damaged in its middle passes the quick look taken as it opens; the full check runs once
     * the window is drawn, finds the damage, and the owner puts the newest backup back from the
     * window: the damaged file is kept aside and the window goes on with the backup's clients.
     */
    @Test
    void aBookFoundDamagedOnceTheWindowIsUp_isReplacedByItsNewestBackup_fromTheWindow() throws Exception {
        try (OpenBook book = OpenBook.open(folder, false, Clock.systemDefaultZone(), "the Rapport app")) {
            for (int i = 1; i <= 200; i++) {
                book.clients().add(ClientBuilder.client("c-" + i).name("Zoë " + i, "Müller")
                        .notes("x".repeat(500)).build());
            }
            book.backups().backupNow();
        }
        Path bookFile = folder.resolve(SqliteBookStore.BOOK_FILE);
        long size = Files.size(bookFile);
        try (RandomAccessFile f = new RandomAccessFile(bookFile.toFile(), "rw")) {
            f.seek(size / 2 - (size / 2) % 4096);
            f.write(new byte[4096 * 2]);
        }
        FxToolkit.registerPrimaryStage();
        Application rapport = FxToolkit.setupApplication(RapportApp.class, "--data", folder.toString());
        try {
            FxRobot robot = new FxRobot();
            Predicate<Node> restore = n -> n instanceof Button b
                    && "Restore this backup".equals(b.getText());
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(restore).tryQuery().isPresent());
            Scene main = robot.window("Rapport").getScene();
            Parent onTheDamagedBook = main.getRoot();
            robot.push(KeyCode.ENTER); // "Restore this backup" is the dialog's default button
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> main.getRoot() != onTheDamagedBook);
            WaitForAsyncUtils.waitForFxEvents();
            robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#table").tryQuery()
                    .map(t -> ((TableView<?>) t).getItems().size() == 200).orElse(false));
        } finally {
            FxToolkit.cleanupApplication(rapport);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("rapport.db.corrupt-"));
        }
        try (OpenBook book = OpenBook.open(folder, false, Clock.systemDefaultZone(), "the Rapport app")) {
            assertThat(book.stats().clients()).isEqualTo(200);
        }
    }

    @Test
    void secondCopy_onTheSameBook_saysSoAndExitsNonZero() throws Exception {
        try (OpenBook first = OpenBook.open(folder, false, Clock.systemDefaultZone(), "the Rapport app")) {
            Process second = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    // Headless as the tests are: no one to answer a window, so the refusal goes to stderr alone.
                    "-Djava.awt.headless=true",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--data", folder.toString()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(err).contains("is open in the Rapport app").contains("Close it there first");
        }
    }
}
