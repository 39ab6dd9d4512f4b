package app.rapport.ui.transfer;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.testutil.ImmediateTaskRunner;
import app.rapport.ui.MainWindowHarness;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Importing a till's or a shop's export through the dialog: preset, mapping, the order of day and
 * month, check, import, report, Today; and the same file again adds nothing. The golden files are
 * SalesCsvTest's. The main window stays open behind the dialog, on Today.
 */
@ExtendWith(ApplicationExtension.class)
class ImportSalesTest {
    /** 10:00 in Paris on Tuesday 24 November 2026, as SalesCliTest: every sale of the Shopify file is past. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    static Path folder;
    MainWindowHarness harness;
    Stage dialog;

    static Path golden(String name) throws Exception {
        return Path.of(ImportSalesTest.class.getResource("/app/rapport/io/sales/" + name).toURI());
    }

    @Start
    void start(Stage stage) {
        harness = new MainWindowHarness(folder.resolve("book-" + System.nanoTime()), CLOCK);
        harness.book.clients().add(client("c-0001").name("Ana", "Ruiz").email("ana@example.com")
                .clientSince("2024-02-10").build());
        harness.book.clients().add(client("c-0002").name("Zoë", "Müller").email("zoe.muller@example.de")
                .clientSince("2023-06-15").build());
        harness.show(stage);
        dialog = new Stage();
        dialog.initOwner(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> dialog.close());
        harness.close();
    }

    /** A new import dialog (in a window of its own, over the main window), reading {@code file}. */
    ImportSalesController open(FxRobot robot, Path file) {
        ImportSalesController importer = new ImportSalesController(harness.book, new ImmediateTaskRunner(),
                harness.dialogs, harness.controller.navigator());
        robot.interact(() -> {
            dialog.setScene(new Scene(importer.view(), 1000, 700));
            dialog.show();
            importer.load(file);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return importer;
    }

    static <T extends Node> T in(ImportSalesController importer, String id) {
        @SuppressWarnings("unchecked")
        T node = (T) importer.view().lookup(id);
        return node;
    }

    static String report(ImportSalesController importer) {
        TextArea area = in(importer, "#reportArea");
        return area.isVisible() ? area.getText() : "";
    }

    List<Interaction> purchases(String clientId) {
        return harness.book.contacts().timeline(clientId).stream().filter(i -> i.kind() == InteractionKind.PURCHASE)
                .toList();
    }

    /** Whether Today lists a thank-you for a purchase of {@code clientName}'s. */
    boolean todayThanks(FxRobot robot, String clientName) {
        TreeTableView<?> table = robot.lookup("#agendaTable").queryAs(TreeTableView.class);
        for (int i = 0; i < table.getExpandedItemCount(); i++) {
            Object row = table.getTreeItem(i).getValue();
            if (row != null && row.toString().contains("clientName=" + clientName + ",")
                    && row.toString().contains("rule=THANK_PURCHASE")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void shopify_changeAMapping_check_import_reportsRowsNotTaken_andTodayListsTheThankYous(FxRobot robot)
            throws Exception {
        assertThat(todayThanks(robot, "Ana Ruiz")).as("nothing due before the import").isFalse();
        ImportSalesController importer = open(robot, golden("shopify-orders.csv"));
        assertThat(((Label) in(importer, "#fileLabel")).getText())
                .isEqualTo("shopify-orders.csv: Read 8 rows as Shopify orders: 4 sales, 3 not taken.");
        assertThat(((ComboBox<?>) in(importer, "#presetBox")).getValue()).isEqualTo("Shopify orders");
        assertThat(in(importer, "#dateOrderRow").isVisible()).as("Shopify's dates settle their order").isFalse();
        ComboBox<String> items = in(importer, "#column17");
        assertThat(items.getValue()).isEqualTo("Items or description");

        robot.interact(() -> items.setValue("(not imported)"));
        robot.interact(() -> ((Button) in(importer, "#checkButton")).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(report(importer))
                .startsWith("Would add 4 purchases (2 new clients); would skip 0 already in the book; 3 not taken.")
                .contains("Order #1003 (line 6): refunded order; not taken.");
        assertThat(purchases("c-0001")).as("a check changes nothing").isEmpty();

        robot.interact(() -> ((Button) in(importer, "#importButton")).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(report(importer)).startsWith("Added 4 purchases (2 new clients); skipped 0 already in the book;"
                + " 3 not taken.").contains("Order #1003 (line 6): refunded order; not taken.",
                        "Order #1004 (line 7): voided; not taken.",
                        "Order #1005 (line 8): no customer (no email, phone or name); not taken.",
                        "Order #1006 (line 9): new client Dee Example (c-0003).");
        assertThat(purchases("c-0001")).singleElement().satisfies(ana -> {
            assertThat(ana.ref()).isEqualTo("#1001");
            assertThat(ana.amount()).isEqualByComparingTo("95.00");
            assertThat(ana.summary()).as("the items column was set not to import").isEmpty();
        });
        assertThat(purchases("c-0002")).singleElement().satisfies(z -> assertThat(z.amount())
                .isEqualByComparingTo("100.00"));
        assertThat(((Button) in(importer, "#importButton")).isDisabled()).as("imported once").isTrue();
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText())
                .isEqualTo("Added 4 purchases (2 new clients); skipped 0 already in the book; 3 not taken.");
        assertThat(todayThanks(robot, "Ana Ruiz")).as("the thank-you, at once").isTrue();
        assertThat(todayThanks(robot, "Zoë Müller")).isTrue();
        assertThat(todayThanks(robot, "Dee Example")).as("the new clients'").isTrue();
        assertThat(todayThanks(robot, "Eve Martin")).isTrue();
    }

    @Test
    void theSameFileAgain_addsNothing(FxRobot robot) throws Exception {
        ImportSalesController first = open(robot, golden("shopify-orders.csv"));
        robot.interact(() -> ((Button) in(first, "#importButton")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(report(first)).startsWith("Added 4 purchases");
        long contacts = harness.book.stats().interactions();

        ImportSalesController again = open(robot, golden("shopify-orders.csv"));
        robot.interact(() -> ((Button) in(again, "#importButton")).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(report(again)).startsWith("Added 0 purchases; skipped 4 already in the book;");
        assertThat(harness.book.stats().interactions()).isEqualTo(contacts);
    }

    @Test
    void datesTheFileLeavesOpen_areAsked_andImportWaitsForTheAnswer(FxRobot robot) throws Exception {
        ImportSalesController importer = open(robot, golden("generic-en-undecided.csv"));
        assertThat(((ComboBox<?>) in(importer, "#presetBox")).getValue()).isEqualTo("Any spreadsheet");
        assertThat(((Label) in(importer, "#fileLabel")).getText()).isEqualTo("generic-en-undecided.csv: Read 3 rows as"
                + " Any spreadsheet: their dates wait for the order of day and month.");
        assertThat(in(importer, "#dateOrderRow").isVisible()).isTrue();
        assertThat(((Label) in(importer, "#dateQuestionLabel")).getText())
                .isEqualTo("The file's dates, like 03/04/2026, could be day first or month first.");
        assertThat(((Label) in(importer, "#readyLabel")).getText())
                .isEqualTo("Say whether the day or the month comes first, above.");
        assertThat(((Button) in(importer, "#importButton")).isDisabled()).isTrue();
        assertThat(((Button) in(importer, "#checkButton")).isDisabled()).isTrue();

        ComboBox<String> order = in(importer, "#dateOrderBox");
        robot.interact(() -> order.setValue("Month first (12/31/2026)"));

        assertThat(in(importer, "#dateOrderRow").isVisible()).as("still there, to change").isTrue();
        assertThat(((Label) in(importer, "#fileLabel")).getText())
                .endsWith("Read 3 rows as Any spreadsheet: 3 sales, 0 not taken.");
        assertThat(((Button) in(importer, "#importButton")).isDisabled()).isFalse();
        robot.interact(() -> ((Button) in(importer, "#importButton")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(report(importer)).startsWith("Added 3 purchases (1 new client)");
        assertThat(purchases("c-0001")).extracting(i -> i.at().toLocalDate().toString())
                .containsExactly("2026-05-06", "2026-03-04");
    }

    @Test
    void notUtf8_refused_saysTheFileWasNotRead_andNothingCanRun(FxRobot robot) throws Exception {
        harness.dialogs.confirmAnswer = false;

        ImportSalesController importer = open(robot, golden("generic-fr-1252.csv"));

        assertThat(((Label) in(importer, "#fileLabel")).getText()).startsWith("generic-fr-1252.csv cannot be imported:"
                + " The file is not valid UTF-8");
        TableView<?> preview = in(importer, "#previewTable");
        assertThat(((Label) preview.getPlaceholder()).getText()).isEqualTo(ImportReading.NOTHING);
        assertThat(((Button) in(importer, "#checkButton")).isDisabled()).isTrue();
        assertThat(((Button) in(importer, "#importButton")).isDisabled()).isTrue();
    }

    @Test
    void notUtf8_offersWindows1252_andNewClientsCanBeListedInstead(FxRobot robot) throws Exception {
        ImportSalesController importer = open(robot, golden("generic-fr-1252.csv"));
        assertThat(harness.dialogs.confirmations).anyMatch(c -> c.startsWith("The file is not UTF-8"));
        assertThat(((Label) in(importer, "#fileLabel")).getText()).contains("as Any spreadsheet");
        ComboBox<String> newClients = in(importer, "#newClientsBox");
        robot.interact(() -> newClients.setValue(ImportSalesViewModel.LIST_ONLY));

        robot.interact(() -> ((Button) in(importer, "#importButton")).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(report(importer)).startsWith("Added 0 purchases;").contains("not taken (new clients are not made)");
        assertThat(harness.book.stats().clients()).isEqualTo(2);
    }
}
