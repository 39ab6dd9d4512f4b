package app.rapport.store;

import app.rapport.model.ManualFollowUp;
import app.rapport.model.RecordVersion;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The owner's own follow-ups. */
public interface FollowUpRepository {
    Optional<ManualFollowUp> find(String id);

    void insert(ManualFollowUp followUp);

    /**
     * Saves the follow-up over whatever version it is at, by no one known.
     *
     * @throws StoreException when there is no such follow-up
     */
    void update(ManualFollowUp followUp);

    /**
     * Saves the follow-up if it is still at {@code version}, one version on, as changed by {@code by}
     * at {@code at}; false, changing nothing, when it has moved on since or is gone.
     */
    boolean update(ManualFollowUp followUp, long version, String by, Instant at);

    /**
     * Puts the follow-up back as it was at an earlier version, with that version and who and when
     * (an undo), if it is still at {@code version}; false, changing nothing, when it has moved on or
     * gone since.
     */
    boolean restore(ManualFollowUp followUp, RecordVersion was, long version);

    /** The follow-up's version, and who changed it last and when; empty when there is no such follow-up. */
    Optional<RecordVersion> version(String id);

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
