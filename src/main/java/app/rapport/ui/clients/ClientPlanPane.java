package app.rapport.ui.clients;

import app.rapport.model.Decision;
import app.rapport.model.FollowUp;
import app.rapport.model.HealthScore;
import app.rapport.service.OpenBook;
import app.rapport.service.PlanningService.ClientPlan;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.Formats;
import app.rapport.ui.Icons;
import app.rapport.ui.Navigator;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.Theme;
import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The follow-up side of a client's page: their health band, open follow-ups, and the history of
 * done/snooze/skip decisions. Loads itself in the background.
 */
final class ClientPlanPane {
    static final String STYLE = "client-plan";
    static final String PLAN_LINE = "plan-line";

    private final String clientId;
    private final OpenBook book;
    private final TaskRunner runner;
    private final Navigator navigator;
    private final ZoneId zone;
    private final VBox box = new VBox(8);
    private final Label health = new Label();
    private final VBox open = new VBox(4);
    private final VBox history = new VBox(4);

    ClientPlanPane(String clientId, OpenBook book, TaskRunner runner, Navigator navigator, ZoneId zone) {
        this.clientId = clientId;
        this.book = book;
        this.runner = runner;
        this.navigator = navigator;
        this.zone = zone;
        box.getStyleClass().add(STYLE);
        health.getStyleClass().addAll(Theme.BADGE, Theme.HEALTH_BADGE);
        Button add = new Button("Add follow-up", Icons.icon(Material2AL.ADD_TASK));
        add.setMnemonicParsing(false);
        add.getStyleClass().add(Styles.SMALL);
        add.setId("addFollowUpButton");
        add.setOnAction(e -> navigator.addFollowUp(clientId));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label title = new Label("Follow-ups");
        title.getStyleClass().add(Theme.FIELD_CAPTION);
        HBox header = new HBox(8, title, health, grow, add);
        header.setAlignment(Pos.CENTER_LEFT);
        Label historyTitle = new Label("Decisions");
        historyTitle.getStyleClass().add(Theme.FIELD_CAPTION);
        open.setId("openFollowUps");
        history.setId("decisionHistory");
        box.getChildren().addAll(header, open, historyTitle, history);
    }

    Node node() {
        return box;
    }

    void refresh() {
        runner.run(() -> new Loaded(book.planning().client(clientId), book.followUps().history(clientId)), this::show,
                e -> navigator.status(ErrorMessages.plain(e)));
    }

    private record Loaded(Optional<ClientPlan> plan, List<Decision> history) {
    }

    private void show(Loaded loaded) {
        open.getChildren().clear();
        health.setVisible(loaded.plan().isPresent());
        loaded.plan().ifPresentOrElse(plan -> {
            HealthScore score = plan.health();
            health.setText(score.band().label() + " · " + score.score());
            Theme.clearHealth(health);
            health.getStyleClass().add(Theme.healthClass(score.band()));
            if (plan.open().isEmpty()) {
                open.getChildren().add(muted("Nothing planned."));
            }
            for (FollowUp f : plan.open()) {
                Label line = new Label(Formats.date(f.due()) + " — " + f.action().label() + ": " + f.reason(),
                        Icons.icon(Icons.of(f.action())));
                line.setWrapText(true);
                line.getStyleClass().add(PLAN_LINE);
                open.getChildren().add(line);
            }
        }, () -> open.getChildren()
                .add(muted("No follow-ups: archived and \"do not contact\" clients are left alone.")));
        history.getChildren().clear();
        if (loaded.history().isEmpty()) {
            history.getChildren().add(muted("None yet."));
        }
        for (Decision d : loaded.history()) {
            String when = Formats.date(d.at().atZone(zone).toLocalDate());
            String what = d.decision().label() + " " + d.rule().label().toLowerCase()
                    + (d.until() != null ? " until " + Formats.date(d.until()) : "")
                    + (d.reason().isBlank() ? "" : ": " + d.reason()) + (d.by() == null ? "" : " (" + d.by() + ")");
            Label line = new Label(when + " — " + what);
            line.setWrapText(true);
            line.getStyleClass().add(PLAN_LINE);
            history.getChildren().add(line);
        }
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Theme.MUTED);
        l.setWrapText(true);
        return l;
    }
}
