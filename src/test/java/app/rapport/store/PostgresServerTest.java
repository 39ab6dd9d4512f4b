package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testutil.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The team-book tests have a real PostgreSQL server, 13 or newer, and a database of their own each. */
class PostgresServerTest {
    @Test
    void aRealServer_13OrNewer_givesEachTestADatabaseOfItsOwn() throws Exception {
        TestPostgres.Server server = TestPostgres.server();
        String first = TestPostgres.newDatabase();
        String second = TestPostgres.newDatabase();
        assertThat(first).isNotEqualTo(second);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(first)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW server_version_num")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(130000);
        }
    }
}
