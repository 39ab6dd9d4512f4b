package app.rapport.store;

import app.rapport.model.FollowUpAction;
import app.rapport.model.ManualFollowUp;
import app.rapport.model.RecordVersion;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The owner's own follow-ups, in either kind of book ({@link Dialect}). */
final class SqlFollowUpRepository implements FollowUpRepository {
    private static final String COLUMNS = "id, client_id, action, due, priority, note, status, created_on";
    private static final String UPDATE = "UPDATE follow_ups SET client_id = ?, action = ?, due = ?, priority = ?,"
            + " note = ?, status = ?, created_on = ?, " + Versions.BUMP + " WHERE id = ?";

    private final Connection connection;
    private final Dialect dialect;

    SqlFollowUpRepository(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    @Override
    public Optional<ManualFollowUp> find(String id) {
        return Jdbc.one(connection, "SELECT " + COLUMNS + " FROM follow_ups WHERE id = ?",
                SqlFollowUpRepository::followUp, id);
    }

    @Override
    public void insert(ManualFollowUp f) {
        Jdbc.update(connection, "INSERT INTO follow_ups (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                f.id(), f.clientId(), f.action().name(), f.due().toString(), f.priority(), f.note(),
                f.status().name(), f.createdOn().toString());
        if (dialect == Dialect.POSTGRES) {
            PostgresIds.FOLLOW_UP.taken(connection, List.of(f.id()));
        }
    }

    @Override
    public void update(ManualFollowUp f) {
        if (Jdbc.update(connection, UPDATE, updateParams(f, null, null)) == 0) {
            throw new StoreException("The follow-up " + f.id() + " is no longer in the book");
        }
    }

    @Override
    public boolean update(ManualFollowUp f, long version, String by, Instant at) {
        return Jdbc.update(connection, UPDATE + Versions.AT_VERSION, Versions.with(updateParams(f, by, at), version))
                > 0;
    }

    @Override
    public boolean restore(ManualFollowUp f, RecordVersion was, long version) {
        return Jdbc.update(connection, "UPDATE follow_ups SET client_id = ?, action = ?, due = ?, priority = ?,"
                        + " note = ?, status = ?, created_on = ?, version = ?, changed_by = ?, changed_at = ?"
                        + " WHERE id = ?" + Versions.AT_VERSION, f.clientId(), f.action().name(), f.due().toString(),
                f.priority(), f.note(), f.status().name(), f.createdOn().toString(), was.number(), was.changedBy(),
                was.changedAt(), f.id(), version) > 0;
    }

    private static Object[] updateParams(ManualFollowUp f, String by, Instant at) {
        return new Object[] {f.clientId(), f.action().name(), f.due().toString(), f.priority(), f.note(),
            f.status().name(), f.createdOn().toString(), by, at, f.id()};
    }

    @Override
    public Optional<RecordVersion> version(String id) {
        return Jdbc.one(connection, "SELECT " + Versions.COLUMNS + " FROM follow_ups WHERE id = ?", Versions::read,
                id);
    }

    @Override
    public List<ManualFollowUp> forClient(String clientId) {
        return Jdbc.list(connection, "SELECT " + COLUMNS + " FROM follow_ups WHERE client_id = ?"
                + " ORDER BY status <> 'OPEN', due, id", SqlFollowUpRepository::followUp, clientId);
    }

    @Override
    public List<ManualFollowUp> open() {
        return Jdbc.list(connection, "SELECT " + prefixed() + " FROM follow_ups f JOIN clients c ON c.id = f.client_id"
                + " WHERE f.status = 'OPEN' AND c.archived = 0 AND c.do_not_contact = 0 ORDER BY f.due, f.id",
                SqlFollowUpRepository::followUp);
    }

    @Override
    public String nextId() {
        if (dialect == Dialect.POSTGRES) {
            return PostgresIds.FOLLOW_UP.next(connection);
        }
        long max = Jdbc.one(connection, "SELECT max(CAST(substr(id, 3) AS INTEGER)) FROM follow_ups"
                + " WHERE id GLOB 'f-[0-9]*'", rs -> rs.getLong(1)).orElse(0L);
        String id;
        do {
            id = "f-%04d".formatted(++max);
        } while (find(id).isPresent());
        return id;
    }

    @Override
    public long count() {
        return Jdbc.count(connection, "SELECT count(*) FROM follow_ups");
    }

    @Override
    public void forEach(Consumer<ManualFollowUp> sink) {
        Jdbc.each(connection, "SELECT " + COLUMNS + " FROM follow_ups ORDER BY " + dialect.insertionOrder(),
                SqlFollowUpRepository::followUp, sink);
    }

    private static String prefixed() {
        return "f." + COLUMNS.replace(", ", ", f.");
    }

    private static ManualFollowUp followUp(ResultSet rs) throws SQLException {
        return new ManualFollowUp(rs.getString(1), rs.getString(2), FollowUpAction.valueOf(rs.getString(3)),
                LocalDate.parse(rs.getString(4)), rs.getInt(5), rs.getString(6),
                ManualFollowUp.Status.valueOf(rs.getString(7)), LocalDate.parse(rs.getString(8)));
    }
}
