package app.rapport.ui.welcome;

import app.rapport.ui.Navigator;
import app.rapport.ui.Screen;
import app.rapport.ui.Views;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;

/**
 * The first start on an empty book: add a client, import clients from a spreadsheet or an address
 * book, import a Rapport book, or explore a sample one.
 */
public final class WelcomeController implements Screen {
    private final Navigator navigator;
    private final Parent view;

    @FXML
    private Button addFirstClientButton;

    public WelcomeController(Navigator navigator) {
        this.navigator = navigator;
        this.view = Views.load(this);
    }

    @FXML
    private void handleAddFirstClient() {
        navigator.newClient();
    }

    @FXML
    private void handleImportClients() {
        navigator.importClients();
    }

    @FXML
    private void handleImport() {
        navigator.importBook();
    }

    @FXML
    private void handleExploreSample() {
        navigator.exploreSample();
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public void refresh() {
        // Nothing to reload: the main window leaves this screen once the book has clients.
    }

    @Override
    public void focusFirst() {
        addFirstClientButton.requestFocus();
    }
}
