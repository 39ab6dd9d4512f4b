package app.rapport.service;

import app.rapport.model.Interaction;
import app.rapport.store.BookStore;
import app.rapport.store.BookTx;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Logging, editing and deleting points of connection. Each change is one transaction. */
public final class ContactService {
    /** The id to give a contact that is not logged yet; {@link #log} replaces it. */
    public static final String NEW_ID = "new";

    private final BookStore store;
    private final Identity identity;

    /** Contacts logged here are by {@code identity} (unless the draft names who logged it). */
    public ContactService(BookStore store, Identity identity) {
        this.store = store;
        this.identity = identity;
    }

    public Interaction log(Interaction draft) {
        return store.write(tx -> {
            requireClient(tx, draft.clientId());
            Interaction logged = NEW_ID.equals(draft.id()) ? draft.withId(tx.interactions().nextId()) : draft;
            if (logged.by() == null) {
                logged = logged.withBy(identity.name());
            }
            tx.interactions().insert(logged);
            return logged;
        });
    }

    /**
     * Logs a contact a script gives ({@code rapport log}), checked as the form checks it: nothing is
     * written when a value is refused or the client is not in the book.
     *
     * @param now the time on this computer, for a contact with no time and the check of the future
     */
    public Interaction log(ContactScript script, LocalDateTime now) {
        Interaction draft = script.draft(now);
        return store.write(tx -> {
            if (!tx.clients().exists(draft.clientId())) {
                throw new ServiceException("There is no client \"" + draft.clientId() + "\" in the book.");
            }
            Interaction logged = draft.withId(tx.interactions().nextId()).withBy(identity.name());
            tx.interactions().insert(logged);
            return logged;
        });
    }

    /**
     * Saves an edited contact. Its outside reference and who logged it are kept when the edit
     * carries none (the form does not show them): an imported sale stays known to the next import.
     */
    public Interaction update(Interaction interaction) {
        return store.write(tx -> {
            requireClient(tx, interaction.clientId());
            Interaction saved = interaction;
            Optional<Interaction> before = tx.interactions().find(interaction.id());
            if (before.isPresent()) {
                saved = saved.withRef(saved.ref() != null ? saved.ref() : before.get().ref())
                        .withBy(saved.by() != null ? saved.by() : before.get().by());
            }
            tx.interactions().update(saved);
            return saved;
        });
    }

    public void delete(String id) {
        store.writeVoid(tx -> tx.interactions().delete(id));
    }

    public List<Interaction> timeline(String clientId) {
        return store.read(tx -> tx.interactions().forClient(clientId));
    }

    private static void requireClient(BookTx tx, String clientId) {
        if (!tx.clients().exists(clientId)) {
            throw new ServiceException("That client is no longer in the book.");
        }
    }
}
