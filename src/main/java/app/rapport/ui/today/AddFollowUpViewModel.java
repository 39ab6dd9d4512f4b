package app.rapport.ui.today;

import app.rapport.model.ClientRef;
import app.rapport.model.FollowUpAction;
import app.rapport.model.ManualFollowUp;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The owner's own follow-up being added: client, action, due date, priority, note, with their checks. */
public final class AddFollowUpViewModel {
    public static final String CHOOSE_CLIENT = "Choose a client from the book";
    public static final String DUE_NOT_PAST = "Choose today or a later day";

    /** What the form produces once it is valid. */
    public record Draft(String clientId, FollowUpAction action, LocalDate due, int priority, String note) {
    }

    final ObservableList<ClientRef> clients = FXCollections.observableArrayList();
    final StringProperty clientText = new SimpleStringProperty("");
    final ObjectProperty<ClientRef> fixedClient = new SimpleObjectProperty<>();
    final ObjectProperty<FollowUpAction> action = new SimpleObjectProperty<>(FollowUpAction.CALL);
    final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    final IntegerProperty priority = new SimpleIntegerProperty(ManualFollowUp.DEFAULT_PRIORITY);
    final StringProperty note = new SimpleStringProperty("");
    final StringProperty formError = new SimpleStringProperty("");
    private final BooleanProperty triedToSave = new SimpleBooleanProperty(false);
    private final LocalDate today;
    final StringBinding clientError;
    final StringBinding dueError;

    public AddFollowUpViewModel(LocalDate today) {
        this.today = today;
        due.set(today.plusDays(1));
        clientError = Bindings.createStringBinding(() -> triedToSave.get() && client().isEmpty() ? CHOOSE_CLIENT : "",
                triedToSave, clientText, fixedClient, clients);
        dueError = Bindings.createStringBinding(() -> due.get() == null ? ManualFollowUp.DUE_REQUIRED
                : due.get().isBefore(today) ? DUE_NOT_PAST : "", due);
    }

    Optional<ClientRef> client() {
        if (fixedClient.get() != null) {
            return Optional.of(fixedClient.get());
        }
        String typed = clientText.get().strip();
        return clients.stream().filter(r -> r.displayName().equalsIgnoreCase(typed)).findFirst();
    }

    /** The follow-up to add, or empty (with messages showing) when something needs fixing. */
    public Optional<Draft> toDraft() {
        triedToSave.set(true);
        Optional<ClientRef> client = client();
        if (client.isEmpty() || !dueError.get().isEmpty() || action.get() == null) {
            return Optional.empty();
        }
        return Optional.of(new Draft(client.get().id(), action.get(), due.get(), priority.get(), note.get().strip()));
    }

    public LocalDate today() {
        return today;
    }
}
