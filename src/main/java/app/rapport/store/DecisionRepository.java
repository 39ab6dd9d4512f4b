package app.rapport.store;

import app.rapport.model.Decision;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Done, snooze and skip decisions, kept for the client's history and for planning. */
public interface DecisionRepository {
    void insert(Decision decision);

    /** Inserts many, in their order, with batched statements (the sample book). */
    void insertAll(List<Decision> decisions);

    boolean contains(Decision decision);

    /** A client's decisions, oldest first. */
    List<Decision> forClient(String clientId);

    long count();

    /** The seq of the newest decision, 0 when there is none: in a write transaction, the one it just inserted. */
    long lastSeq();

    /** The decision kept as {@code seq}. */
    Optional<Decision> find(long seq);

    /** Removes the decision kept as {@code seq} (an undo); false when there was none. */
    boolean delete(long seq);

    /** Every decision in the order it was taken. */
    void forEach(Consumer<Decision> sink);
}
