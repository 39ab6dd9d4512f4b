package app.rapport.store;

import app.rapport.model.Birthday;
import app.rapport.model.Channel;
import app.rapport.model.ClientFacts;
import app.rapport.model.ContactFact;
import app.rapport.model.Decision;
import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.InteractionKind;
import app.rapport.model.ManualFollowUp;
import app.rapport.model.Referral;
import app.rapport.model.RuleSettings;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Planning facts, in either kind of book ({@link Dialect}), a few queries whatever the book's size:
 * recent referrals, decisions and open follow-ups (few); recent contacts (a range on the index
 * {@code interactions_recent}, covering on SQLite) and, for the agenda, the purchases of its window;
 * then the active clients with their last contact and first purchase (kept on the client row). Rows
 * are read on the calling thread (a team book's as a stream) and turned into facts on others
 * ({@link RowPipeline}), each client's facts handed on as soon as they are complete.
 */
final class SqlFactsRepository implements FactsRepository {
    private static final String ACTIVE = "c.archived = 0 AND c.do_not_contact = 0";
    private static final PackedRow.Constants<Channel> CHANNELS = new PackedRow.Constants<>(Channel.class);
    private static final PackedRow.Constants<InteractionKind> KINDS = new PackedRow.Constants<>(InteractionKind.class);
    private static final PackedRow.Constants<Direction> DIRECTIONS = new PackedRow.Constants<>(Direction.class);
    private static final PackedRow.Constants<Experience> EXPERIENCES = new PackedRow.Constants<>(Experience.class);
    /** For the agenda, purchases that did not go badly come from {@link #goodPurchases}. */
    private static final String NOT_GOOD_PURCHASES = " AND (i.kind <> 'PURCHASE' OR i.experience = 'NEGATIVE')";
    /** Reasons quote only what was bought, complained of or referred, and what went badly. */
    private static final String QUOTED_SUMMARY = "CASE WHEN i.kind IN ('PURCHASE', 'COMPLAINT', 'REFERRAL')"
            + " OR i.experience = 'NEGATIVE' THEN i.summary ELSE '' END";
    private static final String REFERRALS = "SELECT c.referred_by, c.id, c.display_name, c.client_since, c.added_at"
            + " FROM clients c JOIN clients r ON r.id = c.referred_by AND r.archived = 0 AND r.do_not_contact = 0"
            + " WHERE coalesce(c.client_since, substr(c.added_at, 1, 10)) >= ?2";

    private final Connection connection;
    private final Dialect dialect;

    SqlFactsRepository(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** ?1 the end (exclusive): the active clients, their last contact and first purchase before it. */
    private static String clients(Dialect d) {
        return "SELECT " + d.packed("coalesce(c.tier, '')", "coalesce(c.preferred_channel, '')",
                "coalesce(c.birthday, '')", "coalesce(c.client_since, '')", "c.added_at",
                "coalesce(CASE WHEN c.last_contact IS NULL OR c.last_contact < ?1 THEN c.last_contact ELSE"
                        + " (SELECT max(i.at) FROM interactions i WHERE i.client_id = c.id AND i.at < ?1) END, '')",
                "coalesce(CASE WHEN c.first_purchase < ?1 THEN c.first_purchase END, '')", "c.id", "c.display_name")
                + " FROM clients c WHERE " + ACTIVE;
    }

    /**
     * Contacts from ?2 to ?1 (exclusive), with {@code summary} and the further {@code conditions}: served by the
     * index {@code interactions_recent}; inactive clients are left out in Java.
     */
    private static String recent(Dialect d, String summary, String conditions) {
        return "SELECT " + d.packed("i.client_id", "i.at", "i.kind", "i.direction", "i.experience",
                "coalesce(i.amount, '')", summary) + " FROM interactions i WHERE i.at >= ?2 AND i.at < ?1" + conditions
                + " ORDER BY i.at";
    }

    /**
     * Purchases since ?3 that did not go badly (those come with the recent contacts): of these the
     * agenda keeps each client's latest, with any logged at the same minute.
     */
    private static String goodPurchases(Dialect d, String conditions) {
        return "SELECT " + d.packed("i.client_id", "i.at", "i.kind", "i.direction", "i.experience",
                "coalesce(i.amount, '')", "i.summary") + " FROM interactions i"
                + " WHERE i.at >= ?3 AND i.at < ?1 AND i.kind = 'PURCHASE' AND i.experience <> 'NEGATIVE'" + conditions
                + " ORDER BY i.at";
    }

    @Override
    public void activeClients(LocalDate asOf, RuleSettings rules, int lookbackDays, ZoneId zone,
            Consumer<ClientFacts> each) {
        load(new Query(asOf, rules, lookbackDays, 0, zone, null), each);
    }

    @Override
    public void forAgenda(LocalDate asOf, RuleSettings rules, ZoneId zone, Consumer<ClientFacts> each) {
        load(new Query(asOf, rules, rules.lookbackDays(), rules.purchaseWindowDays(), zone, null), each);
    }

    @Override
    public Optional<ClientFacts> client(String id, LocalDate asOf, int lookbackDays, ZoneId zone) {
        List<ClientFacts> found = new ArrayList<>(1);
        load(new Query(asOf, null, lookbackDays, 0, zone, id), found::add);
        return found.stream().findFirst();
    }

    /** What to load: {@code purchaseDays > 0} keeps only the purchases the agenda needs; {@code only} one client. */
    /** {@code rules} says which decisions can still apply; one client ({@code only}) gets all its own. */
    private record Query(LocalDate asOf, RuleSettings rules, int lookbackDays, int purchaseDays, ZoneId zone,
            String only) {
        /**
         * ?1 the end (exclusive), ?2 the lookback's start, ?3 the purchases' start, ?4 the one client: as many as a
         * statement uses.
         */
        Object[] params(int used) {
            Object[] all = {asOf.plusDays(1).toString(), asOf.minusDays(lookbackDays).toString(),
                    asOf.minusDays(purchaseDays).toString(), only};
            return Arrays.copyOf(all, only == null ? used : all.length);
        }

        String one(String column) {
            return only == null ? "" : " AND " + column + " = ?4";
        }
    }

    /**
     * Reads the contacts first, gathered by client in the order they were logged, then the active
     * clients, each handed to {@code each} (on the pipeline's threads, several at once) as soon as
     * its row is read: no client's facts wait for the others'.
     */
    private void load(Query q, Consumer<ClientFacts> each) {
        Map<String, Extras> extras = extras(q);
        IdIndex<Contacts> contacts = new IdIndex<>();
        try (RowPipeline rows = new RowPipeline()) {
            if (q.only() == null) {
                // Handled in order, on one worker at a time, before any client's row: the map needs no lock.
                SqlDecisionRepository.PackedQuery decisions = SqlDecisionRepository.applicable(dialect,
                        q.asOf(), q.rules());
                rows.inOrder(connection, decisions.sql(), row -> {
                    Decision d = SqlDecisionRepository.decision(new PackedRow(row));
                    extras.computeIfAbsent(d.clientId(), k -> new Extras()).decisions.add(d);
                }, decisions.params());
            }
            boolean forAgenda = q.purchaseDays() > 0;
            String recent = recent(dialect, forAgenda ? QUOTED_SUMMARY : "i.summary",
                    (forAgenda ? NOT_GOOD_PURCHASES : "") + q.one("i.client_id"));
            rows.inOrder(connection, recent, row -> {
                PackedRow r = new PackedRow(row);
                r.lookUpOrAdd(contacts, Contacts::new).recent().add(contact(r));
            }, q.params(2));
            if (forAgenda) {
                rows.inOrder(connection, goodPurchases(dialect, q.one("i.client_id")),
                        row -> purchaseRow(new PackedRow(row), contacts), q.params(3));
            }
            rows.inParallel(connection, clients(dialect) + q.one("c.id"),
                    row -> each.accept(client(new PackedRow(row), q.zone(), contacts, extras)), q.params(1));
            rows.finish();
        }
    }

    /**
     * Recent referrals and open manual follow-ups of active clients (one client: its decisions too): few, read before
     * the rest.
     */
    private Map<String, Extras> extras(Query q) {
        Map<String, Extras> extras = new HashMap<>();
        Jdbc.each(connection, REFERRALS + q.one("c.referred_by"), rs -> {
            String since = rs.getString(4);
            LocalDate date = since != null ? LocalDate.parse(since)
                    : Instant.parse(rs.getString(5)).atZone(q.zone()).toLocalDate();
            return Map.entry(rs.getString(1), new Referral(rs.getString(2), rs.getString(3), date));
        }, e -> {
            if (!e.getValue().since().isAfter(q.asOf())) {
                extras.computeIfAbsent(e.getKey(), k -> new Extras()).referrals.add(e.getValue());
            }
        }, q.params(2));
        DecisionRepository decisions = new SqlDecisionRepository(connection);
        FollowUpRepository followUps = new SqlFollowUpRepository(connection, dialect);
        if (q.only() == null) {
            followUps.open().forEach(f -> extras.computeIfAbsent(f.clientId(), k -> new Extras()).manual.add(f));
        } else {
            Extras one = extras.computeIfAbsent(q.only(), k -> new Extras());
            one.decisions.addAll(decisions.forClient(q.only()));
            followUps.forClient(q.only()).stream().filter(ManualFollowUp::isOpen).forEach(one.manual::add);
        }
        return extras;
    }

    /** tier, channel, birthday, since, added, last contact, first purchase, id, name. */
    private static ClientFacts client(PackedRow row, ZoneId zone, IdIndex<Contacts> contacts,
            Map<String, Extras> extras) {
        String tier = row.textOrNull();
        Channel channel = row.constantOrNull(CHANNELS);
        String birthday = row.textOrNull();
        LocalDate since = row.dateOrNull();
        LocalDate addedOn = row.instant().atZone(zone).toLocalDate();
        LocalDateTime last = row.dateTimeOrNull();
        LocalDateTime firstPurchase = row.dateTimeOrNull();
        byte[] key = row.key();
        String id = new String(key, StandardCharsets.UTF_8);
        Contacts logged = contacts.get(key, 0, key.length);
        Extras more = extras.getOrDefault(id, Extras.NONE);
        return new ClientFacts(id, row.rest(), tier, channel,
                birthday == null ? null : Birthday.parse(birthday), since, addedOn, last, firstPurchase,
                logged == null ? List.of() : logged.inOrder(), more.referrals, more.decisions, more.manual);
    }

    /** Keeps a client's latest purchase (rows come in time order), and any logged at the same minute. */
    private static void purchaseRow(PackedRow row, IdIndex<Contacts> contacts) {
        Contacts logged = row.lookUpOrAdd(contacts, Contacts::new);
        ContactFact purchase = contact(row);
        List<ContactFact> latest = logged.latestPurchases();
        if (!latest.isEmpty() && purchase.at().isAfter(latest.get(0).at())) {
            latest.clear();
        }
        latest.add(purchase);
    }

    /** at, kind, direction, experience, amount, summary. */
    private static ContactFact contact(PackedRow row) {
        return new ContactFact(row.dateTime(), row.constant(KINDS), row.constant(DIRECTIONS),
                row.constant(EXPERIENCES), row.decimalOrNull(), row.rest());
    }

    /** One client's contacts while they are read; most clients have no latest purchase apart. */
    private static final class Contacts {
        private final List<ContactFact> recent = new ArrayList<>(4);
        private List<ContactFact> latestPurchases;

        List<ContactFact> recent() {
            return recent;
        }

        List<ContactFact> latestPurchases() {
            return latestPurchases == null ? latestPurchases = new ArrayList<>(1) : latestPurchases;
        }

        /** The recent contacts with the latest purchases in among them, after those logged at the same minute. */
        List<ContactFact> inOrder() {
            if (latestPurchases == null) {
                return recent;
            }
            List<ContactFact> list = new ArrayList<>(recent);
            for (ContactFact purchase : latestPurchases) {
                int at = list.size();
                while (at > 0 && list.get(at - 1).at().isAfter(purchase.at())) {
                    at--;
                }
                list.add(at, purchase);
            }
            return list;
        }
    }

    /** A client's recent referrals, decisions and open manual follow-ups. */
    private static final class Extras {
        static final Extras NONE = new Extras();
        final List<Referral> referrals = new ArrayList<>(1);
        final List<Decision> decisions = new ArrayList<>(1);
        final List<ManualFollowUp> manual = new ArrayList<>(1);
    }
}
