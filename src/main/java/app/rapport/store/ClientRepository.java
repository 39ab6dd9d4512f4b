package app.rapport.store;

import app.rapport.model.Client;
import app.rapport.model.ClientQuery;
import app.rapport.model.ClientRef;
import app.rapport.model.ClientRow;
import app.rapport.model.RecordVersion;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The clients of one book. */
public interface ClientRepository {
    Optional<Client> find(String id);

    boolean exists(String id);

    void insert(Client client);

    /** Inserts many clients with batched statements (demo and import). */
    void insertAll(List<Client> clients);

    /**
     * Saves the client over whatever version it is at (an import, a restored link), by no one known.
     *
     * @throws StoreException when there is no such client
     */
    void update(Client client);

    /**
     * Saves the client if it is still at {@code version}, one version on, as changed by {@code by}
     * at {@code at}; false, changing nothing, when it has moved on since or is gone.
     */
    boolean update(Client client, long version, String by, Instant at);

    /** The client's version, and who changed it last and when; empty when there is no such client. */
    Optional<RecordVersion> version(String id);

    void delete(String id);

    /** How many clients each tier name has; clients without a tier are counted under REGULAR. */
    Map<String, Long> tierSizes();

    /**
     * Moves every client of tier {@code from} to tier {@code to} (a rename, or a removed tier's
     * clients); each one moved is a version on, by no one known.
     */
    void retier(String from, String to);

    /** Empties the book: every client with their contacts, follow-ups and decisions. */
    void deleteAll();

    /** The rows of the client table for a query, sorted by name. */
    List<ClientRow> search(ClientQuery query);

    /** Every tag in use, sorted. */
    List<String> tags();

    /** Every client's id and name, sorted by name, for auto-completion. */
    List<ClientRef> refs(boolean includeArchived);

    /** The clients {@code id} referred. */
    List<ClientRef> referredBy(String id);

    long count();

    /** Whether the book has no clients at all (cheaper than counting them). */
    boolean isEmpty();

    long countActive();

    /** A fresh id, {@code c-0001} style, not used by any client. */
    String nextId();

    /** Every client in the order they entered the book. */
    void forEach(Consumer<Client> sink);

    /** Recomputes every client's last contact and first purchase from the log (after bulk changes). */
    void refreshContactDates();
}
