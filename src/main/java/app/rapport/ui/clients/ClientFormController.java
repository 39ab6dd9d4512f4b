package app.rapport.ui.clients;

import app.rapport.model.Channel;
import app.rapport.model.Client;
import app.rapport.model.ClientRef;
import app.rapport.model.Tier;
import app.rapport.model.Versioned;
import app.rapport.service.ClientService;
import app.rapport.service.OpenBook;
import app.rapport.ui.ClientAutoComplete;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.FormDialog;
import app.rapport.ui.Formats;
import app.rapport.ui.SaveConflicts;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.TierNames;
import app.rapport.ui.Views;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The client form, for a new client or an existing one. A save someone else's change came before
 * keeps the owner's edits on the form and asks what to do with them ({@link SaveConflicts}).
 */
public final class ClientFormController {

    private final OpenBook book;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final ClientFormViewModel model;
    private final Parent view;

    @FXML
    private Label formError;
    @FXML
    private TextField firstNameField;
    @FXML
    private TextField lastNameField;
    @FXML
    private TextField companyField;
    @FXML
    private Label nameError;
    @FXML
    private TextField titleField;
    @FXML
    private TextField emailsField;
    @FXML
    private Label emailsError;
    @FXML
    private TextField phonesField;
    @FXML
    private ComboBox<Channel> channelBox;
    @FXML
    private CheckBox doNotContactBox;
    @FXML
    private TextArea streetField;
    @FXML
    private TextField cityField;
    @FXML
    private TextField regionField;
    @FXML
    private TextField postalCodeField;
    @FXML
    private TextField countryField;
    @FXML
    private ComboBox<String> tierBox;
    @FXML
    private DatePicker clientSincePicker;
    @FXML
    private Label clientSinceError;
    @FXML
    private TextField referredByField;
    @FXML
    private Label referredByError;
    @FXML
    private ComboBox<Integer> birthdayDayBox;
    @FXML
    private ComboBox<Month> birthdayMonthBox;
    @FXML
    private TextField birthdayYearField;
    @FXML
    private Label birthdayError;
    @FXML
    private TextField tagsField;
    @FXML
    private TextArea notesArea;

    /** @param existing the client to edit, with the version it was read at; null for a new client */
    public ClientFormController(Versioned<Client> existing, OpenBook book, TaskRunner runner, Dialogs dialogs,
            Clock clock) {
        this.book = book;
        this.runner = runner;
        this.dialogs = dialogs;
        this.model = new ClientFormViewModel(existing, LocalDate.now(clock));
        this.view = Views.load(this);
    }

    @FXML
    private void initialize() {
        bind(firstNameField, model.firstName);
        bind(lastNameField, model.lastName);
        bind(companyField, model.company);
        bind(titleField, model.title);
        bind(emailsField, model.emails);
        bind(phonesField, model.phones);
        bind(streetField, model.street);
        bind(cityField, model.city);
        bind(regionField, model.region);
        bind(postalCodeField, model.postalCode);
        bind(countryField, model.country);
        bind(birthdayYearField, model.birthdayYear);
        bind(tagsField, model.tags);
        bind(referredByField, model.referredByText);
        bind(notesArea, model.notes);
        doNotContactBox.selectedProperty().bindBidirectional(model.doNotContact);
        message(formError, model.formError);
        message(nameError, model.nameError);
        message(emailsError, model.emailsError);
        message(birthdayError, model.birthdayError);
        message(clientSinceError, model.clientSinceError);
        message(referredByError, model.referredByError);
        setUpChoices();
        setUpClientSince();
        ClientAutoComplete.attach(referredByField, model.referrers);
    }

    private static void bind(TextInputControl field, StringProperty property) {
        field.textProperty().bindBidirectional(property);
    }

    private void message(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.textProperty().addListener((obs, old, now) -> Platform.runLater(this::makeRoom));
    }

    /**
     * Makes room for a message that appeared under a field: the dialog grows by what the form now
     * needs (up to the screen's height) instead of squeezing the message into one cut-off line.
     */
    private void makeRoom() {
        Window window = view.getScene() == null ? null : view.getScene().getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        double missing = view.prefHeight(view.getLayoutBounds().getWidth()) - view.getLayoutBounds().getHeight();
        if (missing <= 0.5) {
            return;
        }
        Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                window.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double width = window.getWidth();
        double height = Math.min(window.getHeight() + missing, screen.getHeight());
        // A new height alone left the dialog as it was under GTK ("gtk_window_resize: assertion 'width > 0'
        // failed"): sized to its scene first, then to the size wanted, it grows.
        window.sizeToScene();
        window.setWidth(width);
        window.setHeight(height);
        if (window.getY() + height > screen.getMaxY()) {
            window.setY(Math.max(screen.getMinY(), screen.getMaxY() - height));
        }
    }

    private void setUpChoices() {
        channelBox.getItems().setAll(Channel.values());
        channelBox.getItems().add(0, null);
        channelBox.setConverter(converter(c -> c == null ? "No preference" : c.label()));
        channelBox.valueProperty().bindBidirectional(model.preferredChannel);
        tierBox.setItems(model.tiers);
        tierBox.setConverter(converter(TierNames::display));
        tierBox.valueProperty().bindBidirectional(model.tier);
        birthdayDayBox.getItems().add(null);
        IntStream.rangeClosed(1, 31).forEach(birthdayDayBox.getItems()::add);
        birthdayDayBox.valueProperty().bindBidirectional(model.birthdayDay);
        birthdayMonthBox.getItems().add(null);
        birthdayMonthBox.getItems().addAll(Month.values());
        birthdayMonthBox.setConverter(converter(m -> m == null ? ""
                : m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
        birthdayMonthBox.valueProperty().bindBidirectional(model.birthdayMonth);
    }

    private void setUpClientSince() {
        Formats.dateEntry(clientSincePicker);
        StringConverter<LocalDate> dates = clientSincePicker.getConverter();
        clientSincePicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return dates.toString(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    LocalDate date = text == null || text.isBlank() ? null : dates.fromString(text);
                    model.clientSinceUnreadable.set(false);
                    return date;
                } catch (RuntimeException e) {
                    model.clientSinceUnreadable.set(true);
                    return model.clientSince.get();
                }
            }
        });
        clientSincePicker.valueProperty().bindBidirectional(model.clientSince);
        clientSincePicker.getEditor().textProperty().addListener((obs, old, now) -> {
            try {
                if (now != null && !now.isBlank()) {
                    dates.fromString(now);
                }
                model.clientSinceUnreadable.set(false);
            } catch (RuntimeException e) {
                model.clientSinceUnreadable.set(true);
            }
        });
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /** Shows the form; returns the client as saved, or empty when the owner cancelled. */
    public Optional<Client> showAndWait(Window owner) {
        FormDialog<Client> form = new FormDialog<>(model.isNew() ? "New client" : "Edit client",
                model.isNew() ? "Add client" : "Save", view);
        runner.run(() -> new Choices(book.settings().load().tiers().stream().map(Tier::name).toList(),
                book.clients().refs(true)), choices -> {
                    model.setTiers(choices.tiers());
                    model.setReferrers(choices.refs());
                }, e -> model.formError.set(ErrorMessages.plain(e)));
        Platform.runLater(firstNameField::requestFocus);
        form.whenFailed(e -> SaveConflicts.ask(e, dialogs, version -> {
            model.saveOver(version);
            form.saveButton().fire();
        }, this::loadTheirs));
        return form.showAndWait(owner, runner, this::saveWork, model.formError);
    }

    /** Puts the client as the book has it now on the form, in place of the owner's edits. */
    private void loadTheirs() {
        runner.run(() -> book.clients().findForEditing(model.clientId()),
                theirs -> theirs.ifPresentOrElse(model::reload,
                        () -> model.formError.set(ClientService.DELETED_MEANWHILE)),
                e -> model.formError.set(ErrorMessages.plain(e)));
    }

    private record Choices(List<String> tiers, List<ClientRef> refs) {
    }

    private Optional<Callable<Client>> saveWork() {
        clientSincePicker.setValue(clientSincePicker.getConverter()
                .fromString(clientSincePicker.getEditor().getText()));
        return model.toClient().map(client -> model.isNew()
                ? () -> book.clients().add(client)
                : () -> book.clients().update(client, model.version()));
    }

    /** The model behind the form (for tests). */
    ClientFormViewModel model() {
        return model;
    }
}
