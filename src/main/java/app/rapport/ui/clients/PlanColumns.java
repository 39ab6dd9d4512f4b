package app.rapport.ui.clients;

import app.rapport.model.ClientRow;
import app.rapport.model.FollowUp;
import app.rapport.service.PlanningService.ClientPlan;
import app.rapport.ui.Formats;
import app.rapport.ui.Icons;
import app.rapport.ui.Theme;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** The client table's health band and next follow-up, from the plans loaded in the background. */
final class PlanColumns {
    private PlanColumns() {
    }

    static void install(TableColumn<ClientRow, ClientPlan> health, TableColumn<ClientRow, ClientPlan> next,
                        ClientListViewModel model, Supplier<LocalDate> today) {
        health.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.plan(c.getValue().id())));
        health.setComparator(Comparator.nullsFirst(Comparator.comparingInt(p -> p.health().score())));
        health.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ClientPlan plan, boolean empty) {
                super.updateItem(plan, empty);
                Theme.clearHealth(this);
                if (empty || plan == null) {
                    setText(null);
                    return;
                }
                setText(plan.health().band().label());
                getStyleClass().add(Theme.healthClass(plan.health().band()));
                setTooltip(new Tooltip("Health " + plan.health().score() + " of 100"));
            }
        });
        next.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.plan(c.getValue().id())));
        next.setComparator(Comparator.nullsLast(Comparator.comparing(
                (ClientPlan p) -> p.next().map(FollowUp::due).orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder()))));
        next.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ClientPlan plan, boolean empty) {
                super.updateItem(plan, empty);
                FollowUp f = empty || plan == null ? null : plan.next().orElse(null);
                setText(f == null ? null : Formats.shortDate(f.due(), today.get()) + " · " + f.action().label());
                setGraphic(f == null ? null : Icons.icon(Icons.of(f.action())));
                setTooltip(f == null ? null : new Tooltip(f.reason()));
            }
        });
    }
}
