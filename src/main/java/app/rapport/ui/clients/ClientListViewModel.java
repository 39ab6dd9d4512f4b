package app.rapport.ui.clients;

import app.rapport.model.ClientQuery;
import app.rapport.model.ClientRow;
import app.rapport.model.ClientsBehind;
import app.rapport.model.Tier;
import app.rapport.service.ClientService;
import app.rapport.service.PlanningService.ClientPlan;
import app.rapport.service.SettingsService;
import app.rapport.ui.Formats;
import app.rapport.ui.TaskRunner;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The client table's state: the query the owner typed and picked, and the rows it finds. */
public final class ClientListViewModel {
    private final ClientService clients;
    private final SettingsService bookSettings;
    private final TaskRunner runner;
    private final Consumer<Throwable> onFailure;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> tier = new SimpleObjectProperty<>();
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>();
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final ObservableList<ClientRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> tiers = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ClientsBehind> behind = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Map<String, ClientPlan>> plans = new SimpleObjectProperty<>(Map.of());
    private final Supplier<Map<String, ClientPlan>> planner;
    private long generation;

    public ClientListViewModel(ClientService clients, SettingsService bookSettings,
                               Supplier<Map<String, ClientPlan>> planner, TaskRunner runner,
                                       Consumer<Throwable> onFailure) {
        this.clients = clients;
        this.bookSettings = bookSettings;
        this.planner = planner;
        this.runner = runner;
        this.onFailure = onFailure;
    }

    /** The query; while the list shows the clients behind an Insight number, archived ones too (they count there). */
    public ClientQuery query() {
        return new ClientQuery(search.get(), tier.get(), tag.get(), showArchived.get() || behind.get() != null);
    }

    /**
     * Runs the query in the background (within the clients behind a number, when so filtered); only the newest answer
     * is shown.
     */
    public void refresh() {
        ClientQuery query = query();
        ClientsBehind only = behind.get();
        long asked = ++generation;
        runner.run(() -> {
            List<ClientRow> found = clients.search(query);
            if (only == null) {
                return found;
            }
            Set<String> ids = new HashSet<>(only.clientIds());
            return found.stream().filter(r -> ids.contains(r.id())).toList();
        }, found -> {
            if (asked == generation) {
                rows.setAll(found);
                summary.set(summarise(query, found));
            }
        }, onFailure);
    }

    /**
     * Shows only the clients behind one of Insight's numbers, with its banner ({@code null}: every
     * client again); the rows are found again when it changes.
     */
    public void filter(ClientsBehind clientsBehind) {
        if (!Objects.equals(clientsBehind, behind.get())) {
            behind.set(clientsBehind);
            refresh();
        }
    }

    /** The clients behind an Insight number the list is filtered to, or null for every client. */
    public ReadOnlyObjectProperty<ClientsBehind> behindProperty() {
        return behind.getReadOnlyProperty();
    }

    /** Re-plans every client in the background for the health and next follow-up columns. */
    public void loadPlans() {
        runner.run(planner::get, plans::set, onFailure);
    }

    /** The client's plan, when it is loaded and the client is active. */
    public ClientPlan plan(String clientId) {
        return plans.get().get(clientId);
    }

    public ObjectProperty<Map<String, ClientPlan>> plans() {
        return plans;
    }

    /** Reloads the tiers and tags the filters offer. */
    public void loadFilters() {
        runner.run(() -> new Filters(bookSettings.load().tiers().stream().map(Tier::name).toList(), clients.tags()),
                filters -> {
                    tiers.setAll(filters.tiers());
                    tags.setAll(filters.tags());
                    if (tag.get() != null && !filters.tags().contains(tag.get())) {
                        tag.set(null);
                    }
                }, onFailure);
    }

    private record Filters(List<String> tiers, List<String> tags) {
    }

    private static String summarise(ClientQuery query, List<ClientRow> found) {
        boolean filtered = !query.text().isEmpty() || query.tier() != null || query.tag() != null;
        String count = Formats.count(found.size(), "client", "clients");
        return filtered ? count + " found" : count;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<String> tierProperty() {
        return tier;
    }

    public ObjectProperty<String> tagProperty() {
        return tag;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public ObservableList<ClientRow> rows() {
        return rows;
    }

    public ObservableList<String> tiers() {
        return tiers;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
