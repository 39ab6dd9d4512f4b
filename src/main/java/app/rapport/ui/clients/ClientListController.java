package app.rapport.ui.clients;

import app.rapport.model.ClientRow;
import app.rapport.model.ClientsBehind;
import app.rapport.service.OpenBook;
import app.rapport.service.PlanningService.ClientPlan;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.Formats;
import app.rapport.ui.Navigator;
import app.rapport.ui.Screen;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.TierNames;
import app.rapport.ui.Views;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** The Clients screen: search as you type, filters, and a table that stays smooth with 50,000 rows. */
public final class ClientListController implements Screen {
    static final String ARCHIVED_ROW = "archived-row";
    static final String DO_NOT_CONTACT_ROW = "do-not-contact-row";
    /**
     * The widest the Name column grows to show the longest name whole: with the other columns at
     * their least, the table still fits a window 1180 px wide (the columns never scroll sideways).
     */
    static final double MAX_NAME_WIDTH = 280;

    private final ClientListViewModel model;
    private final Navigator navigator;
    private final Clock clock;
    private final Parent view;
    private final PauseTransition typing = new PauseTransition(Duration.millis(150));

    @FXML
    private Label countLabel;
    @FXML
    private HBox filterBanner;
    @FXML
    private Label filterLabel;
    @FXML
    private TextField searchField;
    @FXML
    private ComboBox<String> tierFilter;
    @FXML
    private ComboBox<String> tagFilter;
    @FXML
    private CheckBox archivedToggle;
    @FXML
    private Button logContactButton;
    @FXML
    private Button newClientButton;
    @FXML
    private TableView<ClientRow> table;
    @FXML
    private TableColumn<ClientRow, String> nameColumn;
    @FXML
    private TableColumn<ClientRow, String> companyColumn;
    @FXML
    private TableColumn<ClientRow, String> tierColumn;
    @FXML
    private TableColumn<ClientRow, LocalDate> lastContactColumn;
    @FXML
    private TableColumn<ClientRow, Long> daysSinceColumn;
    @FXML
    private TableColumn<ClientRow, String> tagsColumn;
    @FXML
    private TableColumn<ClientRow, ClientPlan> healthColumn;
    @FXML
    private TableColumn<ClientRow, ClientPlan> nextColumn;

    public ClientListController(OpenBook services, TaskRunner runner, Clock clock, Navigator navigator) {
        this.navigator = navigator;
        this.clock = clock;
        this.model = new ClientListViewModel(services.clients(), services.settings(),
                () -> services.planning().overview().clients(), runner,
                e -> navigator.status(ErrorMessages.plain(e)));
        this.view = Views.load(this);
        model.loadFilters();
        model.refresh();
        model.loadPlans();
    }

    @FXML
    private void initialize() {
        countLabel.textProperty().bind(model.summaryProperty());
        searchField.textProperty().bindBidirectional(model.searchProperty());
        typing.setOnFinished(e -> model.refresh());
        model.searchProperty().addListener((obs, old, now) -> typing.playFromStart());
        FilterChoice.bind(tierFilter, "All tiers", model.tiers(), model.tierProperty(), TierNames::display);
        FilterChoice.bind(tagFilter, "All tags", model.tags(), model.tagProperty(), t -> t);
        archivedToggle.selectedProperty().bindBidirectional(model.showArchivedProperty());
        model.tierProperty().addListener((obs, old, now) -> model.refresh());
        model.tagProperty().addListener((obs, old, now) -> model.refresh());
        model.showArchivedProperty().addListener((obs, old, now) -> model.refresh());
        var filtered = model.behindProperty().isNotNull();
        filterBanner.visibleProperty().bind(filtered);
        filterBanner.managedProperty().bind(filtered);
        filterLabel.textProperty().bind(Bindings.createStringBinding(() -> model.behindProperty().get() == null ? ""
                : model.behindProperty().get().banner(), model.behindProperty()));
        archivedToggle.disableProperty().bind(filtered); // the clients behind a number include archived ones
        setUpTable();
        setUpKeys();
        logContactButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    }

    private void setUpTable() {
        SortedList<ClientRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("No clients to show. Change the search or filters, or add a client (Ctrl+N)."));
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().displayName()));
        nameColumn.setComparator(String.CASE_INSENSITIVE_ORDER);
        companyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().company()));
        companyColumn.setComparator(String.CASE_INSENSITIVE_ORDER);
        FitColumn<ClientRow> names = new FitColumn<>(nameColumn, ClientRow::displayName, MAX_NAME_WIDTH);
        model.rows().addListener((ListChangeListener<ClientRow>) c -> names.fit(model.rows()));
        tierColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(TierNames.display(c.getValue().tier())));
        lastContactColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastContact()));
        lastContactColumn.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        lastContactColumn.setCellFactory(col -> textCell(Formats::date));
        daysSinceColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(daysSince(c.getValue())));
        daysSinceColumn.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        daysSinceColumn.setCellFactory(col -> textCell(d -> d == null ? "" : String.valueOf(d)));
        tagsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.join(", ", c.getValue().tags())));
        PlanColumns.install(healthColumn, nextColumn, model, () -> LocalDate.now(clock));
        model.plans().addListener((obs, old, now) -> table.refresh());
        table.setRowFactory(t -> {
            TableRow<ClientRow> row = new TableRow<>() {
                @Override
                protected void updateItem(ClientRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll(ARCHIVED_ROW, DO_NOT_CONTACT_ROW);
                    if (!empty && item != null && item.archived()) {
                        getStyleClass().add(ARCHIVED_ROW);
                    } else if (!empty && item != null && item.doNotContact()) {
                        getStyleClass().add(DO_NOT_CONTACT_ROW);
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    navigator.showClient(row.getItem().id());
                }
            });
            return row;
        });
    }

    private static <T> TableCell<ClientRow, T> textCell(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : format.apply(item));
            }
        };
    }

    private Long daysSince(ClientRow row) {
        return row.lastContact() == null ? null : ChronoUnit.DAYS.between(row.lastContact(), LocalDate.now(clock));
    }

    private void setUpKeys() {
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                openSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
                searchField.clear();
                e.consume();
            }
        });
    }

    private void openSelected() {
        ClientRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            navigator.showClient(row.id());
        }
    }

    /**
     * Shows only the clients behind one of Insight's numbers, under a banner that says which, with
     * ways back to Insight and to every client; {@code null} shows every client again.
     */
    public void filter(ClientsBehind behind) {
        model.filter(behind);
    }

    @FXML
    private void handleBackToInsight() {
        navigator.showInsight();
    }

    @FXML
    private void handleShowAll() {
        model.filter(null);
    }

    @FXML
    private void handleNewClient() {
        navigator.newClient();
    }

    @FXML
    private void handleLogContact() {
        currentClientId().ifPresent(navigator::logContact);
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public void refresh() {
        model.loadFilters();
        model.refresh();
        model.loadPlans();
    }

    @Override
    public Optional<String> currentClientId() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(ClientRow::id);
    }

    @Override
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @Override
    public void focusFirst() {
        if (table.getItems().isEmpty()) {
            searchField.requestFocus();
        } else {
            table.requestFocus();
        }
    }
}
