package app.rapport.store;

import app.rapport.model.LetterTemplate;
import app.rapport.model.PageSize;
import app.rapport.model.RecordVersion;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
                        + " paper = excluded.paper, version = templates.version + 1, changed_by = NULL,"
                        + " changed_at = NULL",
                t.name(), t.title(), t.body(), paper(t));
    }

    @Override
    public boolean saveTemplate(LetterTemplate t, long version, String by, Instant at) {
        if (version == 0) {
            return Jdbc.update(connection, "INSERT INTO templates (" + COLUMNS + ", changed_by, changed_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING", t.name(), t.title(), t.body(),
                    paper(t), by, at) > 0;
        }
        return Jdbc.update(connection, "UPDATE templates SET title = ?, body = ?, paper = ?, " + Versions.BUMP
                + " WHERE name = ?" + Versions.AT_VERSION, t.title(), t.body(), paper(t), by, at, t.name(),
                version) > 0;
    }

    private static String paper(LetterTemplate t) {
        return t.paper() == null ? null : t.paper().name();
    }

    @Override
    public Optional<RecordVersion> templateVersion(String name) {
        return Jdbc.one(connection, "SELECT " + Versions.COLUMNS + " FROM templates WHERE name = ?", Versions::read,
                name);
    }

    @Override
    public boolean deleteTemplate(String name) {
        return Jdbc.update(connection, "DELETE FROM templates WHERE name = ?", name) > 0;
    }

    @Override
    public boolean deleteTemplate(String name, long version) {
        return Jdbc.update(connection, "DELETE FROM templates WHERE name = ?" + Versions.AT_VERSION, name, version) > 0;
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
