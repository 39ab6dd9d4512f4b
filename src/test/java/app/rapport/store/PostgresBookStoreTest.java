package app.rapport.store;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.testutil.TestPostgres;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a team book: its schema made once under a lock, a newer book refused, failures said plainly. */
class PostgresBookStoreTest {
    static final int LATEST = Migrations.latestVersion(Dialect.POSTGRES);

    static PostgresBookStore open(String database) {
        return PostgresBookStore.open(TestBook.jdbcUrl(database), new Properties());
    }

    static long number(String database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestBook.jdbcUrl(database)); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    static void execute(String database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestBook.jdbcUrl(database));
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void migrations_bothDialectsReachTheSameFormat() {
        assertThat(Migrations.latestVersion(Dialect.POSTGRES)).isEqualTo(Migrations.latestVersion(Dialect.SQLITE));
        for (int v = Migrations.POSTGRES_BASELINE; v <= LATEST; v++) {
            assertThat(Migrations.statements(Dialect.POSTGRES, v)).as("team book migration %d", v).isNotEmpty();
        }
    }

    @Test
    void open_emptyDatabase_makesABookOfTheLatestFormat_describedByDatabaseAndServer() throws Exception {
        String database = TestPostgres.newDatabase();
        try (PostgresBookStore store = open(database)) {
            assertThat(store.file()).isEmpty();
            assertThat(store.describe()).isEqualTo("team book " + database + " on 127.0.0.1:"
                    + TestPostgres.server().port());
            assertThat(store.<Long>read(tx -> tx.clients().count())).isZero();
        }
        assertThat(number(database, "SELECT version FROM book_format")).isEqualTo(LATEST);
        try (PostgresBookStore again = open(database)) {
            assertThat(number(database, "SELECT count(*) FROM book_format")).isOne();
        }
    }

    @Test
    void open_twoComputersAtOnce_bothOpenTheOneBook() throws Exception {
        String database = TestPostgres.newDatabase();
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<PostgresBookStore> first = CompletableFuture.supplyAsync(() -> openAfter(start, database));
        CompletableFuture<PostgresBookStore> second = CompletableFuture.supplyAsync(() -> openAfter(start, database));
        start.countDown();
        try (PostgresBookStore a = first.get(60, TimeUnit.SECONDS); PostgresBookStore b = second.get(60,
                TimeUnit.SECONDS)) {
            a.writeVoid(tx -> tx.clients().insert(client("c-1").name("Ana", "Ruiz").build()));
            assertThat(b.<Long>read(tx -> tx.clients().count())).isOne();
        }
        assertThat(number(database, "SELECT version FROM book_format")).isEqualTo(LATEST);
    }

    private static PostgresBookStore openAfter(CountDownLatch start, String database) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return open(database);
    }

    /** Another computer's migration holds the lock: this one waits, then finds the book made and opens it. */
    @Test
    void open_whileAnotherComputerMigrates_waitsForIt_thenFindsTheBookUpToDate() throws Exception {
        String database = TestPostgres.newDatabase();
        try (Connection other = DriverManager.getConnection(TestBook.jdbcUrl(database));
                Statement s = other.createStatement()) {
            other.setAutoCommit(false);
            s.execute("SELECT pg_advisory_xact_lock(" + PostgresMigrator.LOCK_KEY + ")");
            for (String sql : Migrations.statements(Dialect.POSTGRES, Migrations.POSTGRES_BASELINE)) {
                s.execute(sql);
            }
            s.execute("UPDATE book_format SET version = " + LATEST);
            CompletableFuture<PostgresBookStore> opening = CompletableFuture.supplyAsync(() -> open(database));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> number(database,
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted") == 1);
            assertThat(opening).isNotDone();
            s.execute("INSERT INTO settings (key, value) VALUES ('made by', 'the other computer')");
            other.commit();
            try (PostgresBookStore store = opening.get(30, TimeUnit.SECONDS)) {
                assertThat(store.<Optional<String>>read(tx -> tx.settings().value("made by")))
                        .contains("the other computer");
            }
        }
    }

    @Test
    void open_bookFromANewerRapport_isRefused_andLeftAsItWas() throws Exception {
        String database = TestPostgres.newDatabase();
        open(database).close();
        execute(database, "UPDATE book_format SET version = " + (LATEST + 1));
        assertThatThrownBy(() -> open(database)).isInstanceOf(BookTooNewException.class)
                .hasMessage(new BookTooNewException(LATEST + 1, LATEST).getMessage())
                .hasMessageContaining("book format " + (LATEST + 1) + "; this version reads up to " + LATEST);
        assertThat(number(database, "SELECT version FROM book_format")).isEqualTo(LATEST + 1);
    }

    @Test
    void open_manyChangeRows_foldsThemIntoOne_ofTheSameCount() throws Exception {
        String database = TestPostgres.newDatabase();
        open(database).close();
        execute(database, "INSERT INTO book_changes (changes) SELECT 1 FROM generate_series(1, "
                + (PostgresBookStore.MOST_CHANGE_ROWS + 500) + ")");
        try (PostgresBookStore store = open(database)) {
            assertThat(store.<Long>read(tx -> tx.agendaSnapshots().changeCount()))
                    .isEqualTo(PostgresBookStore.MOST_CHANGE_ROWS + 500);
        }
        assertThat(number(database, "SELECT count(*) FROM book_changes")).isOne();
    }

    /** The server dropped every connection (it restarted): a connection idle a while is checked, and made again. */
    @Test
    void connectionsTheServerDropped_areMadeAgain_beforeTheNextReadAndWrite() throws Exception {
        String database = TestPostgres.newDatabase();
        try (PostgresBookStore store = PostgresBookStore.open(TestBook.jdbcUrl(database), new Properties(),
                Duration.ZERO)) {
            store.writeVoid(tx -> tx.clients().insert(client("c-1").name("Ana", "Ruiz").build()));
            assertThat(store.<Long>read(tx -> tx.clients().count())).isOne();
            dropEveryConnection(database);
            assertThat(store.<Long>read(tx -> tx.clients().count())).isOne();
            store.writeVoid(tx -> tx.clients().insert(client("c-2").name("Li", "Wei").build()));
            assertThat(store.<Long>read(tx -> tx.clients().count())).isEqualTo(2);
        }
    }

    /**
     * A connection used a moment ago is not checked: when the server dropped it meanwhile, what was
     * under way fails in plain words, and the next read and write connect afresh.
     */
    @Test
    void aConnectionDroppedAMomentAgo_failsWhatWasUnderWay_inPlainWords_thenTheBookConnectsAfresh() throws Exception {
        String database = TestPostgres.newDatabase();
        try (PostgresBookStore store = PostgresBookStore.open(TestBook.jdbcUrl(database), new Properties(),
                Duration.ofHours(1))) {
            store.writeVoid(tx -> tx.clients().insert(client("c-1").name("Ana", "Ruiz").build()));
            assertThat(store.<Long>read(tx -> tx.clients().count())).isOne();
            dropEveryConnection(database);
            assertThatThrownBy(() -> store.read(tx -> tx.clients().count())).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("The connection to the team book's server was lost (");
            store.writeVoid(tx -> tx.clients().insert(client("c-2").name("Li", "Wei").build()));
            assertThat(store.<Long>read(tx -> tx.clients().count())).isEqualTo(2);
        }
    }

    /** Ends every connection to {@code database} from the server's side, as a restart would, and waits till gone. */
    private static void dropEveryConnection(String database) throws Exception {
        String others = " FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()";
        execute(database, "SELECT pg_terminate_backend(pid)" + others);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> number(database, "SELECT count(*)" + others) == 0);
    }

    @Test
    void open_noSuchDatabase_saysSo() {
        TestPostgres.Server server = TestPostgres.server();
        assertThatThrownBy(() -> open("no_such_book")).isInstanceOf(StoreException.class)
                .hasMessage("There is no database no_such_book on the server 127.0.0.1:" + server.port() + ".");
    }

    @Test
    void open_noSuchUser_saysWhichUserTheServerRefused() {
        TestPostgres.Server server = TestPostgres.server();
        Properties props = new Properties();
        props.setProperty("user", "nobody_here");
        assertThatThrownBy(() -> PostgresBookStore.open("jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres",
                props)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The server 127.0.0.1:" + server.port() + " refused the user nobody_here: ")
                .hasMessageContaining("nobody_here");
    }

    @Test
    void open_noServerThere_saysItCannotBeReached() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        int closed = port;
        assertThatThrownBy(() -> PostgresBookStore.open("jdbc:postgresql://127.0.0.1:" + closed + "/rapport",
                new Properties())).isInstanceOf(StoreException.class)
                .hasMessage("Cannot reach the team book's server 127.0.0.1:" + closed
                        + ": it refused the connection (is PostgreSQL running there, on that port?).");
    }

    @Test
    void open_notAPostgresAddress_isRefused() {
        assertThatThrownBy(() -> PostgresBookStore.open("jdbc:mysql://db/rapport", new Properties()))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("Not the address of a team book");
    }
}
