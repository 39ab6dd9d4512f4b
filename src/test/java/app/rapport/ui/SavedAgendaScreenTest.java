package app.rapport.ui;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.InteractionKind;
import app.rapport.service.OpenBook;
import app.rapport.testutil.ImmediateTaskRunner;
import app.rapport.ui.today.TodayController;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TreeTableView;
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
 * Today opens on the agenda saved when the app last planned the day, then plans the day again and
 * shows that instead if the two differ. Here the saved one is made wrong on purpose: Bo was called
 * after it was saved, and the book's change count was put back, as a bug might.
 */
@ExtendWith(ApplicationExtension.class)
class SavedAgendaScreenTest {
    @TempDir
    static Path folder;
    ScreenHarness harness;
    boolean openedOnSaved;

    @Start
    void start(Stage stage) throws Exception {
        Path book = folder.resolve("book-" + System.nanoTime());
        try (OpenBook app = OpenBook.open(book, false, MainWindowHarness.CLOCK, "the app", true)) {
            app.clients().add(client("c-0001").name("Ana", "Ruiz").tier("VIP").clientSince("2024-02-10").build());
            app.clients().add(client("c-0002").name("Bo", "Lindqvist").clientSince("2023-06-15").build());
            app.contacts().log(contact("i-1", "c-0001").at("2026-11-20T15:00").kind(InteractionKind.PURCHASE)
                    .amount("80.00").summary("Birthday cake").build());
            app.contacts().log(contact("i-2", "c-0002").at("2026-05-01T11:00").kind(InteractionKind.VISIT).build());
            app.planning().agenda(); // saved for the next start as the app closes
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + book.resolve("rapport.db"));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            long count;
            try (ResultSet rs = s.executeQuery("SELECT count FROM book_changes")) {
                rs.next();
                count = rs.getLong(1);
            }
            s.executeUpdate("INSERT INTO interactions (id, client_id, at, kind, direction, experience, summary)"
                    + " VALUES ('i-3', 'c-0002', '2026-11-21T09:00', 'CALL', 'OUTBOUND', 'POSITIVE', 'Caught up')");
            s.executeUpdate("UPDATE book_changes SET count = " + count);
        }
        harness = new ScreenHarness(book);
        harness.book.agendaPrefetch().start();
        openedOnSaved = harness.book.agendaPrefetch().awaitSaved(Duration.ofSeconds(10));
        harness.show(stage, new TodayController(harness.book, new ImmediateTaskRunner(), harness.dialogs,
                harness.clock, harness.navigator).view());
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void opensOnTheSavedAgenda_thenShowsTheDayPlannedAgain(FxRobot robot) throws Exception {
        TreeTableView<?> table = robot.lookup("#agendaTable").queryAs(TreeTableView.class);
        assertThat(openedOnSaved).isTrue();
        assertThat(TodayScreenTest.rowOf(table, "Bo Lindqvist")).as("Bo, from the saved agenda").isNotNegative();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> TodayScreenTest.rowOf(table, "Bo Lindqvist") < 0);
        assertThat(TodayScreenTest.rowOf(table, "Ana Ruiz")).isNotNegative();
    }
}
