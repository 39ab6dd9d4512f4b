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
    private static final String CLIENTS = "SELECT c.id, c.display_name, c.tier, c.preferred_channel, c.birthday,"
            + " c.client_since, c.added_at,"
            + " CASE WHEN c.last_contact IS NULL OR c.last_contact < ?1 THEN c.last_contact"
            + "  ELSE (SELECT max(i.at) FROM interactions i WHERE i.client_id = c.id AND i.at < ?1) END,"
            + " (SELECT min(p.at) FROM interactions p WHERE p.client_id = c.id AND p.kind = 'PURCHASE' AND p.at < ?1)"
            + " FROM clients c WHERE " + ACTIVE;
    /** Served by the covering index {@code interactions_recent}; inactive clients are left out in Java. */
    private static final String RECENT = "SELECT i.client_id, i.at, i.kind, i.direction, i.experience, i.amount,"
            + " i.summary FROM interactions i WHERE i.at >= ?2 AND i.at < ?1";
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
            String birthday = rs.getString(5);
            String since = rs.getString(6);
            String channel = rs.getString(4);
            String last = rs.getString(8);
            String firstPurchase = rs.getString(9);
            return new Facts(rs.getString(1), rs.getString(2), rs.getString(3),
                    channel == null ? null : Channel.valueOf(channel),
                    birthday == null ? null : Birthday.parse(birthday),
                    since == null ? null : FastDates.date(since),
                    Instant.parse(rs.getString(7)).atZone(zone).toLocalDate(),
                    last == null ? null : FastDates.dateTime(last),
                    firstPurchase == null ? null : FastDates.dateTime(firstPurchase));
        }, f -> {
            byId.put(f.id, f);
            all.add(f);
        }, only == null ? new Object[] {end} : params);
        if (all.isEmpty()) {
            return List.of();
        }
        Jdbc.each(connection, RECENT + one.replace("c.id", "i.client_id") + " ORDER BY i.at", rs -> {
            Facts f = byId.get(rs.getString(1));
            if (f != null) {
                String amount = rs.getString(6);
                f.recent.add(new ContactFact(FastDates.dateTime(rs.getString(2)),
                        InteractionKind.valueOf(rs.getString(3)), Direction.valueOf(rs.getString(4)),
                        Experience.valueOf(rs.getString(5)), amount == null ? null : new BigDecimal(amount),
                        rs.getString(7)));
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
