package app.rapport.store;

import app.rapport.model.ClientFacts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What planning needs to know about active clients, gathered with SQL aggregation and indexes:
 * per client a few aggregates plus the contacts of the last {@code lookbackDays}, never the whole
 * log.
 */
public interface FactsRepository {
    /** Every active client's facts as of the end of {@code asOf}, in no particular order. */
    default List<ClientFacts> activeClients(LocalDate asOf, int lookbackDays, ZoneId zone) {
        List<ClientFacts> all = Collections.synchronizedList(new ArrayList<>());
        activeClients(asOf, lookbackDays, zone, all::add);
        return new ArrayList<>(all);
    }

    /**
     * Hands every active client's facts to {@code each}, in no particular order and from several
     * threads at once (it must be safe for that), as each client's are read; returns when all were.
     */
    void activeClients(LocalDate asOf, int lookbackDays, ZoneId zone, Consumer<ClientFacts> each);

    /**
     * Every active client's facts for the agenda only: of the purchases in the lookback, only each
     * client's latest one within {@code purchaseDays} and those that went badly (the rules look at no
     * others). Health needs every contact: use {@link #activeClients} for it.
     */
    default List<ClientFacts> forAgenda(LocalDate asOf, int lookbackDays, int purchaseDays, ZoneId zone) {
        List<ClientFacts> all = Collections.synchronizedList(new ArrayList<>());
        forAgenda(asOf, lookbackDays, purchaseDays, zone, all::add);
        return new ArrayList<>(all);
    }

    /** As {@link #forAgenda(LocalDate, int, int, ZoneId)}, handed to {@code each} as {@link #activeClients(LocalDate, int, ZoneId, Consumer)} does. */
    void forAgenda(LocalDate asOf, int lookbackDays, int purchaseDays, ZoneId zone, Consumer<ClientFacts> each);

    /** One client's facts; empty when there is no such client or it is not active. */
    Optional<ClientFacts> client(String id, LocalDate asOf, int lookbackDays, ZoneId zone);
}
