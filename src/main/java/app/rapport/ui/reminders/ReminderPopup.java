package app.rapport.ui.reminders;

import app.rapport.reminders.DaySummary;
import app.rapport.ui.Formats;
import app.rapport.ui.Icons;
import app.rapport.ui.Theme;
import app.rapport.ui.Views;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The daily reminder on screen (ControlsFX {@link Notifications}, styled like the app): the counts,
 * the first names, and "Open Today" and "Later". It stays until the owner answers or closes it.
 */
public final class ReminderPopup {
    public static final String STYLE_CLASS = "rapport-reminder";
    static final String COUNTS = "reminder-counts";
    static final String NAMES = "reminder-names";
    static final String BODY = "reminder-body";
    static final String ICON = "reminder-icon";
    private Stage anchored;
    static final String OPEN_TODAY = "Open Today";
    static final String LATER = "Later";

    /** What the popup's buttons do. */
    public interface Answers {
        void openToday();

        void later();
    }

    /** Shows the popup (FX thread), over {@code owner} when it is showing, else on the screen. */
    public void show(DaySummary summary, Window owner, Answers answers) {
        Label counts = new Label(summary.countsLine());
        counts.setId("reminderCounts");
        counts.getStyleClass().add(COUNTS);
        counts.setWrapText(true);
        Label names = new Label(summary.namesLine());
        names.setId("reminderNames");
        names.getStyleClass().add(NAMES);
        names.setWrapText(true);
        names.setVisible(!summary.namesLine().isEmpty());
        names.setManaged(names.isVisible());
        VBox body = new VBox(4, counts, names);
        body.setId("reminderBody");
        body.getStyleClass().add(BODY);
        body.setMaxWidth(380);

        Notifications popup = Notifications.create()
                .title("Rapport · " + Formats.date(summary.day()))
                .graphic(new HBox(10, Icons.icon(Material2OutlinedAL.ALARM, ICON), body))
                .text("")
                .position(Pos.TOP_RIGHT)
                .hideAfter(Duration.INDEFINITE)
                .styleClass(STYLE_CLASS)
                .action(new Action(OPEN_TODAY, e -> {
                    close(e);
                    answers.openToday();
                }), new Action(LATER, e -> {
                    close(e);
                    answers.later();
                }));
        if (owner != null && owner.isShowing() && !(owner instanceof Stage stage && stage.isIconified())) {
            popup.owner(owner);
        } else {
            // The window is hidden or minimised: the popup goes on the screen, over an invisible anchor.
            Stage anchor = new Stage(StageStyle.UTILITY);
            anchor.setOpacity(0);
            anchor.setWidth(1);
            anchor.setHeight(1);
            anchor.show();
            popup.owner(Screen.getPrimary());
            anchored = anchor;
        }
        popup.show();
        // The popup is a window of its own: give it the app's stylesheet.
        if (body.getScene() != null) {
            body.getScene().getStylesheets().add(Views.resource(Theme.class, Theme.STYLESHEET).toExternalForm());
            leaveTheKeyboardToTheWindow(body.getScene());
        }
    }

    /**
     * Keys pressed in a window go first to the focused control of a popup over it, and the popup's
     * buttons took them all: with the reminder up, the list's arrows, D, S, K and the menus'
     * shortcuts did nothing. The popup keeps no control focused: its buttons answer the mouse,
     * Escape puts it away (and Ctrl+1 opens Today, as ever).
     */
    private static void leaveTheKeyboardToTheWindow(Scene popup) {
        Parent root = popup.getRoot();
        root.requestFocus();
        popup.focusOwnerProperty().addListener((o, was, now) -> {
            if (now != null && now != root) {
                Platform.runLater(root::requestFocus);
            }
        });
    }

    private void close(ActionEvent e) {
        if (e.getSource() instanceof Node node && node.getScene() != null) {
            node.getScene().getWindow().hide();
        }
        if (anchored != null) {
            anchored.hide();
            anchored = null;
        }
    }
}
