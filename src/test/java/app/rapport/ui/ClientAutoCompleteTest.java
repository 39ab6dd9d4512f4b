package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.ClientRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The client auto-complete in the app's theme: what it offers, and a popup that styles without CSS errors. */
@ExtendWith(ApplicationExtension.class)
class ClientAutoCompleteTest {
    static final List<ClientRef> CLIENTS = List.of(new ClientRef("c-1", "Ana Ruiz"), new ClientRef("c-2", "José Anaya"),
            new ClientRef("c-3", "Bo Lindqvist"));

    /** What JavaFX logs (its CSS engine logs through java.util.logging). */
    final List<LogRecord> logged = new ArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            synchronized (logged) {
                logged.add(r);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    TextField field;

    @Start
    void start(Stage stage) {
        field = new TextField();
        field.setId("clientField");
        ClientAutoComplete.attach(field, CLIENTS);
        stage.setScene(Theme.scene(new VBox(field)));
        stage.setWidth(400);
        stage.setHeight(300);
        stage.show();
    }

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void suggestions_holdWhatWasTyped_accentsAndCaseAside_atMostTwelve() {
        assertThat(ClientAutoComplete.suggestions(CLIENTS, " ana ")).extracting(ClientRef::id)
                .containsExactly("c-1", "c-2");
        assertThat(ClientAutoComplete.suggestions(CLIENTS, "JOSE")).extracting(ClientRef::id).containsExactly("c-2");
        List<ClientRef> many = IntStream.range(0, 30).mapToObj(i -> new ClientRef("c-" + i, "Client " + i)).toList();
        assertThat(ClientAutoComplete.suggestions(many, "client")).hasSize(12);
    }

    @Test
    void popup_showsInTheThemeWithoutCssErrors(FxRobot robot) throws Exception {
        robot.clickOn(field).write("an");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> popupList(robot) != null);
        robot.push(KeyCode.DOWN);
        robot.moveTo(robot.from(popupList(robot)).lookup(".list-cell").<Node>query());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(popupList(robot).getItems()).hasSize(2);
        synchronized (logged) {
            assertThat(logged).extracting(r -> r.getLoggerName() + ": " + r.getMessage())
                    .noneMatch(m -> m.contains("ClassCastException"));
        }
    }

    /** The list of the auto-complete popup on show, or null. */
    static ListView<?> popupList(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .map(w -> w.getScene().getRoot().lookup(".list-view")).filter(n -> n instanceof ListView<?>)
                .map(n -> (ListView<?>) n).findFirst().orElse(null);
    }
}
