package app.rapport.store;

import app.rapport.model.ClientFacts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What planning needs to know about active clients, gathered with SQL aggregation and indexes:
 * per client a few aggregates plus the contacts of the last {@code lookbackDays}, never the whole
 * log.
 */
public interface FactsRepository {
    /** Every active client's facts as of the end of {@code asOf}, in no particular order. */
    List<ClientFacts> activeClients(LocalDate asOf, int lookbackDays, ZoneId zone);

    /**
     * Every active client's facts for the agenda only: of the purchases in the lookback, only each
     * client's latest one within {@code purchaseDays} and those that went badly (the rules look at no
     * others). Health needs every contact: use {@link #activeClients} for it.
     */
    List<ClientFacts> forAgenda(LocalDate asOf, int lookbackDays, int purchaseDays, ZoneId zone);

    /** One client's facts; empty when there is no such client or it is not active. */
    Optional<ClientFacts> client(String id, LocalDate asOf, int lookbackDays, ZoneId zone);
}
