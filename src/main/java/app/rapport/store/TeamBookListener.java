package app.rapport.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears what the other computers change in a team book, on a connection of its own kept for
 * listening (PostgreSQL's LISTEN/NOTIFY): each write transaction that changed the book announces
 * itself on {@link #CHANNEL} when it commits ({@link #announce}). When the connection is lost (the
 * server restarted, the network went away) the listener says so and connects again, waiting a
 * little longer after each failure (half a second, doubling, at most {@link #MAX_WAIT}); once
 * back it says so, for a full refresh, since what was announced meanwhile was not heard.
 */
public final class TeamBookListener implements AutoCloseable {
    /** The channel write transactions announce their changes on. */
    public static final String CHANNEL = "rapport_book";
    static final Duration FIRST_WAIT = Duration.ofMillis(500);
    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(TeamBookListener.class);
    private static final int POLL_MILLIS = 500;

    /** What the listener tells; called on its own thread. */
    public interface Events {
        /** Another write was committed; {@code payload} is what it announced. */
        void changed(String payload);

        /** The connection was lost and is being made again; {@code why} in one line. */
        void lost(String why);

        /** Listening again after a loss: what changed meanwhile was not heard. */
        void reconnected();
    }

    private final String jdbcUrl;
    private final Properties properties;
    private final Events events;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;

    private TeamBookListener(String jdbcUrl, Properties properties, Events events) {
        this.jdbcUrl = jdbcUrl;
        this.properties = new Properties();
        this.properties.putAll(properties);
        this.properties.setProperty("ApplicationName", "Rapport listener");
        this.events = events;
        this.thread = new Thread(this::run, "rapport-team-listener");
        this.thread.setDaemon(true);
    }

    /** Starts listening to the team book at {@code jdbcUrl}. */
    public static TeamBookListener start(String jdbcUrl, Properties properties, Events events) {
        TeamBookListener listener = new TeamBookListener(jdbcUrl, properties, events);
        listener.thread.start();
        return listener;
    }

    /**
     * Announces the change made in the transaction open on {@code c}, when it made one: heard by
     * every listener when it commits, and not at all when it rolls back.
     */
    static void announce(Connection c, String payload) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)"
                + " WHERE pg_current_xact_id_if_assigned() IS NOT NULL")) {
            ps.setString(1, CHANNEL);
            ps.setString(2, payload);
            ps.execute();
        }
    }

    private void run() {
        Duration wait = FIRST_WAIT;
        boolean lostBefore = false;
        while (running) {
            try (Connection c = DriverManager.getConnection(jdbcUrl, properties)) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                if (lostBefore) {
                    LOG.info("Listening to the team book again");
                    events.reconnected();
                }
                wait = FIRST_WAIT;
                listen(c.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!lostBefore) {
                    LOG.warn("Lost the team book's connection for listening: {}", e.getMessage());
                }
                lostBefore = true;
                events.lost(oneLine(e));
                if (!pause(wait)) {
                    return;
                }
                wait = wait.multipliedBy(2).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait.multipliedBy(2);
            } finally {
                connection = null;
            }
        }
    }

    private void listen(PGConnection pg) throws SQLException {
        while (running) {
            PGNotification[] heard = pg.getNotifications(POLL_MILLIS);
            if (heard != null) {
                for (PGNotification n : heard) {
                    events.changed(n.getParameter());
                }
            }
        }
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m).strip();
    }

    private boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops listening and closes the connection; waits a moment for the thread to end. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("Closing the listening connection", e);
            }
        }
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
