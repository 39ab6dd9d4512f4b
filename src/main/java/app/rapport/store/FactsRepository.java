package app.rapport.store;

import app.rapport.model.ClientFacts;
import app.rapport.model.RuleSettings;
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
    /**
     * Every active client's facts as of the end of {@code asOf}, with the contacts of the last
     * {@code lookbackDays} and the decisions {@code rules} can still apply, in no particular order.
     */
    default List<ClientFacts> activeClients(LocalDate asOf, RuleSettings rules, int lookbackDays, ZoneId zone) {
        List<ClientFacts> all = Collections.synchronizedList(new ArrayList<>());
        activeClients(asOf, rules, lookbackDays, zone, all::add);
        return new ArrayList<>(all);
    }

    /**
     * Hands every active client's facts to {@code each}, in no particular order and from several
     * threads at once (it must be safe for that), as each client's are read; returns when all were.
     */
    void activeClients(LocalDate asOf, RuleSettings rules, int lookbackDays, ZoneId zone, Consumer<ClientFacts> each);

    /**
     * Every active client's facts for the agenda only: the contacts of {@code rules}' lookback, and
     * of the purchases among them only each client's latest one within the purchase window and those
     * that went badly (the rules look at no others). Health needs every contact: use
     * {@link #activeClients} for it.
     */
    default List<ClientFacts> forAgenda(LocalDate asOf, RuleSettings rules, ZoneId zone) {
        List<ClientFacts> all = Collections.synchronizedList(new ArrayList<>());
        forAgenda(asOf, rules, zone, all::add);
        return new ArrayList<>(all);
    }

    /**
     * As {@link #forAgenda(LocalDate, RuleSettings, ZoneId)}, handed to {@code each} as {@link #activeClients} does.
     */
    void forAgenda(LocalDate asOf, RuleSettings rules, ZoneId zone, Consumer<ClientFacts> each);

    /** One client's facts; empty when there is no such client or it is not active. */
    Optional<ClientFacts> client(String id, LocalDate asOf, int lookbackDays, ZoneId zone);
}
