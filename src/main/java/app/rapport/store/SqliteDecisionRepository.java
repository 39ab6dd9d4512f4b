package app.rapport.store;

import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Decisions in SQLite, in the order they were taken. */
final class SqliteDecisionRepository implements DecisionRepository {
    static final String COLUMNS = "client_id, rule, anchor, decision, until, reason, at, action, decided_by";

    private final Connection connection;

    SqliteDecisionRepository(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void insert(Decision d) {
        Jdbc.update(connection, "INSERT INTO decisions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", params(d));
    }

    @Override
    public boolean contains(Decision d) {
        return Jdbc.count(connection, "SELECT count(*) FROM decisions WHERE client_id = ? AND rule = ? AND anchor = ?"
                + " AND decision = ? AND until IS ? AND reason = ? AND at = ? AND action IS ?",
                java.util.Arrays.copyOf(params(d), 8)) > 0;
    }

    @Override
    public List<Decision> forClient(String clientId) {
        return Jdbc.list(connection, "SELECT " + COLUMNS + " FROM decisions WHERE client_id = ? ORDER BY at, seq",
                SqliteDecisionRepository::decision, clientId);
    }

    @Override
    public void forEachOfActiveClients(Consumer<Decision> sink) {
        Jdbc.each(connection, "SELECT d.client_id, d.rule, d.anchor, d.decision, d.until, d.reason, d.at, d.action, d.decided_by"
                + " FROM decisions d JOIN clients c ON c.id = d.client_id"
                + " WHERE c.archived = 0 AND c.do_not_contact = 0 ORDER BY d.at, d.seq",
                SqliteDecisionRepository::decision, sink);
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
                SqliteDecisionRepository::decision, seq);
    }

    @Override
    public boolean delete(long seq) {
        return Jdbc.update(connection, "DELETE FROM decisions WHERE seq = ?", seq) > 0;
    }

    @Override
    public void forEach(Consumer<Decision> sink) {
        Jdbc.each(connection, "SELECT " + COLUMNS + " FROM decisions ORDER BY seq", SqliteDecisionRepository::decision,
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
                Instant.parse(rs.getString(7)), action == null ? null : FollowUpAction.valueOf(action), rs.getString(9));
    }
}
