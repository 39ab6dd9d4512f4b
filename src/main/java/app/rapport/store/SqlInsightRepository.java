package app.rapport.store;

import app.rapport.model.ContactFact;
import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Insight;
import app.rapport.model.InsightClient;
import app.rapport.model.InteractionKind;
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
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Insight's reads, in either kind of book ({@link Dialect}). The clients come one row each, their
 * log of the span packed into it ({@link Dialect#joined}) from the covering index
 * {@code interactions_client_log} (a range of it per client, in time order): some 50,000 rows for a
 * large book instead of the 800,000 contacts of a year and a quarter, read on the calling thread (a
 * team book's as a stream) and turned into facts on others ({@link RowPipeline}).
 */
final class SqlInsightRepository implements InsightRepository {
    private static final String ACTIVE = "c.archived = 0 AND c.do_not_contact = 0";
    private static final PackedRow.Constants<InteractionKind> KINDS = new PackedRow.Constants<>(InteractionKind.class);
    private static final PackedRow.Constants<Direction> DIRECTIONS = new PackedRow.Constants<>(Direction.class);
    private static final PackedRow.Constants<Experience> EXPERIENCES = new PackedRow.Constants<>(Experience.class);
    /** The order of a client's contacts in {@code interactions_client_log}, in which SQLite joins them. */
    private static final String LOG_ORDER = "i.at, i.kind, i.direction, i.experience, i.amount NULLS FIRST, i.seq";
    private static final String REFERRERS = "SELECT r.id, r.display_name, count(*) FROM clients c"
            + " JOIN clients r ON r.id = c.referred_by GROUP BY r.id ORDER BY r.id";
    /**
     * Decisions' times are instants ({@code YYYY-MM-DDTHH:MM:SSZ}): counted by the minute, which
     * becomes a day in the owner's zone in Java. ?1 and ?2 bound the days generously (a zone is
     * less than a day from UTC).
     */
    private static final String DECISIONS_TAKEN = "SELECT substr(at, 1, 16), decision, count(*) FROM decisions"
            + " WHERE at >= ?1 AND at < ?2 GROUP BY 1, 2";

    private final Connection connection;
    private final Dialect dialect;

    SqlInsightRepository(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /**
     * ?1 the end (exclusive), ?2 the span's first day. id, tier, active, since, added, first purchase,
     * the last contact before the span (active clients only: health needs it), then five fields a
     * contact: at, kind, direction, experience, amount.
     */
    static String clients(Dialect d) {
        return "SELECT " + d.packed("c.id", "coalesce(c.tier, '')", "CASE WHEN " + ACTIVE + " THEN '1' ELSE '0' END",
                "coalesce(c.client_since, '')", "c.added_at", "coalesce(c.first_purchase, '')",
                "coalesce(CASE WHEN " + ACTIVE + " THEN"
                        + "  CASE WHEN c.last_contact IS NULL OR c.last_contact < ?2 THEN c.last_contact ELSE"
                        + " (SELECT max(i.at) FROM interactions i WHERE i.client_id = c.id AND i.at < ?2) END END, '')")
                + " || coalesce(" + d.separator() + " || (SELECT " + d.joined(d.packed("i.at", "i.kind",
                        "i.direction", "i.experience", "coalesce(i.amount, '')"), LOG_ORDER)
                + "  FROM interactions i WHERE i.client_id = c.id AND i.at >= ?2 AND i.at < ?1), '')"
                + " FROM clients c";
    }

    /** Each referred client's purchase amounts up to ?1 (exclusive), from the covering index. */
    static String referredAmounts(Dialect d) {
        return "SELECT c.referred_by, (SELECT " + d.joined("i.amount", "i.at")
                + " FROM interactions i WHERE i.client_id = c.id AND i.at < ?1 AND i.kind = 'PURCHASE'"
                + " AND i.amount IS NOT NULL) FROM clients c WHERE c.referred_by IS NOT NULL";
    }

    @Override
    public void clients(LocalDate from, LocalDate to, ZoneId zone, Consumer<InsightClient> each) {
        try (RowPipeline rows = new RowPipeline()) {
            rows.inParallel(connection, clients(dialect), row -> each.accept(client(new PackedRow(row), zone)),
                    to.plusDays(1).toString(), from.toString());
            rows.finish();
        }
    }

    private static InsightClient client(PackedRow row, ZoneId zone) {
        String id = row.textOrNull();
        String tier = row.textOrNull();
        boolean active = "1".equals(row.textOrNull());
        LocalDate since = row.dateOrNull();
        LocalDate addedOn = row.instant().atZone(zone).toLocalDate();
        LocalDateTime firstPurchase = row.dateTimeOrNull();
        LocalDateTime lastBefore = row.dateTimeOrNull();
        List<ContactFact> log = new ArrayList<>();
        while (row.hasMore()) {
            log.add(new ContactFact(row.dateTime(), row.constant(KINDS), row.constant(DIRECTIONS),
                    row.constant(EXPERIENCES), row.decimalOrNull(), ""));
        }
        return new InsightClient(id, tier, active, since, addedOn,
                firstPurchase == null ? null : firstPurchase.toLocalDate(), lastBefore, log);
    }

    @Override
    public Map<String, List<Decision>> decisions(FollowUpRule rule) {
        Map<String, List<Decision>> byClient = new HashMap<>();
        Jdbc.each(connection, "SELECT " + SqlDecisionRepository.COLUMNS + " FROM decisions WHERE rule = ?"
                + " ORDER BY at, seq", SqlDecisionRepository::decision,
                d -> byClient.computeIfAbsent(d.clientId(), k -> new ArrayList<>(1)).add(d), rule.name());
        return byClient;
    }

    @Override
    public void decisionsTaken(LocalDate from, LocalDate to, ZoneId zone, DayCount each) {
        Jdbc.each(connection, DECISIONS_TAKEN, rs -> new Taken(rs.getString(1), rs.getString(2), rs.getInt(3)), t -> {
            LocalDate day = t.day(zone);
            if (!day.isBefore(from) && !day.isAfter(to)) {
                each.add(day, DecisionKind.valueOf(t.decision()), t.count());
            }
        }, margins(from, to));
    }

    @Override
    public List<String> clientsDeciding(LocalDate from, LocalDate to, ZoneId zone, DecisionKind kind) {
        TreeSet<String> ids = new TreeSet<>();
        Jdbc.each(connection, "SELECT client_id, at, decision FROM decisions WHERE at >= ?1 AND at < ?2",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, r -> {
                    LocalDate day = LocalDate.ofInstant(Instant.parse(r[1]), zone);
                    if (!day.isBefore(from) && !day.isAfter(to) && (kind == null || kind.name().equals(r[2]))) {
                        ids.add(r[0]);
                    }
                }, margins(from, to));
        return List.copyOf(ids);
    }

    /** Days a little wider than {@code [from, to]} in UTC, as bounds on instants' text. */
    private static Object[] margins(LocalDate from, LocalDate to) {
        return new Object[] {from.minusDays(1).toString(), to.plusDays(2).toString()};
    }

    /** Decisions of one kind taken in one minute (UTC). */
    private record Taken(String minute, String decision, int count) {
        LocalDate day(ZoneId zone) {
            return LocalDate.ofInstant(Instant.parse(minute + ":00Z"), zone);
        }
    }

    @Override
    public List<Insight.Referrer> referrers(LocalDate to) {
        Map<String, BigDecimal> revenue = new HashMap<>();
        Jdbc.each(connection, referredAmounts(dialect), rs -> Map.entry(rs.getString(1), sum(rs.getString(2))),
                e -> revenue.merge(e.getKey(), e.getValue(), BigDecimal::add), to.plusDays(1).toString());
        return Jdbc.list(connection, REFERRERS, rs -> new Insight.Referrer(rs.getString(1), rs.getString(2),
                rs.getInt(3), revenue.getOrDefault(rs.getString(1), BigDecimal.ZERO)));
    }

    /** The sum of amounts separated by U+001F, exactly; zero for none. */
    private static BigDecimal sum(String amounts) {
        BigDecimal sum = BigDecimal.ZERO;
        if (amounts != null && !amounts.isEmpty()) {
            for (String amount : amounts.split("\u001f")) {
                sum = sum.add(new BigDecimal(amount));
            }
        }
        return sum;
    }

    @Override
    public List<String> referredBy(String referrerId) {
        return Jdbc.list(connection, "SELECT id FROM clients WHERE referred_by = ? ORDER BY id", rs -> rs.getString(1),
                referrerId);
    }
}
