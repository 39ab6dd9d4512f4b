package app.rapport.ui.reminders;

import app.rapport.service.Identity;
import app.rapport.service.ReminderService;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.Views;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * The Settings section for the reminder and for Rapport on this computer: reminder on or off, "all
 * caught up" reminders, keep running when closed, start at log-in, and the name written on what is
 * logged here. Each switch applies at once; the name when Enter is pressed or the field is left.
 */
public final class ReminderSettingsController {
    private final ReminderService reminders;
    private final Identity identity;
    private final DesktopOptions desktop;
    private final TaskRunner runner;
    private final Parent view;
    private boolean loading;
    /** The name as last loaded or saved (null until loaded): Enter or leaving the field saves a change. */
    private String shownName;

    @FXML
    private CheckBox remindDaily;
    @FXML
    private CheckBox remindWhenCaughtUp;
    @FXML
    private CheckBox keepRunning;
    @FXML
    private Label trayNote;
    @FXML
    private CheckBox startAtLogin;
    @FXML
    private TextField nameField;
    @FXML
    private Label reminderStatus;

    public ReminderSettingsController(ReminderService reminders, Identity identity, DesktopOptions desktop,
            TaskRunner runner) {
        this.reminders = reminders;
        this.identity = identity;
        this.desktop = desktop;
        this.runner = runner;
        this.view = Views.load(this);
    }

    @FXML
    private void initialize() {
        remindWhenCaughtUp.disableProperty().bind(remindDaily.selectedProperty().not());
        trayNote.setVisible(!desktop.hasTray());
        trayNote.managedProperty().bind(trayNote.visibleProperty());
        ChangeListener<Boolean> choices = (obs, old, now) -> saveChoices();
        remindDaily.selectedProperty().addListener(choices);
        remindWhenCaughtUp.selectedProperty().addListener(choices);
        keepRunning.selectedProperty().addListener((obs, old, now) -> {
            if (!loading) {
                desktop.keepRunning(now);
                reminderStatus.setText(now ? "Rapport will keep running when you close its window."
                        : "Closing the window will quit Rapport.");
            }
        });
        startAtLogin.selectedProperty().addListener((obs, old, now) -> {
            if (!loading) {
                runner.run(() -> {
                    desktop.startAtLogin(now);
                    return now;
                }, on -> reminderStatus.setText(on ? "Rapport will start when you log in."
                        : "Rapport will no longer start when you log in."), e -> {
                            reminderStatus.setText("The start-up entry could not be changed: "
                                    + ErrorMessages.plain(e));
                            loading = true;
                            startAtLogin.setSelected(!now);
                            loading = false;
                        });
            }
        });
        nameField.setOnAction(e -> saveName());
        nameField.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                saveName();
            }
        });
        load();
    }

    private void load() {
        runner.run(() -> new Loaded(reminders.choices(), desktop.startsAtLogin(), identity.nameSetHere().orElse(""),
                Identity.systemUser()), loaded -> {
            loading = true;
            nameField.setText(loaded.name());
            nameField.setPromptText(loaded.systemUser());
            shownName = loaded.name();
            remindDaily.setSelected(loaded.choices().enabled());
            remindWhenCaughtUp.setSelected(loaded.choices().whenCaughtUp());
            keepRunning.setSelected(desktop.keepsRunning());
            startAtLogin.setSelected(loaded.atLogin());
            loading = false;
        }, e -> reminderStatus.setText(ErrorMessages.plain(e)));
    }

    private record Loaded(ReminderService.Choices choices, boolean atLogin, String name, String systemUser) {
    }

    private void saveName() {
        String typed = nameField.getText().strip();
        if (loading || shownName == null || typed.equals(shownName)) {
            return;
        }
        shownName = typed;
        runner.run(() -> {
            identity.rename(typed);
            return identity.name();
        }, now -> reminderStatus.setText("What you log at this computer now says “by " + now + "”."),
                e -> reminderStatus.setText(ErrorMessages.plain(e)));
    }

    private void saveChoices() {
        if (loading) {
            return;
        }
        ReminderService.Choices choices = new ReminderService.Choices(remindDaily.isSelected(),
                remindWhenCaughtUp.isSelected());
        runner.run(() -> {
            reminders.saveChoices(choices);
            return choices;
        }, saved -> reminderStatus.setText(saved.enabled() ? "The daily reminder is on."
                : "The daily reminder is off."),
                e -> reminderStatus.setText(ErrorMessages.plain(e)));
    }

    public Parent view() {
        return view;
    }
}
