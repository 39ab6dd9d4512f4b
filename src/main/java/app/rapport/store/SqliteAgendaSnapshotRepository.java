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

/** Saved agendas in SQLite ({@code agenda_snapshots}, checked against {@code book_changes}). */
final class SqliteAgendaSnapshotRepository implements AgendaSnapshotRepository {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteAgendaSnapshotRepository.class);
    /** The agenda saved for a day (1) by a planner (2), while the book's change count is what it was saved with. */
    private static final String STILL_VALID = " FROM agenda_snapshots s JOIN book_changes c ON c.id = 1"
            + " AND c.count = s.book_changes WHERE s.as_of = ? AND s.planner = ?";
    private final Connection connection;

    SqliteAgendaSnapshotRepository(Connection connection) {
        this.connection = connection;
    }

    @Override
    public long changeCount() {
        try {
            return ChangeCount.read(connection);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the book's change count: " + SqliteErrors.plain(e), e);
        }
    }

    @Override
    public Optional<Agenda> find(LocalDate asOf, String planner) {
        byte[] data;
        try (PreparedStatement ps = connection.prepareStatement("SELECT s.follow_ups" + STILL_VALID)) {
            ps.setString(1, asOf.toString());
            ps.setString(2, planner);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                data = rs.getBytes(1);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the saved agenda: " + SqliteErrors.plain(e), e);
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
        return Jdbc.count(connection, "SELECT count(*)" + STILL_VALID, asOf.toString(), planner) > 0;
    }

    @Override
    public boolean save(Agenda agenda, long changeCount, String planner) {
        byte[] data = AgendaCodec.encode(agenda);
        try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO agenda_snapshots"
                + " (as_of, book_changes, planner, follow_ups) SELECT ?, count, ?, ? FROM book_changes"
                + " WHERE id = 1 AND count = ?")) {
            ps.setString(1, agenda.asOf().toString());
            ps.setString(2, planner);
            ps.setBytes(3, data);
            ps.setLong(4, changeCount);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("Cannot save the agenda: " + SqliteErrors.plain(e), e);
        }
    }

    @Override
    public void forgetBefore(LocalDate day) {
        Jdbc.update(connection, "DELETE FROM agenda_snapshots WHERE as_of < ?", day.toString());
    }
}
