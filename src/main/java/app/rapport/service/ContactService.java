package app.rapport.service;

import app.rapport.model.Interaction;
import app.rapport.store.BookStore;
import app.rapport.store.BookTx;
import java.util.List;

/** Logging, editing and deleting points of connection. Each change is one transaction. */
public final class ContactService {
    /** The id to give a contact that is not logged yet; {@link #log} replaces it. */
    public static final String NEW_ID = "new";

    private final BookStore store;

    public ContactService(BookStore store) {
        this.store = store;
    }

    public Interaction log(Interaction draft) {
        return store.write(tx -> {
            requireClient(tx, draft.clientId());
            Interaction logged = NEW_ID.equals(draft.id()) ? draft.withId(tx.interactions().nextId()) : draft;
            tx.interactions().insert(logged);
            return logged;
        });
    }

    public Interaction update(Interaction interaction) {
        return store.write(tx -> {
            requireClient(tx, interaction.clientId());
            tx.interactions().update(interaction);
            return interaction;
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
