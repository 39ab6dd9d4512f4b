package app.rapport.store;

import app.rapport.model.Agenda;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saved agendas ({@code agenda_snapshots}, checked against the change count, {@link ChangeCount}), in
 * either kind of book ({@link Dialect}).
 */
final class SqlAgendaSnapshotRepository implements AgendaSnapshotRepository {
    private static final Logger LOG = LoggerFactory.getLogger(SqlAgendaSnapshotRepository.class);
    private final Connection connection;
    private final Dialect dialect;
    /** The agenda saved for a day (1) by a planner (2), while the book's change count is what it was saved with. */
    private final String stillValid;

    SqlAgendaSnapshotRepository(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
        this.stillValid = " FROM agenda_snapshots s WHERE s.book_changes = " + ChangeCount.current(dialect)
                + " AND s.as_of = ? AND s.planner = ?";
    }

    @Override
    public long changeCount() {
        try {
            return ChangeCount.read(connection, dialect);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the book's change count: " + Jdbc.plain(e), e);
        }
    }

    @Override
    public Optional<Agenda> find(LocalDate asOf, String planner) {
        byte[] data;
        try (PreparedStatement ps = connection.prepareStatement("SELECT s.follow_ups" + stillValid)) {
            ps.setString(1, asOf.toString());
            ps.setString(2, planner);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                data = rs.getBytes(1);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the saved agenda: " + Jdbc.plain(e), e);
        }
        try {
            Agenda agenda = AgendaCodec.decode(data);
            return agenda.asOf().equals(asOf) ? Optional.of(agenda) : Optional.empty();
        } catch (IllegalArgumentException e) {
            LOG.warn("The agenda saved for {} cannot be read ({}): it will be planned again", asOf, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public boolean has(LocalDate asOf, String planner) {
        return Jdbc.count(connection, "SELECT count(*)" + stillValid, asOf.toString(), planner) > 0;
    }

    @Override
    public boolean save(Agenda agenda, long changeCount, String planner) {
        byte[] data = AgendaCodec.encode(agenda);
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO agenda_snapshots"
                + " (as_of, book_changes, planner, follow_ups) SELECT ?, ?, ?, ? WHERE " + ChangeCount.current(dialect)
                + " = ? ON CONFLICT (as_of) DO UPDATE SET book_changes = excluded.book_changes,"
                + " planner = excluded.planner, follow_ups = excluded.follow_ups")) {
            ps.setString(1, agenda.asOf().toString());
            ps.setLong(2, changeCount);
            ps.setString(3, planner);
            ps.setBytes(4, data);
            ps.setLong(5, changeCount);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("Cannot save the agenda: " + Jdbc.plain(e), e);
        }
    }

    @Override
    public void forgetBefore(LocalDate day) {
        Jdbc.update(connection, "DELETE FROM agenda_snapshots WHERE as_of < ?", day.toString());
    }
}
