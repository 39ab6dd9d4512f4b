package app.rapport.store;

import app.rapport.model.Address;
import app.rapport.model.Birthday;
import app.rapport.model.Channel;
import app.rapport.model.Client;
import app.rapport.model.ClientQuery;
import app.rapport.model.ClientRef;
import app.rapport.model.ClientRow;
import app.rapport.model.RecordVersion;
import app.rapport.model.Text;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Clients in either kind of book ({@link Dialect}). Keeps the derived columns (display name, search text) in step. */
final class SqlClientRepository implements ClientRepository {
    private static final String COLUMNS = "id, first_name, last_name, company, title, emails, phones, street, city,"
            + " region, postal_code, country, birthday, client_since, added_at, tier, tags, referred_by,"
            + " preferred_channel, do_not_contact, archived, notes";
    private static final String INSERT = "INSERT INTO clients (" + COLUMNS + ", display_name, search_text)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE clients SET first_name = ?, last_name = ?, company = ?, title = ?,"
            + " emails = ?, phones = ?, street = ?, city = ?, region = ?, postal_code = ?, country = ?, birthday = ?,"
            + " client_since = ?, added_at = ?, tier = ?, tags = ?, referred_by = ?, preferred_channel = ?,"
            + " do_not_contact = ?, archived = ?, notes = ?, display_name = ?, search_text = ?, " + Versions.BUMP
            + " WHERE id = ?";
    private static final String ROW_COLUMNS = "id, display_name, company, tier, last_contact, tags, archived, "
            + "do_not_contact";
    private static final String NEW_LINE = "\n";

    private final Connection connection;
    private final Dialect dialect;

    SqlClientRepository(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    @Override
    public Optional<Client> find(String id) {
        return Jdbc.one(connection, "SELECT " + COLUMNS + " FROM clients WHERE id = ?", SqlClientRepository::client,
                id);
    }

    @Override
    public boolean exists(String id) {
        return Jdbc.count(connection, "SELECT count(*) FROM clients WHERE id = ?", id) > 0;
    }

    @Override
    public void insert(Client client) {
        Jdbc.update(connection, INSERT, insertParams(client));
        if (dialect == Dialect.POSTGRES) {
            PostgresIds.CLIENT.taken(connection, List.of(client.id()));
        }
    }

    @Override
    public void insertAll(List<Client> clients) {
        Jdbc.batch(connection, INSERT, clients, SqlClientRepository::insertParams);
        if (dialect == Dialect.POSTGRES) {
            PostgresIds.CLIENT.taken(connection, clients.stream().map(Client::id).toList());
        }
    }

    /** The values of {@link #INSERT}, the id first; {@link #UPDATE} takes the same with the id last. */
    private static Object[] insertParams(Client c) {
        Address a = c.address();
        return new Object[] {c.id(), c.firstName(), c.lastName(), c.company(), c.title(), join(c.emails()),
            join(c.phones()), a.street(), a.city(), a.region(), a.postalCode(), a.country(), c.birthday(),
            c.clientSince(), c.addedAt() == null ? Instant.EPOCH : c.addedAt(), c.tier(), join(c.tags()),
            c.referredBy(), c.preferredChannel(), c.doNotContact(), c.archived(), c.notes(), c.displayName(),
            searchText(c)};
    }

    @Override
    public void update(Client c) {
        if (Jdbc.update(connection, UPDATE, updateParams(c, null, null)) == 0) {
            throw new StoreException("The client " + c.displayName() + " is no longer in the book.");
        }
    }

    @Override
    public boolean update(Client c, long version, String by, Instant at) {
        return Jdbc.update(connection, UPDATE + Versions.AT_VERSION, Versions.with(updateParams(c, by, at), version))
                > 0;
    }

    /** The values of {@link #UPDATE}: the client's, then who changed it and when, then its id. */
    private static Object[] updateParams(Client c, String by, Instant at) {
        Object[] values = insertParams(c);
        return Versions.with(Arrays.copyOfRange(values, 1, values.length), by, at, c.id());
    }

    @Override
    public Optional<RecordVersion> version(String id) {
        return Jdbc.one(connection, "SELECT " + Versions.COLUMNS + " FROM clients WHERE id = ?", Versions::read, id);
    }

    @Override
    public void delete(String id) {
        Jdbc.update(connection, "DELETE FROM clients WHERE id = ?", id);
    }

    @Override
    public Map<String, Long> tierSizes() {
        Map<String, Long> sizes = new TreeMap<>();
        Jdbc.each(connection, "SELECT coalesce(tier, 'REGULAR'), count(*) FROM clients GROUP BY 1",
                rs -> Map.entry(rs.getString(1), rs.getLong(2)), e -> sizes.put(e.getKey(), e.getValue()));
        return sizes;
    }

    @Override
    public void retier(String from, String to) {
        Jdbc.update(connection, "UPDATE clients SET tier = ?, " + Versions.BUMP + " WHERE tier = ?", to, null, null,
                from);
    }

    @Override
    public void deleteAll() {
        Jdbc.update(connection, "DELETE FROM clients");
    }

    @Override
    public List<ClientRow> search(ClientQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + ROW_COLUMNS + " FROM clients WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!query.includeArchived()) {
            sql.append(" AND archived = 0");
        }
        for (String term : Text.fold(query.text()).split("\\s+")) {
            if (!term.isEmpty()) {
                sql.append(" AND ").append(dialect.position("search_text", "?")).append(" > 0");
                params.add(term);
            }
        }
        if (query.tier() != null) {
            sql.append(" AND (tier = ? OR (tier IS NULL AND ? = 'REGULAR'))");
            params.add(query.tier());
            params.add(query.tier());
        }
        if (query.tag() != null) {
            String newLine = dialect.newLine();
            sql.append(" AND ").append(dialect.position(newLine + " || tags || " + newLine, "?")).append(" > 0");
            params.add(NEW_LINE + query.tag() + NEW_LINE);
        }
        sql.append(byName());
        return Jdbc.list(connection, sql.toString(), SqlClientRepository::row, params.toArray());
    }

    @Override
    public List<String> tags() {
        TreeSet<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Jdbc.each(connection, "SELECT DISTINCT tags FROM clients WHERE tags <> ''", rs -> rs.getString(1),
                joined -> tags.addAll(split(joined)));
        return List.copyOf(tags);
    }

    @Override
    public List<ClientRef> refs(boolean includeArchived) {
        return Jdbc.list(connection, "SELECT id, display_name FROM clients"
                + (includeArchived ? "" : " WHERE archived = 0") + byName(),
                rs -> new ClientRef(rs.getString(1), rs.getString(2)));
    }

    @Override
    public List<ClientRef> referredBy(String id) {
        return Jdbc.list(connection, "SELECT id, display_name FROM clients WHERE referred_by = ?" + byName(),
                rs -> new ClientRef(rs.getString(1), rs.getString(2)), id);
    }

    private String byName() {
        return " ORDER BY " + dialect.byName("display_name") + ", id";
    }

    @Override
    public long count() {
        return Jdbc.count(connection, "SELECT count(*) FROM clients");
    }

    @Override
    public boolean isEmpty() {
        return Jdbc.count(connection, "SELECT CASE WHEN EXISTS (SELECT 1 FROM clients) THEN 1 ELSE 0 END") == 0;
    }

    @Override
    public long countActive() {
        return Jdbc.count(connection, "SELECT count(*) FROM clients WHERE archived = 0 AND do_not_contact = 0");
    }

    @Override
    public String nextId() {
        if (dialect == Dialect.POSTGRES) {
            return PostgresIds.CLIENT.next(connection);
        }
        long next = Jdbc.count(connection,
                "SELECT coalesce(max(CAST(substr(id, 3) AS INTEGER)), 0) FROM clients WHERE id GLOB 'c-[0-9]*'") + 1;
        String id = "c-%04d".formatted(next);
        while (exists(id)) {
            id = "c-%04d".formatted(++next);
        }
        return id;
    }

    @Override
    public void forEach(Consumer<Client> sink) {
        Jdbc.each(connection, "SELECT " + COLUMNS + " FROM clients ORDER BY " + dialect.insertionOrder(),
                SqlClientRepository::client, sink);
    }

    @Override
    public void refreshContactDates() {
        Jdbc.update(connection, "UPDATE clients SET"
                + " last_contact = (SELECT max(at) FROM interactions i WHERE i.client_id = clients.id),"
                + " first_purchase = (SELECT min(at) FROM interactions i WHERE i.client_id = clients.id"
                + " AND i.kind = 'PURCHASE')");
    }

    static Client client(ResultSet rs) throws SQLException {
        String birthday = rs.getString("birthday");
        String since = rs.getString("client_since");
        String channel = rs.getString("preferred_channel");
        return new Client(rs.getString("id"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("company"), rs.getString("title"), split(rs.getString("emails")),
                split(rs.getString("phones")),
                new Address(rs.getString("street"), rs.getString("city"), rs.getString("region"),
                        rs.getString("postal_code"), rs.getString("country")),
                birthday == null ? null : Birthday.parse(birthday),
                since == null ? null : LocalDate.parse(since),
                Instant.parse(rs.getString("added_at")), rs.getString("tier"), split(rs.getString("tags")),
                rs.getString("referred_by"), channel == null ? null : Channel.valueOf(channel),
                rs.getInt("do_not_contact") != 0, rs.getInt("archived") != 0, rs.getString("notes"));
    }

    private static ClientRow row(ResultSet rs) throws SQLException {
        String last = rs.getString("last_contact");
        return new ClientRow(rs.getString("id"), rs.getString("display_name"), rs.getString("company"),
                rs.getString("tier"), last == null ? null : LocalDate.parse(last.substring(0, 10)),
                split(rs.getString("tags")), rs.getInt("archived") != 0, rs.getInt("do_not_contact") != 0);
    }

    /** What search matches: every field a person might type, folded (no case, no accents). */
    static String searchText(Client c) {
        List<String> parts = new ArrayList<>(List.of(c.displayName(), c.firstName(), c.lastName(), c.company(),
                c.title(), c.address().oneLine(), c.notes()));
        parts.addAll(c.emails());
        parts.addAll(c.phones());
        c.phones().forEach(p -> parts.add(p.replaceAll("\\D", "")));
        parts.addAll(c.tags());
        return Text.fold(String.join(NEW_LINE, parts));
    }

    private static String join(List<String> values) {
        return String.join(NEW_LINE, values);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(NEW_LINE));
    }
}
