package app.rapport.ui.teambook;

import app.rapport.service.TeamBookAddress;
import app.rapport.ui.FormDialog;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.Views;
import app.rapport.ui.teambook.TeamBookViewModel.Login;
import app.rapport.ui.teambook.TeamBookViewModel.Tls;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * File ▸ Open a team book… and File ▸ Share this book…: where the team book is (server, port,
 * database, user, TLS) and its password when this computer has none for it. The dialog stays open,
 * with everything typed, until the book opens or the owner cancels; what went wrong is said in it.
 */
public final class TeamBookDialog {
    private final TeamBookViewModel model;
    private final String title;
    private final String action;
    private final Parent view;

    @FXML
    private Label intro;
    @FXML
    private Label formError;
    @FXML
    private TextField serverField;
    @FXML
    private TextField portField;
    @FXML
    private TextField databaseField;
    @FXML
    private TextField userField;
    @FXML
    private ComboBox<Tls> tlsBox;
    @FXML
    private PasswordField passwordField;
    @FXML
    private CheckBox rememberBox;

    /**
     * @param title the dialog's title ("Open a team book")
     * @param action its button ("Open")
     * @param introText a sentence or two above the fields
     * @param previous the team book opened last, to fill the form with, if any
     */
    public TeamBookDialog(String title, String action, String introText, String systemUser,
            Optional<TeamBookAddress> previous) {
        this.model = new TeamBookViewModel(systemUser);
        previous.ifPresent(model::fill);
        this.title = title;
        this.action = action;
        this.view = Views.load(this);
        intro.setText(introText);
    }

    @FXML
    private void initialize() {
        serverField.textProperty().bindBidirectional(model.server);
        portField.textProperty().bindBidirectional(model.port);
        databaseField.textProperty().bindBidirectional(model.database);
        userField.textProperty().bindBidirectional(model.user);
        tlsBox.getItems().setAll(Tls.values());
        tlsBox.valueProperty().bindBidirectional(model.tls);
        passwordField.textProperty().bindBidirectional(model.password);
        rememberBox.selectedProperty().bindBidirectional(model.remember);
        rememberBox.disableProperty().bind(model.password.isEmpty());
        formError.textProperty().bind(model.formError);
        formError.visibleProperty().bind(model.formError.isNotEmpty());
        formError.managedProperty().bind(formError.visibleProperty());
    }

    /**
     * Shows the dialog; {@code connect} runs in the background with what was typed and returns the
     * open book, or throws with the reason shown in the dialog. Returns the book, or empty when the
     * owner cancelled.
     */
    public <T> Optional<T> showAndWait(Window owner, TaskRunner runner, Function<Login, T> connect) {
        FormDialog<T> form = new FormDialog<>(title, action, view);
        Platform.runLater(() -> (model.server.get().isEmpty() ? serverField : passwordField).requestFocus());
        return form.showAndWait(owner, runner,
                () -> model.login().map(login -> (Callable<T>) () -> connect.apply(login)), model.formError);
    }

    TeamBookViewModel model() {
        return model;
    }

    Parent view() {
        return view;
    }
}
