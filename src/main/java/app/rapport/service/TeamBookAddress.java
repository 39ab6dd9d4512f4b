package app.rapport.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Where a team book lives: FORMATS.md's {@code postgresql://HOST[:PORT]/DATABASE[?user=NAME&sslmode=MODE]}.
 * The password is never part of it (it comes from {@code ~/.pgpass}, {@code PGPASSWORD} or the owner),
 * so an address with one is refused rather than used.
 *
 * @param host the server's name or address (an IPv6 address without its brackets)
 * @param port the server's port, 5432 unless the address says otherwise
 * @param database the database that holds the book
 * @param user the role to connect as; when the address names none, this computer's user name
 * @param sslmode PostgreSQL's {@code sslmode} (TLS), or empty for the driver's default
 */
public record TeamBookAddress(String host, int port, String database, String user, Optional<String> sslmode) {
    public static final int DEFAULT_PORT = 5432;
    static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    private static final String FORM = "postgresql://HOST[:PORT]/DATABASE[?user=NAME&sslmode=MODE]";

    public TeamBookAddress {
        if (host == null || host.isBlank() || database == null || database.isBlank() || user == null
                || user.isBlank() || port < 1 || port > 65535) {
            throw new IllegalArgumentException("A team book's address needs a host, a port, a database and a user");
        }
    }

    /** Whether {@code text} looks like a team book's address rather than a folder. */
    public static boolean looksLikeOne(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("postgres://");
    }

    /**
     * Reads an address as FORMATS.md writes it; {@code systemUser} is the user when it names none.
     *
     * @throws IllegalArgumentException with one line saying what is wrong and the form expected
     */
    public static TeamBookAddress parse(String text, String systemUser) {
        String t = text == null ? "" : text.strip();
        if (!looksLikeOne(t)) {
            throw wrong(t, "it does not start with postgresql://");
        }
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            throw wrong(t, "it is not a valid address (" + e.getReason() + ")");
        }
        if (uri.getRawUserInfo() != null) {
            throw wrong(t, "it names a user or password before the host; write ?user=NAME, and keep the password in"
                    + " ~/.pgpass or PGPASSWORD, never in the address");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw wrong(t, "it names no server");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        if (port == 0 || port > 65535) {
            throw wrong(t, "the port " + port + " is not one from 1 to 65535");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isEmpty() || database.contains("/")) {
            throw wrong(t, "it names no database after the server (…/DATABASE)");
        }
        Map<String, String> query = query(t, uri.getRawQuery());
        String user = query.getOrDefault("user", systemUser);
        if (user == null || user.isBlank()) {
            throw wrong(t, "it names no user (?user=NAME)");
        }
        Optional<String> sslmode = Optional.ofNullable(query.get("sslmode"));
        if (sslmode.isPresent() && !SSL_MODES.contains(sslmode.get())) {
            throw wrong(t, "sslmode " + sslmode.get() + " is not one of disable, allow, prefer, require, verify-ca,"
                    + " verify-full");
        }
        return new TeamBookAddress(host, port, database, user, sslmode);
    }

    private static Map<String, String> query(String text, String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            switch (key) {
                case "user", "sslmode" -> values.put(key, value);
                case "password" -> throw wrong(text, "it holds a password; keep it in ~/.pgpass or PGPASSWORD, never"
                        + " in the address");
                default -> throw wrong(text, "Rapport does not know its setting " + key + "=");
            }
        }
        return values;
    }

    private static IllegalArgumentException wrong(String text, String why) {
        String shown = text.length() > 200 ? text.substring(0, 200) + "…" : text;
        return new IllegalArgumentException("The team book's address " + shown + " cannot be used: " + why
                + ". Write it "
                + FORM + ".");
    }

    /** The address as FORMATS.md writes it, with its user. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "postgresql://" + h + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database + "?user=" + user
                + sslmode.map(m -> "&sslmode=" + m).orElse("");
    }

    /** The PostgreSQL JDBC driver's URL (the user and TLS go in {@link #properties}). */
    public String jdbcUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/"
                + URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The driver's connection properties, with {@code password} when there is one. */
    public Properties properties(Optional<char[]> password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        sslmode.ifPresent(m -> p.setProperty("sslmode", m));
        password.ifPresent(pw -> p.setProperty("password", new String(pw)));
        p.setProperty("ApplicationName", "Rapport");
        p.setProperty("connectTimeout", "10");
        p.setProperty("tcpKeepAlive", "true");
        return p;
    }

    /** How the status line names it: "team book rapport on db.example.com". */
    public String describe() {
        return "team book " + database + " on " + host + (port == DEFAULT_PORT ? "" : ":" + port);
    }

    @Override
    public String toString() {
        return url();
    }
}
