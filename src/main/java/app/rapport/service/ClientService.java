package app.rapport.service;

import app.rapport.model.Client;
import app.rapport.model.ClientQuery;
import app.rapport.model.ClientRef;
import app.rapport.model.ClientRow;
import app.rapport.model.RecordVersion;
import app.rapport.model.Settings;
import app.rapport.model.Versioned;
import app.rapport.store.BookStore;
import app.rapport.store.BookTx;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** What the owner can do with clients. Each change is one transaction. */
public final class ClientService {
    /** The id to give a client that is not in the book yet; {@link #add} replaces it. */
    public static final String NEW_ID = "new";
    public static final String DELETED_MEANWHILE = "This client was deleted from the book while you were editing:"
            + " your changes cannot be saved.";
    public static final String DELETE_ONLY_ARCHIVED = "Only an archived client can be deleted. Archive the client "
            + "first.";

    private final BookStore store;
    private final Clock clock;
    private final Conflicts conflicts;

    /** Changes by no one named. */
    public ClientService(BookStore store, Clock clock) {
        this(store, clock, Identity.NONE);
    }

    /** Changes made here are by {@code identity}. */
    public ClientService(BookStore store, Clock clock, Identity identity) {
        this.store = store;
        this.clock = clock;
        this.conflicts = new Conflicts(clock, identity);
    }

    /** Adds a client; a {@link #NEW_ID} is replaced by a fresh id and the time added is now. */
    public Client add(Client draft) {
        return store.write(tx -> {
            Client client = draft;
            if (NEW_ID.equals(client.id())) {
                client = client.withId(tx.clients().nextId());
            } else if (tx.clients().exists(client.id())) {
                throw new ServiceException("There is already a client with the id " + client.id() + ".");
            }
            if (client.addedAt() == null) {
                client = client.withAddedAt(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
            }
            check(tx, client);
            tx.clients().insert(client);
            return client;
        });
    }

    /**
     * Saves the client as edited from {@code version}, the version it was read at.
     *
     * @throws ConflictException when it changed or went since (nothing is saved): its message says who and when
     */
    public Client update(Client client, long version) {
        return store.write(tx -> {
            if (!tx.clients().update(client, version, conflicts.by(), conflicts.now())) {
                throw conflict(tx, client);
            }
            check(tx, client);
            return client;
        });
    }

    /** Why a save of {@code client} was refused: named as the book has the client now, not as edited. */
    private ConflictException conflict(BookTx tx, Client client) {
        return tx.clients().version(client.id())
                .map(now -> conflicts.changed(existing(tx, client.id()).displayName() + "'s details", now))
                .orElseGet(() -> ConflictException.settled(DELETED_MEANWHILE));
    }

    private static void check(BookTx tx, Client client) {
        if (client.referredBy() != null && !tx.clients().exists(client.referredBy())) {
            throw new ServiceException("The referrer (" + client.referredBy() + ") is not in the book.");
        }
        if (client.tier() != null) {
            Settings settings = tx.settings().load();
            if (settings.tier(client.tier()).isEmpty()) {
                throw new ServiceException("There is no tier called \"" + client.tier() + "\".");
            }
        }
    }

    public Client archive(String id) {
        return setArchived(id, true);
    }

    public Client unarchive(String id) {
        return setArchived(id, false);
    }

    private Client setArchived(String id, boolean archived) {
        return store.write(tx -> {
            Client changed = existing(tx, id).withArchived(archived);
            long version = tx.clients().version(id).orElseThrow().number();
            if (!tx.clients().update(changed, version, conflicts.by(), conflicts.now())) {
                throw conflict(tx, changed);
            }
            return changed;
        });
    }

    /** Deletes an archived client and their whole log, for good. */
    public void deletePermanently(String id) {
        store.writeVoid(tx -> {
            Client client = existing(tx, id);
            if (!client.archived()) {
                throw new ServiceException(DELETE_ONLY_ARCHIVED);
            }
            tx.clients().delete(id);
        });
    }

    private static Client existing(BookTx tx, String id) {
        return tx.clients().find(id).orElseThrow(() -> new ServiceException("That client is no longer in the book."));
    }

    public Optional<Client> find(String id) {
        return store.read(tx -> tx.clients().find(id));
    }

    /** The client as the book has it now, with the version to save it at once edited. */
    public Optional<Versioned<Client>> findForEditing(String id) {
        return store.read(tx -> tx.clients().find(id).map(c -> new Versioned<>(c, version(tx, id))));
    }

    private static long version(BookTx tx, String id) {
        return tx.clients().version(id).map(RecordVersion::number).orElse(0L);
    }

    public Optional<ClientDetails> details(String id) {
        return store.read(tx -> tx.clients().find(id).map(client -> new ClientDetails(client, version(tx, id),
                Optional.ofNullable(client.referredBy()).flatMap(r -> tx.clients().find(r))
                        .map(r -> new ClientRef(r.id(), r.displayName())),
                tx.clients().referredBy(id), tx.interactions().forClient(id))));
    }

    public List<ClientRow> search(ClientQuery query) {
        return store.read(tx -> tx.clients().search(query));
    }

    public List<String> tags() {
        return store.read(tx -> tx.clients().tags());
    }

    public List<ClientRef> refs(boolean includeArchived) {
        return store.read(tx -> tx.clients().refs(includeArchived));
    }
}
