package app.rapport.ui.clients;

import app.rapport.model.Client;
import app.rapport.model.Interaction;
import app.rapport.model.Versioned;
import app.rapport.service.ClientDetails;
import app.rapport.ui.Formats;
import app.rapport.ui.TierNames;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A client's page: who they are, in the words of its header (name, title and company, tier, the
 * archived and do-not-contact badges), their notes, and the timeline of contacts; whether the page
 * has loaded (the buttons wait for it), and the words for deleting a contact.
 */
final class ClientDetailViewModel {
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tier = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper archived = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper doNotContact = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timelineCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ObservableList<Interaction> timeline = FXCollections.observableArrayList();
    private Client client;
    private long version;

    /** Shows the client as read from the book. */
    void show(ClientDetails details) {
        client = details.client();
        version = details.version();
        name.set(client.displayName());
        subtitle.set(subtitle(client));
        tier.set(TierNames.display(client.tier()));
        archived.set(client.archived());
        doNotContact.set(client.doNotContact());
        notes.set(client.notes());
        timeline.setAll(details.timeline());
        timelineCount.set(Formats.count(details.timeline().size(), "contact", "contacts"));
        loaded.set(true);
    }

    /** "Owner · Harbour Florist": the title, and the company when the name is a person's. */
    static String subtitle(Client c) {
        String company = c.firstName().isBlank() && c.lastName().isBlank() ? "" : c.company();
        return String.join(" · ", Stream.of(c.title(), company).filter(s -> !s.isBlank()).toList());
    }

    /** The contact in the timeline now that is {@code was} (read again), if it still is there. */
    Optional<Interaction> sameAs(Interaction was) {
        return was == null ? Optional.empty() : timeline.stream().filter(i -> i.id().equals(was.id())).findFirst();
    }

    /** A contact in words, for the question before deleting it: "visit of 21 Nov 2026 · 10:00". */
    static String describe(Interaction interaction) {
        return interaction.kind().label().toLowerCase(Locale.ROOT) + " of " + Formats.dateTime(interaction.at());
    }

    /** The client shown; null until the page has loaded. */
    Client client() {
        return client;
    }

    /** The client shown with the version it was read at, to edit; null until the page has loaded. */
    Versioned<Client> forEditing() {
        return client == null ? null : new Versioned<>(client, version);
    }

    ReadOnlyStringProperty name() {
        return name.getReadOnlyProperty();
    }

    ReadOnlyStringProperty subtitle() {
        return subtitle.getReadOnlyProperty();
    }

    ReadOnlyStringProperty tier() {
        return tier.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty archived() {
        return archived.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty doNotContact() {
        return doNotContact.getReadOnlyProperty();
    }

    ReadOnlyStringProperty notes() {
        return notes.getReadOnlyProperty();
    }

    ReadOnlyStringProperty timelineCount() {
        return timelineCount.getReadOnlyProperty();
    }

    /** Whether the client has been read: the page's buttons wait for it. */
    ReadOnlyBooleanProperty loaded() {
        return loaded.getReadOnlyProperty();
    }

    ObservableList<Interaction> timeline() {
        return timeline;
    }
}
