package app.rapport.store;

import app.rapport.model.ManualFollowUp;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The owner's own follow-ups. */
public interface FollowUpRepository {
    Optional<ManualFollowUp> find(String id);

    void insert(ManualFollowUp followUp);

    /** @throws StoreException when there is no such follow-up */
    void update(ManualFollowUp followUp);

    /** A client's follow-ups, open ones first, then by due date. */
    List<ManualFollowUp> forClient(String clientId);

    /** Every open follow-up of active clients. */
    List<ManualFollowUp> open();

    /** A fresh id, {@code f-0001} style. */
    String nextId();

    long count();

    /** Every follow-up in the order they entered the book. */
    void forEach(Consumer<ManualFollowUp> sink);
}
