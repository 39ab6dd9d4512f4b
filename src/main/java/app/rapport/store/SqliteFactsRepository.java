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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Planning facts in SQLite. Five queries whatever the book's size: active clients with their last
 * contact and first purchase (index seeks on {@code interactions_by_client} and
 * {@code interactions_by_kind}), recent contacts (a range on the covering index {@code interactions_recent}),
 * recent referrals, decisions and open follow-ups.
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
            + " || char(31) || coalesce((SELECT min(p.at) FROM interactions p WHERE p.client_id = c.id"
            + "  AND p.kind = 'PURCHASE' AND p.at < ?1), '')"
            + " || char(31) || c.id || char(31) || c.display_name"
            + " FROM clients c WHERE " + ACTIVE;
    /** Served by the covering index {@code interactions_recent}; inactive clients are left out in Java. */
    private static final String RECENT = "SELECT i.client_id || char(31) || i.at || char(31) || i.kind || char(31)"
            + " || i.direction || char(31) || i.experience || char(31) || coalesce(i.amount, '') || char(31) || i.summary"
            + " FROM interactions i WHERE i.at >= ?2 AND i.at < ?1";
    private static final String REFERRALS = "SELECT c.referred_by, c.id, c.display_name, c.client_since, c.added_at"
            + " FROM clients c JOIN clients r ON r.id = c.referred_by AND r.archived = 0 AND r.do_not_contact = 0"
            + " WHERE coalesce(c.client_since, substr(c.added_at, 1, 10)) >= ?2";

    private final Connection connection;

    SqliteFactsRepository(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<ClientFacts> activeClients(LocalDate asOf, int lookbackDays, ZoneId zone) {
        return load(asOf, lookbackDays, zone, null);
    }

    @Override
    public Optional<ClientFacts> client(String id, LocalDate asOf, int lookbackDays, ZoneId zone) {
        return load(asOf, lookbackDays, zone, id).stream().findFirst();
    }

    private List<ClientFacts> load(LocalDate asOf, int lookbackDays, ZoneId zone, String only) {
        String end = asOf.plusDays(1).toString();
        String start = asOf.minusDays(lookbackDays).toString();
        String one = only == null ? "" : " AND c.id = ?3";
        Object[] params = only == null ? new Object[] {end, start} : new Object[] {end, start, only};
        Map<String, Facts> byId = new HashMap<>();
        List<Facts> all = new ArrayList<>();
        Jdbc.each(connection, CLIENTS + one, rs -> {
            String[] v = rs.getString(1).split(SEP, 9);
            return new Facts(v[7], v[8], blankToNull(v[0]),
                    v[1].isEmpty() ? null : Channel.valueOf(v[1]),
                    v[2].isEmpty() ? null : Birthday.parse(v[2]),
                    v[3].isEmpty() ? null : FastDates.date(v[3]),
                    FastDates.instant(v[4]).atZone(zone).toLocalDate(),
                    v[5].isEmpty() ? null : FastDates.dateTime(v[5]),
                    v[6].isEmpty() ? null : FastDates.dateTime(v[6]));
        }, f -> {
            byId.put(f.id, f);
            all.add(f);
        }, only == null ? new Object[] {end} : params);
        if (all.isEmpty()) {
            return List.of();
        }
        Jdbc.each(connection, RECENT + one.replace("c.id", "i.client_id") + " ORDER BY i.at", rs -> {
            String row = rs.getString(1);
            int cut = row.indexOf(SEP);
            Facts f = byId.get(row.substring(0, cut));
            if (f != null) {
                String[] v = row.substring(cut + 1).split(SEP, 6);
                f.recent.add(new ContactFact(FastDates.dateTime(v[0]), InteractionKind.valueOf(v[1]),
                        Direction.valueOf(v[2]), Experience.valueOf(v[3]),
                        v[4].isEmpty() ? null : new BigDecimal(v[4]), v[5]));
            }
            return f;
        }, f -> { }, params);
        Jdbc.each(connection, REFERRALS + one.replace("c.id", "c.referred_by"), rs -> {
            String since = rs.getString(4);
            LocalDate date = since != null ? FastDates.date(since)
                    : Instant.parse(rs.getString(5)).atZone(zone).toLocalDate();
            return Map.entry(rs.getString(1), new Referral(rs.getString(2), rs.getString(3), date));
        }, e -> {
            if (!e.getValue().since().isAfter(asOf)) {
                byId.get(e.getKey()).referrals.add(e.getValue());
            }
        }, params);
        DecisionRepository decisions = new SqliteDecisionRepository(connection);
        FollowUpRepository followUps = new SqliteFollowUpRepository(connection);
        if (only == null) {
            decisions.forEachOfActiveClients(d -> byId.get(d.clientId()).decisions.add(d));
            followUps.open().forEach(f -> byId.get(f.clientId()).manual.add(f));
        } else {
            byId.get(only).decisions.addAll(decisions.forClient(only));
            followUps.forClient(only).stream().filter(ManualFollowUp::isOpen).forEach(byId.get(only).manual::add);
        }
        return all.stream().map(Facts::build).toList();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** One client's facts while they are gathered. */
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
        final List<ContactFact> recent = new ArrayList<>();
        final List<Referral> referrals = new ArrayList<>();
        final List<Decision> decisions = new ArrayList<>();
        final List<ManualFollowUp> manual = new ArrayList<>();

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

        ClientFacts build() {
            return new ClientFacts(id, name, tier, channel, birthday, since, addedOn, last, firstPurchase, recent,
                    referrals, decisions, manual);
        }
    }
}
