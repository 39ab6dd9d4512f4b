package app.rapport.store;

import app.rapport.model.Decision;
import java.util.List;
import java.util.function.Consumer;

/** Done, snooze and skip decisions, kept for the client's history and for planning. */
public interface DecisionRepository {
    void insert(Decision decision);

    boolean contains(Decision decision);

    /** A client's decisions, oldest first. */
    List<Decision> forClient(String clientId);

    /** The decisions of active clients, oldest first. */
    void forEachOfActiveClients(Consumer<Decision> sink);

    long count();

    /** Every decision in the order it was taken. */
    void forEach(Consumer<Decision> sink);
}
