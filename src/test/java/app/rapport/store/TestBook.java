package app.rapport.store;

import app.rapport.testutil.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A new, empty book of either kind for a store test: an SQLite book in a folder of its own, or a
 * team book in a database of its own on the test run's PostgreSQL server ({@link TestPostgres}:
 * the test is skipped, or fails in CI, where there is none). Closing it closes the store and throws
 * the book away.
 */
final class TestBook implements AutoCloseable {
    private final Dialect dialect;
    private final BookStore store;
    private final Path folder;
    private final String database;

    private TestBook(Dialect dialect, BookStore store, Path folder, String database) {
        this.dialect = dialect;
        this.store = store;
        this.folder = folder;
        this.database = database;
    }

    static TestBook of(Dialect dialect) {
        return dialect == Dialect.SQLITE ? sqlite() : postgres();
    }

    static TestBook sqlite() {
        try {
            Path folder = Files.createTempDirectory("rapport-test-book-");
            return new TestBook(Dialect.SQLITE, SqliteBookStore.open(folder), folder, null);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot make a folder for a test book", e);
        }
    }

    static TestBook postgres() {
        String database = TestPostgres.newDatabase();
        return new TestBook(Dialect.POSTGRES, PostgresBookStore.open(jdbcUrl(database), new Properties()), null,
                database);
    }

    /** The JDBC URL of the test server's {@code database}. */
    static String jdbcUrl(String database) {
        return TestPostgres.server().jdbcUrl(database);
    }

    Dialect dialect() {
        return dialect;
    }

    BookStore store() {
        return store;
    }

    /** The team book's database; {@code null} for an SQLite book. */
    String database() {
        return database;
    }

    /** A connection of its own to the book, as another program would have. */
    Connection connect() throws SQLException {
        return dialect == Dialect.SQLITE
                ? DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(SqliteBookStore.BOOK_FILE))
                : DriverManager.getConnection(jdbcUrl(database));
    }

    /** Runs {@code sql} on a connection of its own, as another program would. */
    void byAnotherProgram(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            if (dialect == Dialect.SQLITE) {
                s.execute("PRAGMA busy_timeout = 5000");
            }
            s.execute(sql);
        }
    }

    @Override
    public void close() {
        store.close();
        if (folder != null) {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind
            }
        } else {
            TestPostgres.dropDatabase(database);
        }
    }
}
