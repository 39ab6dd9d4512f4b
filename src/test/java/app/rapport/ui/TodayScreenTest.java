package app.rapport.ui;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Settings;
import app.rapport.service.OpenBook;
import app.rapport.testutil.ImmediateTaskRunner;
import app.rapport.testutil.OtherDesk;
import app.rapport.ui.today.TodayController;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
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

/**
 * Working through Today with the keyboard, Today alone. The harness clock is Sunday 22 November
 * 2026, 10:00. Ana, a client of long standing, bought on Friday (a thank-you call due Tuesday); Bo
 * has not been heard from since May (at risk, overdue). {@link TodayInTheWindowTest} has what
 * Today does with the rest of the window (undo on the status line, opening a client...).
 */
@ExtendWith(ApplicationExtension.class)
class TodayScreenTest {
    static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    @TempDir
    static Path folder;
    ScreenHarness harness;

    /** Ana and Bo, as above. */
    static void fill(OpenBook book) {
        book.clients().add(client("c-0001").name("Ana", "Ruiz").tier("VIP").clientSince("2024-02-10").build());
        book.clients().add(client("c-0002").name("Bo", "Lindqvist").clientSince("2023-06-15").build());
        book.contacts().log(contact("i-0", "c-0001").at("2026-11-02T10:00").kind(InteractionKind.PURCHASE)
                .amount("30.00").summary("Croissants").build());
        book.contacts().log(contact("i-1", "c-0001").at("2026-11-20T15:00").kind(InteractionKind.PURCHASE)
                .amount("80.00").summary("Birthday cake").build());
        book.contacts().log(contact("i-2", "c-0002").at("2026-05-01T11:00").kind(InteractionKind.VISIT).build());
    }

    @Start
    void start(Stage stage) {
        harness = new ScreenHarness(folder.resolve("book-" + System.nanoTime()));
        fill(harness.book);
        harness.show(stage, new TodayController(harness.book, new ImmediateTaskRunner(), harness.dialogs,
                harness.clock, harness.navigator).view());
    }

    @AfterEach
    void close() {
        harness.close();
    }

    static TreeTableView<?> table(FxRobot robot) {
        return robot.lookup("#agendaTable").queryAs(TreeTableView.class);
    }

    /** The day's agenda as the book plans it now. */
    static List<FollowUp> agenda(OpenBook book) {
        return book.planning().agenda(TODAY).followUps();
    }

    List<FollowUp> shown() {
        return agenda(harness.book);
    }

    /** Selects the client's first row, as the arrow keys would, and puts the keyboard on the table. */
    static void select(FxRobot robot, String clientName) {
        TreeTableView<?> table = table(robot);
        int row = rowOf(table, clientName);
        assertThat(row).as("row of " + clientName).isNotNegative();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(row);
        });
    }

    static boolean rowShown(FxRobot robot, String clientName) {
        return rowOf(table(robot), clientName) >= 0;
    }

    static int rowOf(TreeTableView<?> table, String clientName) {
        for (int i = 0; i < table.getExpandedItemCount(); i++) {
            Object value = table.getTreeItem(i).getValue();
            if (value != null && value.toString().contains("clientName=" + clientName + ",")) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void opens_withOverdueFirstAndCounts(FxRobot robot) {
        assertThat(rowShown(robot, "Bo Lindqvist")).isTrue();
        assertThat(rowShown(robot, "Ana Ruiz")).isTrue();
        assertThat(robot.lookup("#overdueCount").queryLabeled().getText()).isEqualTo("1 overdue");
        assertThat(robot.lookup("#upcomingCount").queryLabeled().getText()).isEqualTo("1 coming up");
        assertThat(shown()).extracting(FollowUp::clientName).containsExactly("Bo Lindqvist", "Ana Ruiz");
    }

    /** The rows share their tooltips: each still tells its own row's reason and due date. */
    @Test
    void tooltips_tellEachRowsOwnReasonAndDate(FxRobot robot) throws Exception {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM",
                Locale.ENGLISH);
        FollowUp bo = shown().get(0);
        FollowUp ana = shown().get(1);
        robot.moveTo(robot.lookup(".due-overdue").<Node>query());
        assertThat(tooltipShown(robot)).isEqualTo(day.format(bo.due()));
        robot.moveTo(robot.lookup(".due-later").<Node>query());
        assertThat(tooltipShown(robot)).isEqualTo(day.format(ana.due()));
        robot.moveTo(robot.lookup(".agenda-reason").lookup((Node n) -> n instanceof Label l
                && ana.reason().equals(l.getText())).<Node>query());
        assertThat(tooltipShown(robot)).isEqualTo(ana.reason());
    }

    /** The text of the tooltip on screen, once one shows (after JavaFX's delay). */
    static String tooltipShown(FxRobot robot) throws Exception {
        AtomicReference<String> text = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            for (Window w : robot.listWindows()) {
                if (w instanceof Tooltip t && t.isShowing()) {
                    text.set(t.getText());
                    return true;
                }
            }
            return false;
        });
        return text.get();
    }

    @Test
    void done_logsTheContactAndTheRowGoesAway(FxRobot robot) {
        select(robot, "Ana Ruiz");
        robot.push(KeyCode.D);
        assertThat(robot.lookup("#summaryField").queryTextInputControl().getText())
                .isEqualTo("Thank-you call for the purchase");
        robot.clickOn("Save contact");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rowShown(robot, "Ana Ruiz")).isFalse();
        List<Interaction> timeline = harness.book.contacts().timeline("c-0001");
        assertThat(timeline.get(0).kind()).isEqualTo(InteractionKind.THANK_YOU_CALL);
        assertThat(shown()).extracting(FollowUp::clientName).containsExactly("Bo Lindqvist");
    }

    /**
     * Marta did Ana's thank-you call at the other desk while the list was on show here: Done says
     * who did it and when, logs nothing, and once the dialog is closed the row goes.
     */
    @Test
    void done_ofAFollowUpSomeoneElseDidMeanwhile_saysWhoAndWhen_logsNothing_andTheRowGoes(FxRobot robot) {
        FollowUp ana = shown().get(1);
        try (OtherDesk marta = new OtherDesk(harness.book.dataFolder(), harness.clock, "Marta Ruiz")) {
            marta.followUps.done(ana, marta.followUps.draftFor(ana));
        }
        select(robot, "Ana Ruiz");
        robot.push(KeyCode.D);
        robot.clickOn("Save contact");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#formError").queryLabeled().getText())
                .isEqualTo("Already done by Marta Ruiz at 10:00.");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowShown(robot, "Ana Ruiz")).isFalse();
        assertThat(harness.book.contacts().timeline("c-0001"))
                .filteredOn(i -> i.kind() == InteractionKind.THANK_YOU_CALL).singleElement()
                .satisfies(i -> assertThat(i.by()).isEqualTo("Marta Ruiz"));
    }

    /** The title of the dialog on show. */
    static String dialogTitle(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Stage s && s.isShowing() && s.getOwner() != null)
                .map(w -> ((Stage) w).getTitle()).findFirst().orElse("(no dialog)");
    }

    @Test
    void done_dialogSaysWhatToDoAndForWhom(FxRobot robot) {
        select(robot, "Bo Lindqvist");
        robot.push(KeyCode.D);
        assertThat(dialogTitle(robot)).isEqualTo("Done: call, then write a note to Bo Lindqvist");
        robot.clickOn("Cancel");
    }

    @Test
    void skip_asksWhyInWordsThatFitTheAction(FxRobot robot) {
        FollowUp bo = shown().get(0);
        select(robot, "Bo Lindqvist");
        robot.push(KeyCode.K);
        assertThat(harness.dialogs.questions).singleElement().isEqualTo("Skip this follow-up: Why skip "
                + FollowUpWords.task(bo) + "? The reason is kept in their history.");
        assertThat(FollowUpWords.task(bo)).isEqualTo("the call and the note to Bo Lindqvist");
    }

    @Test
    void snooze_nextWeek_hidesItUntilThatDay(FxRobot robot) {
        select(robot, "Bo Lindqvist");
        robot.push(KeyCode.S);
        robot.clickOn("Next week (Mon 30 Nov)");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rowShown(robot, "Bo Lindqvist")).isFalse();
        assertThat(shown()).extracting(FollowUp::clientName).doesNotContain("Bo Lindqvist");
        assertThat(harness.book.planning().agenda(TODAY.plusDays(8)).followUps())
                .filteredOn(f -> f.rule() == FollowUpRule.GONE_QUIET)
                .singleElement().satisfies(f -> assertThat(f.due()).isEqualTo(TODAY.plusDays(8)));
    }

    /** Sunday, and the shop opens Tuesday to Saturday: "tomorrow" is Tuesday, and says so. */
    @Test
    void snooze_tomorrow_isTheNextWorkDayOfTheBook(FxRobot robot) {
        var settings = harness.book.settings().load();
        harness.book.settings().save(new Settings(settings.tiers(),
                EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY),
                settings.noteAmountThreshold(), settings.business(), settings.paper(), settings.reminderTime(),
                settings.rules()));
        select(robot, "Bo Lindqvist");
        robot.push(KeyCode.S);
        robot.clickOn("Tuesday 24 Nov");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rowShown(robot, "Bo Lindqvist")).isFalse();
        assertThat(harness.book.followUps().history("c-0002")).singleElement()
                .satisfies(d -> assertThat(d.until()).isEqualTo(TODAY.plusDays(2)));
    }

    @Test
    void skip_asksForAReasonAndKeepsItInTheHistory(FxRobot robot) {
        select(robot, "Bo Lindqvist");
        harness.dialogs.textAnswer = null;
        robot.push(KeyCode.K);
        assertThat(harness.dialogs.questions).singleElement().asString().startsWith("Skip this follow-up");
        assertThat(rowShown(robot, "Bo Lindqvist")).isTrue();

        harness.dialogs.textAnswer = "Moved to Malmö";
        robot.push(KeyCode.K);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowShown(robot, "Bo Lindqvist")).isFalse();
        assertThat(harness.book.followUps().history("c-0002")).singleElement().satisfies(d -> {
            assertThat(d.decision()).isEqualTo(DecisionKind.SKIP);
            assertThat(d.reason()).isEqualTo("Moved to Malmö");
        });
    }

    @Test
    void allCaughtUp_whenNothingIsDue(FxRobot robot) {
        select(robot, "Bo Lindqvist");
        harness.dialogs.textAnswer = "Closed the shop";
        robot.push(KeyCode.K);
        select(robot, "Ana Ruiz");
        robot.push(KeyCode.K);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getScene().lookup("#caughtUp").isVisible()).isTrue();
        assertThat(table(robot).isVisible()).isFalse();
        assertThat(harness.book.followUps().history("c-0001")).extracting(Decision::decision)
                .containsExactly(DecisionKind.SKIP);
    }
}
