package app.rapport.ui;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.ui.KeyboardShortcuts.Kind;
import app.rapport.ui.KeyboardShortcuts.Shortcut;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
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

/** Help ▸ Keyboard shortcuts lists the keys the app has: the menus', the screens', and README's. */
@ExtendWith(ApplicationExtension.class)
class KeyboardShortcutsTest {
    @TempDir
    static Path folder;
    MainWindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new MainWindowHarness(folder.resolve("book-" + System.nanoTime()));
        harness.book.clients().add(client("c-0001").name("Ana", "Ruiz").build());
        harness.book.contacts().log(contact("i-1", "c-0001").at("2026-11-20T15:00").summary("Coffee").build());
        harness.show(stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    MenuBar menuBar(FxRobot robot) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class);
    }

    static List<MenuItem> items(List<MenuItem> in) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem item : in) {
            all.add(item);
            if (item instanceof Menu m) {
                all.addAll(items(m.getItems()));
            }
        }
        return all;
    }

    @Test
    void theMenusAccelerators_areExactlyTheListedOnes(FxRobot robot) {
        Set<KeyCombination> inMenus = new HashSet<>();
        for (Menu menu : menuBar(robot).getMenus()) {
            items(menu.getItems()).stream().map(MenuItem::getAccelerator).filter(a -> a != null).forEach(inMenus::add);
        }
        Set<KeyCombination> listed = KeyboardShortcuts.ALL.stream().filter(s -> s.kind() == Kind.MENU)
                .flatMap(s -> s.accelerators().stream()).collect(Collectors.toSet());
        assertThat(inMenus).containsExactlyInAnyOrderElementsOf(listed).contains(KeyCombination.valueOf("Shortcut+Z"));
    }

    @Test
    void theMenusRow_namesEachMenusAltKey(FxRobot robot) {
        String menus = menuBar(robot).getMenus().stream()
                .map(m -> "Alt+" + Character.toUpperCase(m.getText().charAt(m.getText().indexOf('_') + 1)))
                .collect(Collectors.joining(", "));
        assertThat(KeyboardShortcuts.ALL).filteredOn(s -> s.action().equals("the menus")).singleElement()
                .extracting(Shortcut::keys).isEqualTo(menus);
    }

    /** README's Keyboard table is the same list, row for row. */
    @Test
    void readmesKeyboardTable_isTheList() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("## Keyboard");
        assertThat(start).as("README has a Keyboard section").isNotNegative();
        List<String> rows = lines.subList(start + 1, lines.size()).stream().dropWhile(l -> !l.startsWith("|"))
                .takeWhile(l -> l.startsWith("|")).skip(2).toList();
        List<String> listed = KeyboardShortcuts.ALL.stream()
                .map(s -> "| " + s.keys() + " | " + s.action() + " |").toList();
        assertThat(rows).containsExactlyElementsOf(listed);
    }

    @Test
    void f1_showsTheListInAWindow(FxRobot robot) {
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Window help = robot.listWindows().stream()
                .filter(w -> w instanceof Stage s && s.isShowing() && KeyboardShortcuts.TITLE.equals(s.getTitle()))
                .findFirst().orElseThrow();
        List<String> keys = robot.from(help.getScene().getRoot()).lookup("." + KeyboardShortcuts.KEYS_STYLE)
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(keys).containsExactlyElementsOf(KeyboardShortcuts.ALL.stream().map(Shortcut::keys).toList());
        robot.interact(((Stage) help)::close);
    }

    /** The screens' own keys that no other test presses: Ctrl+E and Delete on a client's page. */
    @Test
    void ctrlEAndDelete_onAClientsPage(FxRobot robot) {
        robot.interact(() -> harness.controller.navigator().showClient("c-0001"));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> timeline = robot.lookup("#timeline").queryAs(ListView.class);
        robot.interact(() -> {
            timeline.requestFocus();
            timeline.getSelectionModel().select(0);
        });
        harness.dialogs.confirmAnswer = false;
        robot.push(KeyCode.DELETE);
        assertThat(harness.dialogs.confirmations).singleElement().asString().startsWith("Delete this contact?");

        robot.push(KeyCode.SHORTCUT, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listWindows()).anyMatch(w -> w instanceof Stage s && s.isShowing()
                && "Edit client".equals(s.getTitle()));
        robot.clickOn(robot.lookup("Cancel").<Node>query());
    }
}
