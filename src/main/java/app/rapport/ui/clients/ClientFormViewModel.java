package app.rapport.ui.clients;

import app.rapport.model.Address;
import app.rapport.model.Birthday;
import app.rapport.model.Channel;
import app.rapport.model.Client;
import app.rapport.model.ClientRef;
import app.rapport.model.Email;
import app.rapport.model.InvalidValueException;
import app.rapport.model.Tier;
import app.rapport.model.Versioned;
import app.rapport.service.ClientService;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
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
 * The client form's state and validation, testable without a window. Messages appear next to
 * their fields: format problems as soon as they are typed, a missing name once the owner tries to save.
 */
public final class ClientFormViewModel {
    public static final String YEAR_MESSAGE = "Year must be four digits, like 1984";
    public static final String NO_SUCH_DAY = "That day does not exist in that month";
    public static final String DAY_AND_MONTH = "Choose both the day and the month";
    public static final String FUTURE_SINCE = "Client since cannot be in the future";
    public static final String BAD_SINCE = "Enter a date, like 2021-03-02";
    public static final String UNKNOWN_REFERRER = "Choose a client from the suggestions, or leave it empty";

    private Client original;
    /** The version {@link #original} was read at: the form saves at it. */
    private long version;
    private final LocalDate today;
    final StringProperty firstName = new SimpleStringProperty("");
    final StringProperty lastName = new SimpleStringProperty("");
    final StringProperty company = new SimpleStringProperty("");
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty emails = new SimpleStringProperty("");
    final StringProperty phones = new SimpleStringProperty("");
    final StringProperty street = new SimpleStringProperty("");
    final StringProperty city = new SimpleStringProperty("");
    final StringProperty region = new SimpleStringProperty("");
    final StringProperty postalCode = new SimpleStringProperty("");
    final StringProperty country = new SimpleStringProperty("");
    final ObjectProperty<Integer> birthdayDay = new SimpleObjectProperty<>();
    final ObjectProperty<Month> birthdayMonth = new SimpleObjectProperty<>();
    final StringProperty birthdayYear = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> clientSince = new SimpleObjectProperty<>();
    /** True while the date field holds text that is not a date. */
    final BooleanProperty clientSinceUnreadable = new SimpleBooleanProperty(false);
    final ObjectProperty<String> tier = new SimpleObjectProperty<>();
    final StringProperty tags = new SimpleStringProperty("");
    final StringProperty referredByText = new SimpleStringProperty("");
    final ObjectProperty<Channel> preferredChannel = new SimpleObjectProperty<>();
    final BooleanProperty doNotContact = new SimpleBooleanProperty(false);
    final StringProperty notes = new SimpleStringProperty("");
    final BooleanProperty triedToSave = new SimpleBooleanProperty(false);
    final StringProperty formError = new SimpleStringProperty("");
    final ObservableList<ClientRef> referrers = FXCollections.observableArrayList();
    final ObservableList<String> tiers = FXCollections.observableArrayList();

    final StringBinding nameError;
    final StringBinding emailsError;
    final StringBinding birthdayError;
    final StringBinding clientSinceError;
    final StringBinding referredByError;
    final BooleanBinding valid;

    /** @param existing the client to edit, with the version it was read at; null for a new client */
    public ClientFormViewModel(Versioned<Client> existing, LocalDate today) {
        this.today = today;
        if (existing != null) {
            original = existing.value();
            version = existing.version();
            load(original);
        } else {
            tier.set(Tier.DEFAULT_NAME);
        }
        nameError = Bindings.createStringBinding(() -> triedToSave.get() && firstName.get().isBlank()
                && lastName.get().isBlank() && company.get().isBlank() ? Client.NAME_OR_COMPANY_REQUIRED : "",
                triedToSave, firstName, lastName, company);
        emailsError = Bindings.createStringBinding(() -> splitEmails(emails.get()).stream()
                .filter(e -> !Email.isValid(e)).findFirst()
                .map(bad -> Email.INVALID_MESSAGE + " (\"" + bad + "\")").orElse(""), emails);
        birthdayError = Bindings.createStringBinding(this::checkBirthday, birthdayDay, birthdayMonth, birthdayYear);
        clientSinceError = Bindings.createStringBinding(() -> clientSinceUnreadable.get() ? BAD_SINCE
                : clientSince.get() != null && clientSince.get().isAfter(today) ? FUTURE_SINCE : "",
                clientSince, clientSinceUnreadable);
        referredByError = Bindings.createStringBinding(() -> !referredByText.get().isBlank()
                && referrer().isEmpty() ? UNKNOWN_REFERRER : "", referredByText, referrers);
        valid = Bindings.createBooleanBinding(() -> !(firstName.get().isBlank() && lastName.get().isBlank()
                && company.get().isBlank()) && emailsError.get().isEmpty() && birthdayError.get().isEmpty()
                && clientSinceError.get().isEmpty() && referredByError.get().isEmpty(),
                firstName, lastName, company, emailsError, birthdayError, clientSinceError, referredByError);
    }

    private void load(Client c) {
        firstName.set(c.firstName());
        lastName.set(c.lastName());
        company.set(c.company());
        title.set(c.title());
        emails.set(String.join(", ", c.emails()));
        phones.set(String.join(", ", c.phones()));
        street.set(c.address().street());
        city.set(c.address().city());
        region.set(c.address().region());
        postalCode.set(c.address().postalCode());
        country.set(c.address().country());
        Birthday b = c.birthday();
        birthdayDay.set(b == null ? null : b.day());
        birthdayMonth.set(b == null ? null : Month.of(b.month()));
        birthdayYear.set(b == null || b.year() == null ? "" : String.valueOf(b.year()));
        clientSince.set(c.clientSince());
        tier.set(c.tier());
        tags.set(String.join(", ", c.tags()));
        preferredChannel.set(c.preferredChannel());
        doNotContact.set(c.doNotContact());
        notes.set(c.notes());
    }

    /** The version the client was read at, which the form saves at. */
    public long version() {
        return version;
    }

    /** Saves the owner's edits over the newer version of the client, {@code current}, at the next save. */
    public void saveOver(long current) {
        version = current;
    }

    /** Puts the newer version of the client on the form, in place of the owner's edits, to save at its version. */
    public void reload(Versioned<Client> theirs) {
        original = theirs.value();
        version = theirs.version();
        load(original);
        referredByText.set(referrers.stream().filter(r -> r.id().equals(original.referredBy())).findFirst()
                .map(ClientRef::displayName).orElse(""));
        formError.set("");
    }

    /** Sets the clients that can be chosen as referrer (not this one) and shows the current referrer's name. */
    public void setReferrers(List<ClientRef> refs) {
        String self = original == null ? null : original.id();
        referrers.setAll(refs.stream().filter(r -> !r.id().equals(self)).toList());
        if (original != null && original.referredBy() != null && referredByText.get().isBlank()) {
            refs.stream().filter(r -> r.id().equals(original.referredBy())).findFirst()
                    .ifPresent(r -> referredByText.set(r.displayName()));
        }
    }

    public void setTiers(List<String> names) {
        tiers.setAll(names);
    }

    /** The referrer whose name is typed, if exactly one client has that name (else the first listed). */
    Optional<ClientRef> referrer() {
        String typed = referredByText.get().strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        if (original != null && original.referredBy() != null) {
            Optional<ClientRef> kept = referrers.stream()
                    .filter(r -> r.id().equals(original.referredBy()) && r.displayName().equals(typed)).findFirst();
            if (kept.isPresent()) {
                return kept;
            }
        }
        return referrers.stream().filter(r -> r.displayName().equalsIgnoreCase(typed)).findFirst();
    }

    private String checkBirthday() {
        boolean any = birthdayDay.get() != null || birthdayMonth.get() != null || !birthdayYear.get().isBlank();
        if (!any) {
            return "";
        }
        if (birthdayDay.get() == null || birthdayMonth.get() == null) {
            return DAY_AND_MONTH;
        }
        String year = birthdayYear.get().strip();
        if (!year.isEmpty() && (!year.matches("\\d{4}") || Integer.parseInt(year) > today.getYear())) {
            return YEAR_MESSAGE;
        }
        try {
            birthday();
            return "";
        } catch (InvalidValueException e) {
            return NO_SUCH_DAY;
        }
    }

    private Birthday birthday() {
        if (birthdayDay.get() == null || birthdayMonth.get() == null) {
            return null;
        }
        String year = birthdayYear.get().strip();
        return new Birthday(year.isEmpty() ? null : Integer.valueOf(year), birthdayMonth.get().getValue(),
                birthdayDay.get());
    }

    /**
     * The client the form describes, or empty (with every message showing) when something needs fixing.
     */
    public Optional<Client> toClient() {
        triedToSave.set(true);
        if (!valid.get()) {
            return Optional.empty();
        }
        Client base = original;
        return Optional.of(new Client(base == null ? ClientService.NEW_ID : base.id(), firstName.get().strip(),
                lastName.get().strip(), company.get().strip(), title.get().strip(), splitEmails(emails.get()),
                split(phones.get(), "[,;\\n]+"),
                new Address(street.get().strip(), city.get().strip(), region.get().strip(), postalCode.get().strip(),
                        country.get().strip()),
                birthday(), clientSince.get(), base == null ? null : base.addedAt(), tier.get(),
                split(tags.get(), "[,;\\n]+"), referrer().map(ClientRef::id).orElse(null), preferredChannel.get(),
                doNotContact.get(), base != null && base.archived(), notes.get()));
    }

    public boolean isNew() {
        return original == null;
    }

    /** The id of the client edited; null for a new one. */
    String clientId() {
        return original == null ? null : original.id();
    }

    static List<String> splitEmails(String text) {
        return split(text, "[,;\\s]+");
    }

    private static List<String> split(String text, String separators) {
        return Arrays.stream(text.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
