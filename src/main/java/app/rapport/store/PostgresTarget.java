package app.rapport.store;

import java.util.Properties;
import org.postgresql.Driver;
import org.postgresql.PGProperty;

/** Where a team book is: the server, its port, the database and the user, as a JDBC URL and its properties say. */
record PostgresTarget(String host, int port, String database, String user) {
    private static final int DEFAULT_PORT = 5432;

    /**
     * Reads {@code jdbcUrl} ({@code jdbc:postgresql://HOST[:PORT]/DATABASE[?...]}) with {@code props}.
     *
     * @throws StoreException when it is not a PostgreSQL JDBC URL
     */
    static PostgresTarget of(String jdbcUrl, Properties props) {
        Properties parsed = Driver.parseURL(jdbcUrl, props);
        if (parsed == null) {
            throw new StoreException("Not the address of a team book: " + jdbcUrl.replaceAll("password=[^&]*", "")
                    + ". It looks like postgresql://HOST[:PORT]/DATABASE.");
        }
        String user = PGProperty.USER.getOrDefault(parsed);
        int port;
        try {
            port = Integer.parseInt(PGProperty.PG_PORT.getOrDefault(parsed).split(",")[0]);
        } catch (NumberFormatException e) {
            port = DEFAULT_PORT;
        }
        return new PostgresTarget(PGProperty.PG_HOST.getOrDefault(parsed).split(",")[0], port,
                PGProperty.PG_DBNAME.getOrDefault(parsed), user == null ? System.getProperty("user.name") : user);
    }

    /** The server, with its port unless it is PostgreSQL's usual one. */
    String server() {
        return port == DEFAULT_PORT ? host : host + ":" + port;
    }

    /** The book in a few words, for the status line: "team book rapport on db.example.com". */
    String describe() {
        return "team book " + database + " on " + server();
    }
}
