package app.rapport.store;

import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The contact log, in either kind of book ({@link Dialect}). Each change refreshes the client's last
 * contact and first purchase in the same transaction.
 */
final class SqlInteractionRepository implements InteractionRepository {
    /** Fixed width, so that text order is time order. */
    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final String COLUMNS = "id, client_id, at, kind, direction, experience, amount, summary, notes,"
            + " ref, logged_by";
    private static final String INSERT = "INSERT INTO interactions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?)";
    private static final String REFRESH = "UPDATE clients SET"
            + " last_contact = (SELECT max(at) FROM interactions WHERE client_id = ?1),"
            + " first_purchase = (SELECT min(at) FROM interactions WHERE client_id = ?1 AND kind = 'PURCHASE')"
            + " WHERE id = ?1";

    private final Connection connection;
    private final Dialect dialect;

    SqlInteractionRepository(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    @Override
    public Optional<Interaction> find(String id) {
        return Jdbc.one(connection, "SELECT " + COLUMNS + " FROM interactions WHERE id = ?",
                SqlInteractionRepository::interaction, id);
    }

    @Override
    public boolean exists(String id) {
        return Jdbc.count(connection, "SELECT count(*) FROM interactions WHERE id = ?", id) > 0;
    }

    @Override
    public void insert(Interaction i) {
        Jdbc.update(connection, INSERT, params(i));
        if (dialect == Dialect.POSTGRES) {
            PostgresIds.INTERACTION.taken(connection, List.of(i.id()));
        }
        refresh(i.clientId());
    }

    @Override
    public void insertAll(List<Interaction> interactions) {
        Jdbc.batch(connection, INSERT, interactions, SqlInteractionRepository::params);
        if (dialect == Dialect.POSTGRES) {
            PostgresIds.INTERACTION.taken(connection, interactions.stream().map(Interaction::id).toList());
        }
    }

    private static Object[] params(Interaction i) {
        return new Object[] {i.id(), i.clientId(), AT.format(i.at()), i.kind(), i.direction(), i.experience(),
            i.amount() == null ? null : i.amount().toPlainString(), i.summary(), i.notes(), i.ref(), i.by()};
    }

    @Override
    public void update(Interaction i) {
        Optional<String> before = Jdbc.one(connection, "SELECT client_id FROM interactions WHERE id = ?",
                rs -> rs.getString(1), i.id());
        if (before.isEmpty()) {
            throw new StoreException("That contact is no longer in the book.");
        }
        Jdbc.update(connection, "UPDATE interactions SET client_id = ?, at = ?, kind = ?, direction = ?,"
                + " experience = ?, amount = ?, summary = ?, notes = ?, ref = ?, logged_by = ? WHERE id = ?",
                i.clientId(), AT.format(i.at()), i.kind(), i.direction(), i.experience(),
                i.amount() == null ? null : i.amount().toPlainString(), i.summary(), i.notes(), i.ref(), i.by(),
                i.id());
        refresh(i.clientId());
        if (!before.get().equals(i.clientId())) {
            refresh(before.get());
        }
    }

    @Override
    public void delete(String id) {
        Optional<String> clientId = Jdbc.one(connection, "SELECT client_id FROM interactions WHERE id = ?",
                rs -> rs.getString(1), id);
        Jdbc.update(connection, "DELETE FROM interactions WHERE id = ?", id);
        clientId.ifPresent(this::refresh);
    }

    private void refresh(String clientId) {
        Jdbc.update(connection, REFRESH, clientId);
    }

    @Override
    public List<Interaction> forClient(String clientId) {
        return Jdbc.list(connection, "SELECT " + COLUMNS + " FROM interactions WHERE client_id = ?"
                + " ORDER BY at DESC, " + dialect.insertionOrder() + " DESC", SqlInteractionRepository::interaction,
                clientId);
    }

    @Override
    public boolean hasRef(String clientId, String ref) {
        return Jdbc.count(connection, "SELECT count(*) FROM interactions WHERE client_id = ? AND ref = ?", clientId,
                ref) > 0;
    }

    @Override
    public List<Interaction> at(String clientId, LocalDateTime at) {
        return Jdbc.list(connection, "SELECT " + COLUMNS + " FROM interactions WHERE client_id = ? AND at = ?"
                + " ORDER BY " + dialect.insertionOrder(), SqlInteractionRepository::interaction, clientId,
                AT.format(at));
    }

    @Override
    public long count() {
        return Jdbc.count(connection, "SELECT count(*) FROM interactions");
    }

    @Override
    public String nextId() {
        if (dialect == Dialect.POSTGRES) {
            return PostgresIds.INTERACTION.next(connection);
        }
        long next = Jdbc.count(connection, "SELECT coalesce(max(rowid), 0) FROM interactions") + 1;
        String id = "i-%06d".formatted(next);
        while (exists(id)) {
            id = "i-%06d".formatted(++next);
        }
        return id;
    }

    @Override
    public void forEach(Consumer<Interaction> sink) {
        Jdbc.each(connection, "SELECT " + COLUMNS + " FROM interactions ORDER BY " + dialect.insertionOrder(),
                SqlInteractionRepository::interaction, sink);
    }

    static Interaction interaction(ResultSet rs) throws SQLException {
        String amount = rs.getString("amount");
        return new Interaction(rs.getString("id"), rs.getString("client_id"),
                LocalDateTime.parse(rs.getString("at"), AT), InteractionKind.valueOf(rs.getString("kind")),
                Direction.valueOf(rs.getString("direction")), Experience.valueOf(rs.getString("experience")),
                amount == null ? null : new BigDecimal(amount), rs.getString("summary"), rs.getString("notes"),
                rs.getString("ref"), rs.getString("logged_by"));
    }
}
