package app.rapport.ui;

import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Client;
import app.rapport.model.ClientQuery;
import app.rapport.model.ClientRow;
import app.rapport.model.Email;
import app.rapport.model.Experience;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.service.Identity;
import app.rapport.testutil.ClientBuilder;
import app.rapport.testutil.Shown;
import app.rapport.testutil.TypicalClients;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
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

@ExtendWith(ApplicationExtension.class)
class ClientsScreenTest {
    @TempDir
    static Path folder;
    MainWindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new MainWindowHarness(folder.resolve("book-" + System.nanoTime()));
        TypicalClients.all().forEach(c -> harness.book.clients().add(c));
        harness.book.contacts().log(contact("i-1", "c-0001").at("2026-11-19T10:00").kind(InteractionKind.PURCHASE)
                .amount("120.00").summary("Wedding cake").build());
        harness.show(stage);
        harness.controller.navigator().showClients();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void addClient_throughTheForm_savesItAndOpensTheClient(FxRobot robot) {
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        robot.clickOn("#firstNameField").write("Marta");
        robot.clickOn("#lastNameField").write("Kowalska");
        robot.clickOn("#emailsField").write("marta@example.com");
        robot.clickOn("Add client");
        WaitForAsyncUtils.waitForFxEvents();

        List<ClientRow> found = harness.book.clients().search(new ClientQuery("kowalska", null, null, false));
        assertThat(found).extracting(ClientRow::displayName).containsExactly("Marta Kowalska");
        Client saved = harness.book.clients().find(found.get(0).id()).orElseThrow();
        assertThat(saved.emails()).containsExactly("marta@example.com");
        assertThat(robot.lookup("#nameLabel").queryAs(Label.class).getText()).isEqualTo("Marta Kowalska");
    }

    @Test
    void addClient_withoutNameOrCompany_showsTheMessageNextToTheFieldAndSavesNothing(FxRobot robot) {
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        robot.clickOn("#emailsField").write("not-an-email");
        assertThat(robot.lookup("#emailsError").queryAs(Label.class).getText()).startsWith(
                Email.INVALID_MESSAGE);
        robot.clickOn("Add client");
        Label nameError = robot.lookup("#nameError").queryAs(Label.class);
        assertThat(nameError.isVisible()).isTrue();
        assertThat(nameError.getText()).isEqualTo(Client.NAME_OR_COMPANY_REQUIRED);
        assertThat(robot.lookup("#firstNameField").tryQuery()).isPresent();
        robot.push(KeyCode.ESCAPE);
        assertThat(harness.book.stats().clients()).isEqualTo(3);
    }

    @Test
    void search_asYouType_filtersTheTable(FxRobot robot) throws Exception {
        TableView<ClientRow> table = robot.lookup("#table").queryTableView();
        assertThat(table.getItems()).hasSize(3);
        robot.clickOn("#searchField").write("muller");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems()).extracting(ClientRow::displayName).containsExactly("José Müller");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
    }

    @Test
    void logContact_fromTheClient_appearsAtTheTopOfTheTimeline(FxRobot robot) {
        openClient(robot, "Ana Ruiz");
        ListView<Interaction> timeline = robot.lookup("#timeline").queryListView();
        assertThat(timeline.getItems()).hasSize(1);
        robot.push(KeyCode.SHORTCUT, KeyCode.L);
        robot.clickOn("#summaryField").write("Thanked her for the order");
        robot.clickOn("#positiveButton");
        robot.clickOn("Save contact");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(timeline.getItems()).hasSize(2);
        Interaction logged = timeline.getItems().get(0);
        assertThat(logged.summary()).isEqualTo("Thanked her for the order");
        assertThat(logged.kind()).isEqualTo(InteractionKind.CALL);
        assertThat(logged.experience()).isEqualTo(Experience.POSITIVE);
        assertThat(logged.at()).isEqualTo(LocalDateTime.parse("2026-11-22T10:00"));
    }

    @Test
    void archive_hidesTheClientUntilArchivedAreShown(FxRobot robot) throws Exception {
        openClient(robot, "José Müller");
        robot.clickOn("#archiveButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#backLink");
        robot.clickOn("#searchField").push(KeyCode.ESCAPE);
        TableView<ClientRow> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(ClientRow::displayName).doesNotContain("José Müller");
        robot.clickOn("#archivedToggle");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(ClientRow::displayName).contains("José Müller");
    }

    @Test
    void newClientForm_birthday_showsTheDayAndMonthPicked(FxRobot robot) {
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        pickLast(robot, "#birthdayDayBox");
        pickLast(robot, "#birthdayMonthBox");

        assertThat(Shown.text(robot.lookup("#birthdayDayBox").queryAs(ComboBox.class))).isEqualTo("31");
        assertThat(Shown.text(robot.lookup("#birthdayMonthBox").queryAs(ComboBox.class))).isEqualTo("December");
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void newClientForm_messagesShowWhole_andTheDialogGrowsToKeepItsButtons(FxRobot robot) {
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        robot.clickOn("#emailsField").write("marta.kowalska@@example");
        robot.clickOn("Add client"); // no name: a second message
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#emailsError").queryAs(Label.class);
        assertThat(error.getText()).startsWith(Email.INVALID_MESSAGE);
        assertThat(Shown.text(error)).isEqualTo(error.getText());
        Label nameError = robot.lookup("#nameError").queryAs(Label.class);
        assertThat(Shown.text(nameError)).isEqualTo(Client.NAME_OR_COMPANY_REQUIRED);
        Button add = robot.lookup(".button").match((Button b) -> "Add client".equals(b.getText())).queryButton();
        Bounds inScene = add.localToScene(add.getLayoutBounds());
        assertThat(inScene.getMaxY()).as("the bottom of the Add client button").isLessThanOrEqualTo(
                add.getScene().getHeight());
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void newClientForm_hintsFitInTheirFields(FxRobot robot) {
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        List<TextInputControl> fields = robot.lookup("#firstNameField").queryAs(TextInputControl.class).getScene()
                .getRoot().lookupAll(".text-field").stream().filter(TextInputControl.class::isInstance)
                .map(TextInputControl.class::cast).filter(f -> f.getPromptText() != null
                        && !f.getPromptText().isEmpty() && f.getText().isEmpty()).toList();
        assertThat(fields).extracting(TextInputControl::getPromptText).contains("Year (optional)");
        assertThat(fields).allSatisfy(f -> assertThat(Shown.promptFits(f))
                .as("the hint \"%s\" fits in %s", f.getPromptText(), f.getId()).isTrue());
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void longNames_showWholeInTheTable(FxRobot robot) throws Exception {
        String name = "Małgorzata Lewandowska-Wiśniewska";
        harness.book.clients().add(ClientBuilder.client("c-0009").name("Małgorzata",
                "Lewandowska-Wiśniewska").company("Świętokrzyskie Pierogi Cooperative").build());
        robot.interact(() -> harness.controller.navigator().showClients());
        TableView<ClientRow> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Shown.text(cell(robot, "nameColumn", name))).isEqualTo(name);
        double columns = table.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        assertThat(columns).as("every column within the table").isLessThanOrEqualTo(table.getWidth());
    }

    @Test
    void timeline_theExperienceBadgeShowsWhole_besideALongSummary(FxRobot robot) {
        harness.book.contacts().log(contact("i-2", "c-0001").at("2026-11-20T16:00").kind(InteractionKind.CALL)
                .experience(Experience.POSITIVE).summary("Called to thank her for the wedding cake"
                        + " order, the cupcakes for the rehearsal dinner and the recommendation to her sister")
                                .build());
        openClient(robot, "Ana Ruiz");
        WaitForAsyncUtils.waitForFxEvents();

        List<Label> chips = robot.lookup("#timeline .experience-chip").queryAllAs(Label.class).stream()
                .filter(l -> !l.getText().isEmpty()).toList();
        assertThat(chips).extracting(Label::getText).containsExactly("Positive");
        assertThat(Shown.text(chips.get(0))).isEqualTo("Positive");
        ListView<?> timeline = robot.lookup("#timeline").queryListView();
        Bounds chip = chips.get(0).localToScene(chips.get(0).getLayoutBounds());
        Bounds list = timeline.localToScene(timeline.getLayoutBounds());
        assertThat(chip.getMaxX()).as("the badge's right edge, inside the timeline")
                .isLessThanOrEqualTo(list.getMaxX());
        Label title = robot.lookup("#timeline .timeline-title").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().startsWith("Call · Called to thank her")).findFirst().orElseThrow();
        assertThat(Shown.text(title).replace("\n", " ")).as("the title, wrapped but whole").isEqualTo(title.getText());
    }

    @Test
    void timeline_saysWhoLoggedEachContact(FxRobot robot) {
        harness.book.contacts().log(contact("i-2", "c-0001").at("2026-11-20T16:00").kind(InteractionKind.CALL)
                .summary("Thanked her").by("Marta Ruiz").build());
        openClient(robot, "Ana Ruiz");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> lines = robot.lookup("#timeline .timeline-when").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> !t.isEmpty()).toList();
        assertThat(lines).anySatisfy(t -> assertThat(t).endsWith(" · by Marta Ruiz"))
                .as("one logged through this book: this computer's user")
                .anySatisfy(t -> assertThat(t).endsWith(" · 120.00 · by " + Identity.systemUser()));
    }

    @Test
    void decisions_sayWhoTookThem(FxRobot robot) {
        FollowUp call = new FollowUp("c-0001", "Ana Ruiz", FollowUpRule.THANK_PURCHASE, FollowUpAction.CALL,
                LocalDate.parse("2026-11-19"), LocalDate.parse("2026-11-21"), 1, false, "Thank her", null);
        harness.book.followUps().skip(call, "Thanked at the counter");
        openClient(robot, "Ana Ruiz");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> lines = robot.lookup("#decisionHistory .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(lines).singleElement().asString()
                .endsWith(": Thanked at the counter (" + Identity.systemUser() + ")");
    }

    /** The table cell of {@code column} that shows {@code value}. */
    private static TableCell<?, ?> cell(FxRobot robot, String column, String value) {
        return robot.lookup("#table .table-cell").<TableCell<?, ?>>queryAll().stream()
                .filter(c -> c.getTableColumn().getId().equals(column) && value.equals(c.getItem())).findFirst()
                .orElseThrow(() -> new AssertionError("no cell shows " + value));
    }

    /** Opens a combo box's list and takes its last entry with the keyboard, as the owner would. */
    private static void pickLast(FxRobot robot, String query) {
        robot.clickOn(query);
        robot.push(KeyCode.END);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void openClient(FxRobot robot, String name) {
        robot.clickOn("#searchField").write(name.split(" ")[0].replace("é", "e"));
        TableView<ClientRow> table = robot.lookup("#table").queryTableView();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        } catch (TimeoutException e) {
            throw new AssertionError("the search did not narrow to " + name, e);
        }
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nameLabel").queryAs(Label.class).getText()).isEqualTo(name);
    }
}
