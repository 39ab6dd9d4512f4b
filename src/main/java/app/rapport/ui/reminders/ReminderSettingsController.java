package app.rapport.ui.reminders;

import app.rapport.service.ReminderService;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.Views;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;

/**
 * The Settings section for the reminder and for Rapport on this computer: reminder on or off, "all
 * caught up" reminders, keep running when closed, start at log-in. Each switch applies at once.
 */
public final class ReminderSettingsController {
    private final ReminderService reminders;
    private final DesktopOptions desktop;
    private final TaskRunner runner;
    private final Parent view;
    private boolean loading;

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
    private Label reminderStatus;

    public ReminderSettingsController(ReminderService reminders, DesktopOptions desktop, TaskRunner runner) {
        this.reminders = reminders;
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
        load();
    }

    private void load() {
        runner.run(() -> new Loaded(reminders.choices(), desktop.startsAtLogin()), loaded -> {
            loading = true;
            remindDaily.setSelected(loaded.choices().enabled());
            remindWhenCaughtUp.setSelected(loaded.choices().whenCaughtUp());
            keepRunning.setSelected(desktop.keepsRunning());
            startAtLogin.setSelected(loaded.atLogin());
            loading = false;
        }, e -> reminderStatus.setText(ErrorMessages.plain(e)));
    }

    private record Loaded(ReminderService.Choices choices, boolean atLogin) {
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
