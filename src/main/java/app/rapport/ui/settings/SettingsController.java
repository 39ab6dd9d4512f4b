package app.rapport.ui.settings;

import app.rapport.model.PageSize;
import app.rapport.model.RuleSettings;
import app.rapport.model.Settings;
import app.rapport.model.Versioned;
import app.rapport.service.SettingsService;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.Navigator;
import app.rapport.ui.SaveConflicts;
import app.rapport.ui.Screen;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.Theme;
import app.rapport.ui.TierNames;
import app.rapport.ui.Views;
import app.rapport.ui.settings.SettingsViewModel.TierRow;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.IntegerStringConverter;

/**
 * Settings: tiers, work days, every rule on or off with its numbers, letters. Saving re-plans at
 * once; a save someone else's change came before keeps the owner's edits and asks what to do with
 * them ({@link SaveConflicts}).
 */
public final class SettingsController implements Screen {
    static final String RULE_NAME = "rule-name";

    private final SettingsService bookSettings;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Navigator navigator;
    private final SettingsViewModel model = new SettingsViewModel();
    private final Parent view;
    private Map<String, Long> tierSizes = Map.of();

    @FXML
    private VBox settingsBody;
    @FXML
    private Label errorLabel;
    @FXML
    private Button saveButton;
    @FXML
    private TableView<TierRow> tierTable;
    @FXML
    private TableColumn<TierRow, String> tierNameColumn;
    @FXML
    private TableColumn<TierRow, Integer> tierCadenceColumn;
    @FXML
    private FlowPane workDaysBox;
    @FXML
    private GridPane rulesGrid;
    @FXML
    private TextField thresholdField;
    @FXML
    private TextField reminderField;
    @FXML
    private ComboBox<PageSize> paperBox;
    @FXML
    private TextField businessNameField;
    @FXML
    private TextField ownerNameField;
    @FXML
    private TextArea businessAddressArea;
    @FXML
    private TextField businessPhoneField;
    @FXML
    private TextArea signatureArea;

    /** @param extra sections shown after the book's own settings (letterhead, backups, this computer's choices) */
    public SettingsController(SettingsService bookSettings, TaskRunner runner, Dialogs dialogs, Navigator navigator,
            List<Parent> extra) {
        this.bookSettings = bookSettings;
        this.runner = runner;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.view = Views.load(this);
        settingsBody.getChildren().addAll(extra);
        refresh();
    }

    @FXML
    private void initialize() {
        errorLabel.textProperty().bind(model.error);
        errorLabel.visibleProperty().bind(model.error.isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        tierTable.setItems(model.tiers);
        tierTable.setEditable(true);
        tierNameColumn.setCellValueFactory(c -> c.getValue().nameProperty());
        tierNameColumn.setCellFactory(column -> tierNameCell());
        tierCadenceColumn.setCellValueFactory(c -> c.getValue().cadenceProperty().asObject());
        tierCadenceColumn.setCellFactory(TextFieldTableCell.forTableColumn(new IntegerStringConverter() {
            @Override
            public Integer fromString(String value) {
                try {
                    return super.fromString(value == null ? null : value.strip());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }));
        tierCadenceColumn.setOnEditCommit(e -> {
            if (e.getNewValue() != null && e.getNewValue() > 0) {
                e.getRowValue().cadenceProperty().set(e.getNewValue());
            }
            tierTable.refresh();
        });
        for (DayOfWeek d : DayOfWeek.values()) {
            CheckBox box = new CheckBox(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            box.setId("workDay" + d.getValue());
            box.selectedProperty().bindBidirectional(model.workDays.get(d));
            workDaysBox.getChildren().add(box);
        }
        buildRules();
        thresholdField.textProperty().bindBidirectional(model.threshold);
        reminderField.textProperty().bindBidirectional(model.reminderTime);
        paperBox.getItems().setAll(PageSize.LETTER_PAPERS);
        paperBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(PageSize paper) {
                return paper == null ? "" : paper.label();
            }

            @Override
            public PageSize fromString(String text) {
                return paperBox.getItems().stream().filter(p -> toString(p).equals(text)).findFirst().orElse(null);
            }
        });
        paperBox.valueProperty().bindBidirectional(model.paper);
        businessNameField.textProperty().bindBidirectional(model.businessName);
        ownerNameField.textProperty().bindBidirectional(model.ownerName);
        businessAddressArea.textProperty().bindBidirectional(model.businessAddress);
        businessPhoneField.textProperty().bindBidirectional(model.businessPhone);
        signatureArea.textProperty().bindBidirectional(model.signature);
    }

    /** A tier's name as the other screens write it ("Regular"); kept as stored when the owner leaves it so. */
    private static TextFieldTableCell<TierRow, String> tierNameCell() {
        TextFieldTableCell<TierRow, String> cell = new TextFieldTableCell<>();
        cell.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : TierNames.display(name);
            }

            @Override
            public String fromString(String typed) {
                return SettingsViewModel.nameAsTyped(cell.getItem(), typed);
            }
        });
        return cell;
    }

    private void buildRules() {
        int row = 0;
        for (RuleFields.Number n : RuleFields.GENERAL) {
            rulesGrid.addRow(row++, new Label(), new Label(n.label()), spinner(model.numbers.get(n.name()), n.name()));
        }
        for (RuleFields.Row r : RuleFields.ROWS) {
            CheckBox on = new CheckBox(r.rule().label());
            on.setId("rule" + r.rule().name());
            on.getStyleClass().add(RULE_NAME);
            on.selectedProperty().bindBidirectional(model.ruleOn.get(r.rule()));
            Label description = new Label(r.description());
            description.setWrapText(true);
            description.getStyleClass().add(Theme.MUTED);
            rulesGrid.add(on, 0, row);
            rulesGrid.add(description, 1, row++, 2, 1);
            for (RuleFields.Number n : r.numbers()) {
                Spinner<Integer> spinner = spinner(model.numbers.get(n.name()), n.name());
                spinner.disableProperty().bind(on.selectedProperty().not());
                rulesGrid.addRow(row++, new Label(), new Label(n.label()), spinner);
            }
        }
    }

    private static Spinner<Integer> spinner(IntegerProperty value, String id) {
        Spinner<Integer> spinner = new Spinner<>(id.equals("atRiskMultiple") ? 1 : 0,
                id.equals("atRiskMultiple") ? RuleSettings.MAX_AT_RISK_MULTIPLE : RuleSettings.MAX_DAYS, value.get());
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        spinner.setId(id);
        spinner.getValueFactory().valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                value.set(now);
            }
        });
        value.addListener((obs, old, now) -> spinner.getValueFactory().setValue(now.intValue()));
        return spinner;
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public void refresh() {
        runner.run(() -> new Loaded(bookSettings.loadForEditing(), bookSettings.tierSizes()), loaded -> {
            tierSizes = loaded.sizes();
            model.load(loaded.settings());
        }, e -> model.error.set(ErrorMessages.plain(e)));
    }

    private record Loaded(Versioned<Settings> settings, Map<String, Long> sizes) {
    }

    @Override
    public void focusFirst() {
        tierTable.requestFocus();
    }

    @FXML
    private void handleAddTier() {
        TierRow row = model.addTier();
        tierTable.getSelectionModel().select(row);
        tierTable.edit(tierTable.getItems().indexOf(row), tierNameColumn);
    }

    @FXML
    private void handleRemoveTier() {
        TierRow row = tierTable.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        if (model.tiers.size() == 1) {
            model.error.set(Settings.NO_TIERS);
            return;
        }
        long clients = row.original == null ? 0 : tierSizes.getOrDefault(row.original, 0L);
        if (clients == 0) {
            model.removeTier(row, null);
            return;
        }
        String name = TierNames.display(row.name.get());
        List<String> others = model.otherTiers(row);
        List<String> shown = others.stream().map(TierNames::display).toList();
        dialogs.choose("Remove the tier " + name, clients + (clients == 1 ? " client is " : " clients are ") + "in "
                        + name + ". Which tier should they move to? (They move when you save.)", shown, shown.get(0))
                .ifPresent(target -> model.removeTier(row, others.get(shown.indexOf(target))));
    }

    @FXML
    private void handleSave() {
        model.toSettings().ifPresent(settings -> {
            Map<String, String> moves = model.moves();
            saveButton.setDisable(true);
            runner.run(() -> {
                bookSettings.save(settings, moves, model.version());
                return settings;
            }, saved -> {
                saveButton.setDisable(false);
                navigator.status("Saved the settings. Today's list is planned again with them.");
                navigator.bookChanged();
                refresh();
            }, e -> {
                saveButton.setDisable(false);
                model.error.set(ErrorMessages.plain(e));
                SaveConflicts.ask(e, dialogs, version -> {
                    model.saveOver(version);
                    handleSave();
                }, this::refresh);
            });
        });
    }

    @FXML
    private void handleRevert() {
        refresh();
        navigator.status("Settings reverted to what is saved.");
    }

    /** The view-model (for tests). */
    SettingsViewModel model() {
        return model;
    }
}
