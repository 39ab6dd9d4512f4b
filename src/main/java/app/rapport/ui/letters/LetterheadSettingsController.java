package app.rapport.ui.letters;

import app.rapport.service.LetterheadService;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.Views;
import java.nio.file.Path;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** The Settings section for the letterhead's logo: choose a picture, or remove it. */
public final class LetterheadSettingsController {
    private final LetterheadService letterhead;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Parent view;

    @FXML
    private Label logoStatus;
    @FXML
    private Button chooseLogoButton;
    @FXML
    private Button removeLogoButton;

    public LetterheadSettingsController(LetterheadService letterhead, TaskRunner runner, Dialogs dialogs) {
        this.letterhead = letterhead;
        this.runner = runner;
        this.dialogs = dialogs;
        this.view = Views.load(this);
        runner.run(letterhead::logoFile, this::show, e -> logoStatus.setText(ErrorMessages.plain(e)));
    }

    public Parent view() {
        return view;
    }

    private void show(Optional<Path> logo) {
        logoStatus.setText(logo.map(p -> "Your logo is on the letterhead.").orElse("No logo."));
        removeLogoButton.setDisable(logo.isEmpty());
    }

    @FXML
    private void handleChoose() {
        dialogs.chooseFileToOpen("Choose a logo", "Pictures (PNG, JPEG)", "png,jpg,jpeg").ifPresent(file ->
                runner.run(() -> Optional.of(letterhead.setLogo(file)), this::show,
                        e -> dialogs.error("That picture cannot be the logo", ErrorMessages.plain(e))));
    }

    @FXML
    private void handleRemove() {
        runner.run(() -> {
            letterhead.removeLogo();
            return Optional.<Path>empty();
        }, this::show, e -> dialogs.error("The logo was not removed", ErrorMessages.plain(e)));
    }
}
