package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testutil.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** What another computer commits is heard within moments, and the listener comes back after a restart. */
class TeamBookListenerTest {
    final List<String> heard = new CopyOnWriteArrayList<>();
    final List<String> lost = new CopyOnWriteArrayList<>();
    final List<String> back = new CopyOnWriteArrayList<>();
    String url;
    Properties props;
    TeamBookListener listener;

    @BeforeEach
    void listen() {
        TestPostgres.Server server = TestPostgres.server();
        String database = TestPostgres.newDatabase();
        url = "jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + database;
        props = new Properties();
        props.setProperty("user", "postgres");
        listener = TeamBookListener.start(url, props, new TeamBookListener.Events() {
            @Override
            public void changed(String payload) {
                heard.add(payload);
            }

            @Override
            public void lost(String why) {
                lost.add(why);
            }

            @Override
            public void reconnected() {
                back.add("back");
            }
        });
    }

    @AfterEach
    void stop() {
        listener.close();
    }

    @Test
    void aCommittedChange_isHeard_aRolledBackOneIsNot() throws Exception {
        awaitListening();
        try (Connection c = DriverManager.getConnection(url, props)) {
            c.setAutoCommit(false);
            write(c);
            TeamBookListener.announce(c, "rolled back");
            c.rollback();
            TeamBookListener.announce(c, "read only: nothing to announce");
            c.commit();
            write(c);
            TeamBookListener.announce(c, "computer-2 42");
            c.commit();
        }
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> !heard.isEmpty());
        assertThat(heard).containsExactly("computer-2 42");
    }

    @Test
    void afterTheServerRestarts_theListenerSaysSo_comesBack_andHearsAgain() throws Exception {
        awaitListening();
        TestPostgres.restart();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !back.isEmpty());
        assertThat(lost).isNotEmpty();
        try (Connection c = DriverManager.getConnection(url, props)) {
            c.setAutoCommit(false);
            write(c);
            TeamBookListener.announce(c, "after the restart");
            c.commit();
        }
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> heard.contains("after the restart"));
    }

    /** A change in the transaction open on {@code c} (it gets a transaction id, as a write does). */
    private static void write(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_current_xact_id()");
        }
    }

    /** Waits until the listener's LISTEN is in place (its session is listening on the channel). */
    private void awaitListening() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try (Connection c = DriverManager.getConnection(url, props); Statement s = c.createStatement();
                    var rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name ="
                            + " 'Rapport listener' AND datname = current_database() AND query LIKE 'LISTEN%'")) {
                return rs.next() && rs.getInt(1) > 0;
            }
        });
    }
}
