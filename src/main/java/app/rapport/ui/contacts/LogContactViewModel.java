package app.rapport.ui.contacts;

import app.rapport.model.Amount;
import app.rapport.model.ClientRef;
import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.InvalidValueException;
import app.rapport.service.ContactService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The log-a-contact form: kind, when (default now), who started it and how it went (both following
 * the kind until the owner picks: a complaint comes from the client and went badly), amount for
 * purchases, summary and notes.
 */
public final class LogContactViewModel {
    public static final String CHOOSE_CLIENT = "Choose a client from the suggestions";
    public static final String BAD_TIME = "Enter the time as HH:MM, like 14:30";
    public static final String NO_DATE = "Enter the date";
    public static final String FUTURE = "A contact cannot be in the future";
    public static final String BAD_AMOUNT = Amount.NOT_A_NUMBER;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    /** Accepts 9:30 as well as 09:30 (and 9.30). */
    private static final DateTimeFormatter H_MM = DateTimeFormatter.ofPattern("H:mm");

    private final Interaction original;
    private final LocalDateTime now;
    final ObservableList<ClientRef> clients = FXCollections.observableArrayList();
    final StringProperty clientText = new SimpleStringProperty("");
    final ObjectProperty<ClientRef> fixedClient = new SimpleObjectProperty<>();
    final ObjectProperty<InteractionKind> kind = new SimpleObjectProperty<>(InteractionKind.CALL);
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty time = new SimpleStringProperty("");
    final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(Direction.OUTBOUND);
    final ObjectProperty<Experience> experience = new SimpleObjectProperty<>(Experience.NEUTRAL);
    final StringProperty amount = new SimpleStringProperty("");
    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final StringProperty formError = new SimpleStringProperty("");
    final BooleanProperty triedToSave = new SimpleBooleanProperty(false);
    private boolean directionChosen;
    private boolean experienceChosen;
    /** How it went when the kind says nothing: neutral, or what the contact being edited says. */
    private Experience usualExperience = Experience.NEUTRAL;

    final StringBinding clientError;
    final StringBinding whenError;
    final StringBinding amountError;
    final BooleanBinding hasAmount;
    final BooleanBinding valid;

    public LogContactViewModel(Interaction existing, LocalDateTime now) {
        this.original = existing;
        this.now = now;
        date.set(now.toLocalDate());
        time.set(HH_MM.format(now));
        if (existing != null) {
            kind.set(existing.kind());
            date.set(existing.at().toLocalDate());
            time.set(HH_MM.format(existing.at()));
            direction.set(existing.direction());
            directionChosen = true;
            experience.set(existing.experience());
            usualExperience = existing.experience();
            experienceChosen = !isNew();
            amount.set(existing.amount() == null ? "" : existing.amount().toPlainString());
            summary.set(existing.summary());
            notes.set(existing.notes());
        }
        kind.addListener((obs, old, now2) -> {
            if (!directionChosen && now2 != null) {
                direction.set(now2.defaultDirection());
            }
            if (!experienceChosen && now2 != null) {
                experience.set(now2 == InteractionKind.COMPLAINT ? Experience.NEGATIVE : usualExperience);
            }
        });
        hasAmount = Bindings.createBooleanBinding(() -> kind.get() != null && kind.get().hasAmount(), kind);
        clientError = Bindings.createStringBinding(() -> triedToSave.get() && client().isEmpty() ? CHOOSE_CLIENT : "",
                triedToSave, clientText, fixedClient, clients);
        whenError = Bindings.createStringBinding(this::checkWhen, date, time);
        amountError = Bindings.createStringBinding(() -> hasAmount.get() ? Amount.problem(typedAmount()) : "",
                amount, hasAmount);
        valid = Bindings.createBooleanBinding(() -> client().isPresent() && whenError.get().isEmpty()
                && amountError.get().isEmpty(), clientText, fixedClient, clients, whenError, amountError);
    }

    /** The owner picked who started the contact; the kind no longer changes it. */
    public void chooseDirection(Direction value) {
        directionChosen = true;
        direction.set(value);
    }

    /** The owner picked how it went; the kind no longer changes it. */
    public void chooseExperience(Experience value) {
        experienceChosen = true;
        experience.set(value);
    }

    public void setClients(List<ClientRef> refs) {
        clients.setAll(refs);
    }

    /** The contact is with this client; no picker. */
    public void fixClient(ClientRef ref) {
        fixedClient.set(ref);
        clientText.set(ref.displayName());
    }

    Optional<ClientRef> client() {
        if (fixedClient.get() != null) {
            return Optional.of(fixedClient.get());
        }
        String typed = clientText.get().strip();
        return clients.stream().filter(r -> r.displayName().equalsIgnoreCase(typed)).findFirst();
    }

    private String checkWhen() {
        if (date.get() == null) {
            return NO_DATE;
        }
        Optional<LocalTime> t = parseTime();
        if (t.isEmpty()) {
            return BAD_TIME;
        }
        return LocalDateTime.of(date.get(), t.get()).isAfter(now.plusMinutes(5)) ? FUTURE : "";
    }

    private Optional<LocalTime> parseTime() {
        String s = time.get().strip().replace('.', ':');
        if (s.isEmpty()) {
            return Optional.of(LocalTime.NOON);
        }
        try {
            return Optional.of(LocalTime.parse(s, H_MM));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The amount as typed, with thousands separators taken out and a decimal comma made a point. */
    private String typedAmount() {
        String s = amount.get().strip().replace(" ", "");
        if (s.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            s = s.replace(",", "");
        } else if (s.matches("\\d+,\\d{1,3}")) {
            s = s.replace(',', '.');
        }
        return s;
    }

    /** The amount, within the model's limits ({@link Amount}), or empty. */
    private Optional<BigDecimal> parseAmount() {
        try {
            return Optional.ofNullable(Amount.parse("amount", typedAmount()));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** The contact as typed, or empty (with messages showing) when something needs fixing. */
    public Optional<Interaction> toInteraction() {
        triedToSave.set(true);
        if (!valid.get()) {
            return Optional.empty();
        }
        return Optional.of(new Interaction(original == null ? ContactService.NEW_ID : original.id(),
                client().orElseThrow().id(), LocalDateTime.of(date.get(), parseTime().orElseThrow()), kind.get(),
                direction.get(), experience.get(), hasAmount.get() ? parseAmount().orElse(null) : null,
                summary.get().strip(), notes.get()));
    }

    public boolean isNew() {
        return original == null || ContactService.NEW_ID.equals(original.id());
    }
}
