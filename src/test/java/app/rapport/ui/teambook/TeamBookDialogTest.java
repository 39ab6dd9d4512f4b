package app.rapport.ui.teambook;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.ServiceException;
import app.rapport.service.TeamBookAddress;
import app.rapport.testutil.ImmediateTaskRunner;
import app.rapport.ui.Theme;
import app.rapport.ui.teambook.TeamBookViewModel.Login;
import app.rapport.ui.teambook.TeamBookViewModel.Tls;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Open a team book: what the owner types becomes the address and password; a failure keeps the form. */
@ExtendWith(ApplicationExtension.class)
class TeamBookDialogTest {
    final List<Login> tried = new ArrayList<>();
    final AtomicReference<Optional<String>> result = new AtomicReference<>();
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Button open = new Button("open");
        open.setId("openDialog");
        open.setOnAction(e -> result.set(new TeamBookDialog("Open a team book", "Open", "Where the shop's book is.",
                "ana", Optional.empty()).showAndWait(stage, new ImmediateTaskRunner(), login -> {
                    tried.add(login);
                    if (tried.size() == 1) {
                        throw new ServiceException("The server db.shop refused the password for marta.");
                    }
                    return login.address().describe();
                })));
        stage.setScene(Theme.scene(open));
        stage.show();
    }

    @Test
    void theFormGivesTheAddress_andAFailureIsSaidInIt_withEverythingKept(FxRobot robot) {
        robot.clickOn("#openDialog");
        robot.clickOn("#serverField").write("db.shop");
        robot.doubleClickOn("#userField").write("marta");
        robot.clickOn("#passwordField").write("s3cret");
        robot.clickOn("#rememberBox");
        robot.clickOn("Open");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tried).singleElement().satisfies(l -> {
            assertThat(l.address()).isEqualTo(new TeamBookAddress("db.shop", 5432, "rapport", "marta",
                    Optional.of("prefer")));
            assertThat(new String(l.password().orElseThrow())).isEqualTo("s3cret");
            assertThat(l.remember()).isTrue();
        });
        assertThat(robot.lookup("#formError").queryAs(Label.class).getText())
                .isEqualTo("The server db.shop refused the password for marta.");
        assertThat(robot.lookup("#serverField").queryAs(TextField.class).getText()).isEqualTo("db.shop");
        assertThat(robot.lookup("#passwordField").queryAs(PasswordField.class).getText()).isEqualTo("s3cret");

        robot.clickOn("Open");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(result.get()).contains("team book rapport on db.shop");
    }

    @Test
    void escape_cancels_andNothingIsTried(FxRobot robot) {
        robot.clickOn("#openDialog");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(result.get()).isEmpty();
        assertThat(tried).isEmpty();
    }

    @Test
    void theViewModel_saysWhatToFix() {
        TeamBookViewModel model = new TeamBookViewModel("ana");
        assertThat(model.login()).isEmpty();
        assertThat(model.formError.get()).isEqualTo("Fill in the server, the database and the user.");
        model.server.set("db.shop");
        model.port.set("99999");
        assertThat(model.login()).isEmpty();
        assertThat(model.formError.get()).startsWith("The port is a number from 1 to 65535");
        model.port.set("6432");
        model.server.set("postgresql://db.shop/rapport");
        assertThat(model.login()).isEmpty();
        assertThat(model.formError.get()).startsWith("The server is a name or an address");
        model.server.set(" db.shop ");
        model.tls.set(Tls.VERIFY);
        assertThat(model.login()).hasValueSatisfying(l -> {
            assertThat(l.address().url()).isEqualTo("postgresql://db.shop:6432/rapport?user=ana&sslmode=verify-full");
            assertThat(l.password()).isEmpty();
            assertThat(l.remember()).as("nothing to remember without a password").isFalse();
        });
        assertThat(model.formError.get()).isEmpty();

        TeamBookViewModel again = new TeamBookViewModel("bo");
        again.fill(TeamBookAddress.parse("postgresql://db.shop:6432/books?user=marta&sslmode=require", "x"));
        assertThat(again.login()).hasValueSatisfying(l -> assertThat(l.address().url())
                .isEqualTo("postgresql://db.shop:6432/books?user=marta&sslmode=require"));
    }
}
