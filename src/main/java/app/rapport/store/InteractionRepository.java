package app.rapport.store;

import app.rapport.model.Interaction;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The contact log of one book. Every change keeps the client's last contact up to date. */
public interface InteractionRepository {
    Optional<Interaction> find(String id);

    boolean exists(String id);

    void insert(Interaction interaction);

    /** Inserts many with batched statements; call {@link ClientRepository#refreshContactDates()} after. */
    void insertAll(List<Interaction> interactions);

    /** @throws StoreException when there is no such interaction */
    void update(Interaction interaction);

    void delete(String id);

    /** A client's timeline, newest first. */
    List<Interaction> forClient(String clientId);

    /** Whether the client has an interaction with this outside reference (a sale taken already). */
    boolean hasRef(String clientId, String ref);

    /** The client's interactions at this minute, in the order they entered the book. */
    List<Interaction> at(String clientId, LocalDateTime at);

    long count();

    /** A fresh id, {@code i-000001} style, not used by any interaction. */
    String nextId();

    /** Every interaction in the order it entered the book. */
    void forEach(Consumer<Interaction> sink);
}
