package app.rapport.testutil;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the team-book tests: the one {@code RAPPORT_TEST_PG} names
 * ({@code host:port}, user {@code postgres}, trusted), else a throw-away cluster started once per
 * test run from the machine's PostgreSQL binaries (Debian's {@code postgresql} package) in a
 * temporary folder, on 127.0.0.1 and a free port, as the {@code postgres} user when the tests run
 * as root (PostgreSQL refuses to run as root), stopped when the tests end.
 *
 * <p>Where no server can be had (a laptop without PostgreSQL), a test that asks for one is skipped
 * with the reason, never passed in silence; in CI ({@code CI=true}) it fails instead.
 */
public final class TestPostgres {
    public static final String ENV = "RAPPORT_TEST_PG";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server server;
    private static String unavailable;
    /** How to restart the cluster this run started: pg_ctl's command line; null for a server given. */
    private static List<String> restart;
    private static boolean asRoot;

    private TestPostgres() {
    }

    /** A server: {@code host}, {@code port}, and the superuser {@code postgres} (trusted, no password). */
    public record Server(String host, int port) {
        /** The JDBC URL of {@code database} as the superuser. */
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?user=postgres";
        }

        /** The book URL of FORMATS.md for {@code database}. */
        public String bookUrl(String database) {
            return "postgresql://" + host + ":" + port + "/" + database + "?user=postgres";
        }
    }

    /** The test run's server; skips the calling test (fails it in CI) when there is none. */
    public static synchronized Server server() {
        if (server == null && unavailable == null) {
            try {
                server = start();
            } catch (IOException | RuntimeException e) {
                unavailable = e.getMessage();
            }
        }
        if (server == null) {
            String why = "No PostgreSQL server for the team-book tests: " + unavailable;
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
        return server;
    }

    /** A new, empty database on the server, with a name of its own; returns its name. */
    public static String newDatabase() {
        Server s = server();
        String name = "rapport_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(s.jdbcUrl("postgres")); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    /** Drops a database {@link #newDatabase()} made, with whatever connections are still open to it. */
    public static void dropDatabase(String name) {
        try (Connection c = DriverManager.getConnection(server().jdbcUrl("postgres"));
                Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop the test database " + name + ": " + e.getMessage(), e);
        }
    }

    private static Server start() throws IOException {
        String given = System.getenv(ENV);
        if (given != null && !given.isBlank()) {
            String[] hostPort = given.strip().split(":");
            return new Server(hostPort[0], Integer.parseInt(hostPort[1]));
        }
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(
                "no initdb and pg_ctl in /usr/lib/postgresql/*/bin (install Debian's postgresql package),"
                        + " and " + ENV + " is not set"));
        boolean root = "root".equals(System.getProperty("user.name"));
        Path folder = Files.createTempDirectory("rapport-pg-");
        Path data = folder.resolve("data");
        if (root) {
            run(List.of("chown", "postgres", folder.toString()), false);
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"), root);
        List<String> pgCtl = List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                folder.resolve("log").toString(), "-w", "-o", "-p " + port + " -k " + folder
                        + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                        + " -c full_page_writes=off -c max_connections=200");
        run(append(pgCtl, "start"), root);
        restart = append(append(pgCtl, "-m"), "fast");
        restart = append(restart, "restart");
        asRoot = root;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"),
                        root);
            } catch (IOException | RuntimeException e) {
                // the folder goes anyway
            }
            deleteQuietly(folder);
        }, "rapport-test-postgres-stop"));
        return new Server("127.0.0.1", port);
    }

    /**
     * Restarts the server this test run started (every connection to it is cut, as when a shop's
     * server restarts); skips the calling test when the server was given by {@link #ENV}.
     */
    public static synchronized void restart() {
        server();
        Assumptions.assumeTrue(restart != null, "The server named by " + ENV + " is not this run's to restart");
        try {
            run(restart, asRoot);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot restart the test server: " + e.getMessage(), e);
        }
    }

    private static List<String> append(List<String> list, String item) {
        List<String> longer = new ArrayList<>(list);
        longer.add(item);
        return List.copyOf(longer);
    }

    /** The newest version's binaries under /usr/lib/postgresql. */
    private static Optional<Path> binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> versionOf(b.getParent())));
        }
    }

    private static int versionOf(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took over a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (p.exitValue() != 0) {
            String output = new String(p.getInputStream().readAllBytes()).strip();
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
