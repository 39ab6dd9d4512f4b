package app.rapport.store;

import app.rapport.model.LetterTemplate;
import app.rapport.model.PageSize;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Letter templates and letters sent, in either kind of book (the same SQL on both). */
final class SqlLetterRepository implements LetterRepository {
    private static final String COLUMNS = "name, title, body, paper";

    private final Connection connection;

    SqlLetterRepository(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<LetterTemplate> templates() {
        return Jdbc.list(connection, "SELECT " + COLUMNS + " FROM templates ORDER BY name",
                SqlLetterRepository::template);
    }

    @Override
    public Optional<LetterTemplate> template(String name) {
        return Jdbc.one(connection, "SELECT " + COLUMNS + " FROM templates WHERE name = ?",
                SqlLetterRepository::template, name);
    }

    @Override
    public void saveTemplate(LetterTemplate t) {
        Jdbc.update(connection, "INSERT INTO templates (" + COLUMNS + ") VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (name) DO UPDATE SET title = excluded.title, body = excluded.body,"
                        + " paper = excluded.paper",
                t.name(), t.title(), t.body(), t.paper() == null ? null : t.paper().name());
    }

    @Override
    public boolean deleteTemplate(String name) {
        return Jdbc.update(connection, "DELETE FROM templates WHERE name = ?", name) > 0;
    }

    @Override
    public void deleteAllTemplates() {
        Jdbc.update(connection, "DELETE FROM templates");
    }

    @Override
    public void recordSent(String interactionId, String clientId, String template, LocalDate on) {
        Jdbc.update(connection, "INSERT INTO letters_sent (interaction_id, client_id, template, sent_on)"
                + " VALUES (?, ?, ?, ?)", interactionId, clientId, template, on.toString());
    }

    @Override
    public Optional<LocalDate> lastSent(String clientId, String template) {
        return Jdbc.one(connection, "SELECT max(sent_on) FROM letters_sent WHERE client_id = ? AND template = ?",
                rs -> rs.getString(1) == null ? null : LocalDate.parse(rs.getString(1)), clientId, template);
    }

    private static LetterTemplate template(ResultSet rs) throws SQLException {
        String paper = rs.getString("paper");
        return new LetterTemplate(rs.getString("name"), rs.getString("title"), rs.getString("body"),
                paper == null ? null : PageSize.valueOf(paper));
    }
}
