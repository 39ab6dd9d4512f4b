package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.Main;
import app.rapport.testutil.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Separate programs on one new team book: the first to come makes its tables, the other waits and uses them. */
class TeamBookProcessesTest {
    @TempDir
    Path dir;

    @Test
    void twoProgramsOpeningANewTeamBookAtOnce_bothWork_andTheBookIsMadeOnce() throws Exception {
        TestPostgres.Server server = TestPostgres.server();
        String database = TestPostgres.newDatabase();
        String url = server.bookUrl(database);
        List<Process> programs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            programs.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "stats", "--book", url,
                    "--data", dir.resolve("computer-" + i).toString()).redirectErrorStream(true).start());
        }
        for (Process p : programs) {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(said).isZero();
            assertThat(said).contains("\"clients\": 0");
        }
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(database)); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*), max(version) FROM book_format")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).as("one format row: the book was made once").isEqualTo(1);
        }
    }
}
