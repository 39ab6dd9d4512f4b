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
import java.math.BigDecimal;
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

/**
 * Planning facts in SQLite, a few queries whatever the book's size: active clients with their last
 * contact and first purchase (kept on the client row), recent contacts (a range on the covering index
 * {@code interactions_recent}), for the agenda the purchases of its window, then recent referrals,
 * decisions and open follow-ups. Rows are read on the calling thread and turned into facts on
 * another ({@link RowPipeline}).
 */
final class SqliteFactsRepository implements FactsRepository {
    private static final String ACTIVE = "c.archived = 0 AND c.do_not_contact = 0";
    /** Separates the fields packed into one column: one JNI string per row instead of one per field. */
    private static final String SEP = "\u001f";
    private static final String CLIENTS = "SELECT coalesce(c.tier, '') || char(31) || coalesce(c.preferred_channel, '')"
            + " || char(31) || coalesce(c.birthday, '') || char(31) || coalesce(c.client_since, '') || char(31)"
            + " || c.added_at || char(31)"
            + " || coalesce(CASE WHEN c.last_contact IS NULL OR c.last_contact < ?1 THEN c.last_contact"
            + "  ELSE (SELECT max(i.at) FROM interactions i WHERE i.client_id = c.id AND i.at < ?1) END, '')"
            + " || char(31) || coalesce(CASE WHEN c.first_purchase < ?1 THEN c.first_purchase END, '')"
            + " || char(31) || c.id || char(31) || c.display_name"
            + " FROM clients c WHERE " + ACTIVE;
    /** Served by the covering index {@code interactions_recent}; inactive clients are left out in Java. */
    private static final String RECENT = "SELECT i.client_id || char(31) || i.at || char(31) || i.kind || char(31)"
            + " || i.direction || char(31) || i.experience || char(31) || coalesce(i.amount, '') || char(31) || %s"
            + " FROM interactions i WHERE i.at >= ?2 AND i.at < ?1%s ORDER BY i.at";
    /** For the agenda, purchases that did not go badly come from {@link #GOOD_PURCHASES}. */
    private static final String NOT_GOOD_PURCHASES = " AND (i.kind <> 'PURCHASE' OR i.experience = 'NEGATIVE')";
    /** Reasons quote only what was bought, complained of or referred, and what went badly. */
    private static final String QUOTED_SUMMARY = "CASE WHEN i.kind IN ('PURCHASE', 'COMPLAINT', 'REFERRAL')"
            + " OR i.experience = 'NEGATIVE' THEN i.summary ELSE '' END";
    /**
     * Purchases since ?3 that did not go badly (those come with the recent contacts): of these the
     * agenda keeps each client's latest, with any logged at the same minute.
     */
    private static final String GOOD_PURCHASES = "SELECT i.client_id || char(31) || i.at || char(31) || i.kind"
            + " || char(31) || i.direction || char(31) || i.experience || char(31) || coalesce(i.amount, '')"
            + " || char(31) || i.summary FROM interactions i"
            + " WHERE i.at >= ?3 AND i.at < ?1 AND i.kind = 'PURCHASE' AND i.experience <> 'NEGATIVE'%s ORDER BY i.at";
    private static final String REFERRALS = "SELECT c.referred_by, c.id, c.display_name, c.client_since, c.added_at"
            + " FROM clients c JOIN clients r ON r.id = c.referred_by AND r.archived = 0 AND r.do_not_contact = 0"
            + " WHERE coalesce(c.client_since, substr(c.added_at, 1, 10)) >= ?2";

    private final Connection connection;

    SqliteFactsRepository(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<ClientFacts> activeClients(LocalDate asOf, int lookbackDays, ZoneId zone) {
        return load(new Query(asOf, lookbackDays, 0, zone, null));
    }

    @Override
    public List<ClientFacts> forAgenda(LocalDate asOf, int lookbackDays, int purchaseDays, ZoneId zone) {
        return load(new Query(asOf, lookbackDays, purchaseDays, zone, null));
    }

    @Override
    public Optional<ClientFacts> client(String id, LocalDate asOf, int lookbackDays, ZoneId zone) {
        return load(new Query(asOf, lookbackDays, 0, zone, id)).stream().findFirst();
    }

    /** What to load: {@code purchaseDays > 0} keeps only the purchases the agenda needs; {@code only} one client. */
    private record Query(LocalDate asOf, int lookbackDays, int purchaseDays, ZoneId zone, String only) {
        /** ?1 the end (exclusive), ?2 the lookback's start, ?3 the purchases' start, ?4 the one client: as many as a statement uses. */
        Object[] params(int used) {
            Object[] all = {asOf.plusDays(1).toString(), asOf.minusDays(lookbackDays).toString(),
                    asOf.minusDays(purchaseDays).toString(), only};
            return Arrays.copyOf(all, only == null ? used : all.length);
        }

        String one(String column) {
            return only == null ? "" : " AND " + column + " = ?4";
        }
    }

    private List<ClientFacts> load(Query q) {
        Map<String, Facts> byId = new HashMap<>();
        List<Facts> all = new ArrayList<>();
        try (RowPipeline rows = new RowPipeline()) {
            rows.each(connection, CLIENTS + q.one("c.id"), row -> {
                Facts f = clientRow(row, q.zone());
                byId.put(f.id, f);
                all.add(f);
            }, q.params(1));
            boolean forAgenda = q.purchaseDays() > 0;
            String recent = RECENT.formatted(forAgenda ? QUOTED_SUMMARY : "i.summary",
                    (forAgenda ? NOT_GOOD_PURCHASES : "") + q.one("i.client_id"));
            rows.each(connection, recent, row -> contactRow(row, byId), q.params(2));
            if (forAgenda) {
                rows.each(connection, GOOD_PURCHASES.formatted(q.one("i.client_id")), row -> purchaseRow(row, byId),
                        q.params(3));
            }
            rows.finish();
        }
        if (all.isEmpty()) {
            return List.of();
        }
        Jdbc.each(connection, REFERRALS + q.one("c.referred_by"), rs -> {
            String since = rs.getString(4);
            LocalDate date = since != null ? FastDates.date(since)
                    : Instant.parse(rs.getString(5)).atZone(q.zone()).toLocalDate();
            return Map.entry(rs.getString(1), new Referral(rs.getString(2), rs.getString(3), date));
        }, e -> {
            if (!e.getValue().since().isAfter(q.asOf())) {
                byId.get(e.getKey()).referrals().add(e.getValue());
            }
        }, q.params(2));
        DecisionRepository decisions = new SqliteDecisionRepository(connection);
        FollowUpRepository followUps = new SqliteFollowUpRepository(connection);
        if (q.only() == null) {
            decisions.forEachOfActiveClients(d -> byId.get(d.clientId()).decisions().add(d));
            followUps.open().forEach(f -> byId.get(f.clientId()).manual().add(f));
        } else {
            byId.get(q.only()).decisions().addAll(decisions.forClient(q.only()));
            followUps.forClient(q.only()).stream().filter(ManualFollowUp::isOpen).forEach(byId.get(q.only()).manual()::add);
        }
        List<ClientFacts> out = new ArrayList<>(all.size());
        for (Facts f : all) {
            out.add(f.build());
        }
        return out;
    }

    private static Facts clientRow(String row, ZoneId zone) {
        String[] v = row.split(SEP, 9);
        return new Facts(v[7], v[8], blankToNull(v[0]),
                v[1].isEmpty() ? null : Channel.valueOf(v[1]),
                v[2].isEmpty() ? null : Birthday.parse(v[2]),
                v[3].isEmpty() ? null : FastDates.date(v[3]),
                FastDates.instant(v[4]).atZone(zone).toLocalDate(),
                v[5].isEmpty() ? null : FastDates.dateTime(v[5]),
                v[6].isEmpty() ? null : FastDates.dateTime(v[6]));
    }

    /** Adds a packed contact row to its client, in time order (rows of inactive clients are dropped). */
    private static void contactRow(String row, Map<String, Facts> byId) {
        int cut = row.indexOf(SEP);
        Facts f = byId.get(row.substring(0, cut));
        if (f != null) {
            f.recent().add(contact(row.substring(cut + 1)));
        }
    }

    /** Keeps a client's latest purchase (rows come in time order), and any logged at the same minute. */
    private static void purchaseRow(String row, Map<String, Facts> byId) {
        int cut = row.indexOf(SEP);
        Facts f = byId.get(row.substring(0, cut));
        if (f != null) {
            ContactFact purchase = contact(row.substring(cut + 1));
            List<ContactFact> latest = f.latestPurchases();
            if (!latest.isEmpty() && purchase.at().isAfter(latest.get(0).at())) {
                latest.clear();
            }
            latest.add(purchase);
        }
    }

    private static ContactFact contact(String packed) {
        String[] v = packed.split(SEP, 6);
        return new ContactFact(FastDates.dateTime(v[0]), InteractionKind.valueOf(v[1]), Direction.valueOf(v[2]),
                Experience.valueOf(v[3]), v[4].isEmpty() ? null : new BigDecimal(v[4]), v[5]);
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** One client's facts while they are gathered; most clients have no referrals, decisions or manual follow-ups. */
    private static final class Facts {
        final String id;
        final String name;
        final String tier;
        final Channel channel;
        final Birthday birthday;
        final LocalDate since;
        final LocalDate addedOn;
        final LocalDateTime last;
        final LocalDateTime firstPurchase;
        private List<ContactFact> recent;
        private List<Referral> referrals;
        private List<Decision> decisions;
        private List<ManualFollowUp> manual;
        private List<ContactFact> latestPurchases;

        Facts(String id, String name, String tier, Channel channel, Birthday birthday, LocalDate since,
                LocalDate addedOn, LocalDateTime last, LocalDateTime firstPurchase) {
            this.id = id;
            this.name = name;
            this.tier = tier;
            this.channel = channel;
            this.birthday = birthday;
            this.since = since;
            this.addedOn = addedOn;
            this.last = last;
            this.firstPurchase = firstPurchase;
        }

        List<ContactFact> recent() {
            return recent == null ? recent = new ArrayList<>(4) : recent;
        }

        List<Referral> referrals() {
            return referrals == null ? referrals = new ArrayList<>(1) : referrals;
        }

        List<Decision> decisions() {
            return decisions == null ? decisions = new ArrayList<>(2) : decisions;
        }

        List<ContactFact> latestPurchases() {
            return latestPurchases == null ? latestPurchases = new ArrayList<>(1) : latestPurchases;
        }

        List<ManualFollowUp> manual() {
            return manual == null ? manual = new ArrayList<>(1) : manual;
        }

        /** The latest purchases go in among the recent contacts, after those logged at the same minute. */
        ClientFacts build() {
            if (latestPurchases != null) {
                for (ContactFact purchase : latestPurchases) {
                    List<ContactFact> list = recent();
                    int at = list.size();
                    while (at > 0 && list.get(at - 1).at().isAfter(purchase.at())) {
                        at--;
                    }
                    list.add(at, purchase);
                }
            }
            return new ClientFacts(id, name, tier, channel, birthday, since, addedOn, last, firstPurchase,
                    orEmpty(recent), orEmpty(referrals), orEmpty(decisions), orEmpty(manual));
        }

        private static <T> List<T> orEmpty(List<T> list) {
            return list == null ? List.of() : list;
        }
    }
}
