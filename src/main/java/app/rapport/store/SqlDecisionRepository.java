package app.rapport.store;

import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.RuleSettings;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Decisions, in either kind of book ({@link Dialect}), in the order they were taken. */
final class SqlDecisionRepository implements DecisionRepository {
    static final String COLUMNS = "client_id, rule, anchor, decision, until, reason, at, action, decided_by";
    private static final String INSERT = "INSERT INTO decisions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final PackedRow.Constants<FollowUpRule> RULES = new PackedRow.Constants<>(FollowUpRule.class);
    private static final PackedRow.Constants<DecisionKind> KINDS = new PackedRow.Constants<>(DecisionKind.class);
    private static final PackedRow.Constants<FollowUpAction> ACTIONS = new PackedRow.Constants<>(FollowUpAction.class);

    private final Connection connection;

    SqlDecisionRepository(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void insert(Decision d) {
        Jdbc.update(connection, INSERT, params(d));
    }

    @Override
    public void insertAll(List<Decision> decisions) {
        Jdbc.batch(connection, INSERT, decisions, SqlDecisionRepository::params);
    }

    @Override
    public boolean contains(Decision d) {
        return Jdbc.count(connection, "SELECT count(*) FROM decisions WHERE client_id = ? AND rule = ? AND anchor = ?"
                + " AND decision = ? AND until IS NOT DISTINCT FROM ? AND reason = ? AND at = ?"
                + " AND action IS NOT DISTINCT FROM ?",
                Arrays.copyOf(params(d), 8)) > 0;
    }

    @Override
    public List<Decision> forClient(String clientId) {
        return Jdbc.list(connection, "SELECT " + COLUMNS + " FROM decisions WHERE client_id = ? ORDER BY at, seq",
                SqlDecisionRepository::decision, clientId);
    }

    /** A query of one packed text column ({@link PackedRow}) and its parameters. */
    record PackedQuery(String sql, Object[] params) {
    }

    /**
     * The decisions of active clients that planning {@code asOf} can apply, packed for
     * {@link #decision(PackedRow)}: those on an anchor the rule can still propose
     * ({@link RuleSettings#earliestAnchor}), and GONE_QUIET's on or after the client's last contact
     * (its anchor is that contact, or a later skip or done; when the last contact lies after the as-of
     * date, all of that client's). MANUAL follow-ups keep their state in their own row and are left
     * out. In the order of {@code decisions_by_client}, each key's oldest first.
     */
    static PackedQuery applicable(Dialect dialect, LocalDate asOf, RuleSettings rules) {
        StringBuilder floors = new StringBuilder("CASE d.rule");
        List<Object> params = new ArrayList<>(List.of(asOf.plusDays(1).toString()));
        for (FollowUpRule rule : FollowUpRule.values()) {
            rules.earliestAnchor(rule, asOf).ifPresent(floor -> {
                params.add(floor.toString());
                floors.append(" WHEN '").append(rule.name()).append("' THEN ?").append(params.size());
            });
        }
        return new PackedQuery("SELECT " + dialect.packed("d.rule", "d.anchor", "d.decision", "coalesce(d.until, '')",
                "d.at", "coalesce(d.action, '')", "d.client_id", "d.reason")
                + " FROM decisions d JOIN clients c ON c.id = d.client_id"
                + " WHERE c.archived = 0 AND c.do_not_contact = 0"
                + " AND (d.anchor >= " + floors + " END OR d.rule = 'GONE_QUIET' AND (c.last_contact IS NULL"
                + " OR c.last_contact >= ?1 OR d.anchor >= substr(c.last_contact, 1, 10)))"
                + " ORDER BY d.client_id, d.rule, d.anchor, d.seq", params.toArray());
    }

    /** A row of {@link #applicable}: what planning needs of a decision (not who took it). */
    static Decision decision(PackedRow row) {
        FollowUpRule rule = row.constant(RULES);
        LocalDate anchor = row.dateOrNull();
        DecisionKind kind = row.constant(KINDS);
        LocalDate until = row.dateOrNull();
        Instant at = row.instant();
        FollowUpAction action = row.constantOrNull(ACTIONS);
        String clientId = row.textOrNull();
        return new Decision(clientId, rule, anchor, kind, until, row.rest(), at, action);
    }

    @Override
    public long count() {
        return Jdbc.count(connection, "SELECT count(*) FROM decisions");
    }

    @Override
    public long lastSeq() {
        return Jdbc.count(connection, "SELECT coalesce(max(seq), 0) FROM decisions");
    }

    @Override
    public Optional<Decision> find(long seq) {
        return Jdbc.one(connection, "SELECT " + COLUMNS + " FROM decisions WHERE seq = ?",
                SqlDecisionRepository::decision, seq);
    }

    @Override
    public boolean delete(long seq) {
        return Jdbc.update(connection, "DELETE FROM decisions WHERE seq = ?", seq) > 0;
    }

    @Override
    public void forEach(Consumer<Decision> sink) {
        Jdbc.each(connection, "SELECT " + COLUMNS + " FROM decisions ORDER BY seq", SqlDecisionRepository::decision,
                sink);
    }

    private static Object[] params(Decision d) {
        return new Object[] {d.clientId(), d.rule().name(), d.anchor().toString(), d.decision().name(),
                d.until() == null ? null : d.until().toString(), d.reason(), d.at().toString(),
                d.action() == null ? null : d.action().name(), d.by()};
    }

    static Decision decision(ResultSet rs) throws SQLException {
        String until = rs.getString(5);
        String action = rs.getString(8);
        return new Decision(rs.getString(1), FollowUpRule.valueOf(rs.getString(2)), LocalDate.parse(rs.getString(3)),
                DecisionKind.valueOf(rs.getString(4)), until == null ? null : LocalDate.parse(until), rs.getString(6),
                Instant.parse(rs.getString(7)), action == null ? null : FollowUpAction.valueOf(action),
                        rs.getString(9));
    }
}
