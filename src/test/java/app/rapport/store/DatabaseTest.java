package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void open_newFile_setsEveryPragmaOnEveryConnection() {
        try (Database db = Database.open(dir.resolve("rapport.db"))) {
            assertThat(db.pragma("journal_mode")).isEqualToIgnoringCase("wal");
            assertThat(db.pragma("synchronous")).isEqualTo("2");
            assertThat(db.pragma("foreign_keys")).isEqualTo("1");
            assertThat(db.pragma("busy_timeout")).isEqualTo(String.valueOf(SqliteConnections.BUSY_TIMEOUT_MS));
            assertThat(db.pragma("trusted_schema")).isEqualTo("0");
            String[] readerPragmas = db.inReadTransaction(c -> {
                String[] values = new String[3];
                try (Statement s = c.createStatement()) {
                    for (int i = 0; i < 3; i++) {
                        var rs = s.executeQuery("PRAGMA "
                                + new String[] {"foreign_keys", "trusted_schema", "synchronous"}[i]);
                        rs.next();
                        values[i] = rs.getString(1);
                    }
                }
                return values;
            });
            assertThat(readerPragmas).containsExactly("1", "0", "2");
        }
    }

    @Test
    void open_emptyFile_migratesToLatestVersion() {
        try (Database db = Database.open(dir.resolve("rapport.db"))) {
            assertThat(db.schemaVersion()).isEqualTo(Database.supportedVersion());
            assertThat(db.pragma("user_version")).isEqualTo(String.valueOf(Database.supportedVersion()));
        }
    }

    @Test
    void open_twice_migratesOnlyOnce() {
        Path file = dir.resolve("rapport.db");
        Database.open(file).close();
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.supportedVersion());
        }
    }

    /** Takes out what V10 adds (the records' versions), so that a new book looks like an older one. */
    static void withoutV10(Statement s) throws SQLException {
        for (String table : new String[] {"clients", "follow_ups", "templates"}) {
            for (String column : new String[] {"version", "changed_by", "changed_at"}) {
                s.execute("ALTER TABLE " + table + " DROP COLUMN " + column);
            }
        }
        s.execute("DROP TABLE settings_version");
    }

    /** Takes out what V9 and V10 add (references, who logged, versions): a new book looks like an older one. */
    static void withoutV9(Statement s) throws SQLException {
        withoutV10(s);
        s.execute("DROP INDEX interactions_by_ref");
        s.execute("ALTER TABLE interactions DROP COLUMN ref");
        s.execute("ALTER TABLE interactions DROP COLUMN logged_by");
        s.execute("ALTER TABLE decisions DROP COLUMN decided_by");
    }

    @Test
    void open_version5Book_keepsItsDecisions_doneWithNoActionRecorded() throws Exception {
        Path file = dir.resolve("rapport.db");
        Database.open(file).close();
        try (var c = SqliteConnections.open(file, SqliteConnections.Access.WRITE); Statement s = c.createStatement()) {
            withoutV9(s); // back to what V5 made: V9's additions, then V6's (V7 and V8 run again unharmed)
            s.execute("ALTER TABLE decisions DROP COLUMN action");
            s.execute("PRAGMA user_version = 5");
            s.execute("INSERT INTO clients (id, first_name, added_at, display_name, search_text)"
                    + " VALUES ('c-1', 'Ana', '2026-01-01T00:00:00Z', 'Ana', 'ana')");
            s.execute("INSERT INTO decisions (client_id, rule, anchor, decision, reason, at)"
                    + " VALUES ('c-1', 'BIRTHDAY', '2026-11-20', 'DONE', 'Birthday card', '2026-11-20T09:00:00Z')");
        }
        try (SqliteBookStore store = new SqliteBookStore(Database.open(file))) {
            assertThat(store.<List<Decision>>read(tx -> tx.decisions().forClient("c-1")))
                    .singleElement().satisfies(d -> {
                        assertThat(d.decision()).isEqualTo(DecisionKind.DONE);
                        assertThat(d.action()).isNull();
                        assertThat(d.by()).isNull();
                    });
            assertThat(store.database().schemaVersion()).isEqualTo(Database.supportedVersion());
        }
    }

    @Test
    void open_version6BookWithValuesBeyondTodaysLimits_bringsThemWithin_andOpens() throws Exception {
        Path file = dir.resolve("rapport.db");
        Database.open(file).close();
        try (var c = SqliteConnections.open(file, SqliteConnections.Access.WRITE); Statement s = c.createStatement()) {
            withoutV9(s);
            s.execute("PRAGMA user_version = 6");
            s.execute("INSERT INTO clients (id, first_name, added_at, display_name, search_text)"
                    + " VALUES ('c-1', 'Ana', '2026-01-01T00:00:00Z', 'Ana', 'ana')");
            s.execute("INSERT INTO interactions (id, client_id, at, kind, direction, experience, amount) VALUES"
                    + " ('i-1', 'c-1', '2026-02-01T10:00', 'PURCHASE', 'INBOUND', 'NEUTRAL', '12.3456'),"
                    + " ('i-2', 'c-1', '2026-02-02T10:00', 'PURCHASE', 'INBOUND', 'NEUTRAL', '7.2500'),"
                    + " ('i-3', 'c-1', '2026-02-03T10:00', 'PURCHASE', 'INBOUND', 'NEUTRAL', '1250')");
            s.execute("UPDATE tiers SET cadence_days = 5000 WHERE name = 'OCCASIONAL'");
            s.execute("INSERT INTO settings (key, value) VALUES ('settings.rules.atRiskMultiple', '3000'),"
                    + " ('settings.rules.horizonDays', '9999'), ('settings.noteAmountThreshold', '500.12345')");
        }
        try (SqliteBookStore store = new SqliteBookStore(Database.open(file))) {
            assertThat(store.<List<String>>read(tx -> tx.interactions().forClient("c-1").stream()
                    .map(i -> i.amount().toPlainString()).sorted().toList()))
                    .containsExactly("12.346", "1250", "7.2500");
            Settings settings = store.read(tx -> tx.settings().load());
            assertThat(settings.rules().atRiskMultiple()).isEqualTo(100);
            assertThat(settings.rules().horizonDays()).isEqualTo(3650);
            assertThat(settings.tier("OCCASIONAL").orElseThrow().cadenceDays()).isEqualTo(3650);
            assertThat(settings.noteAmountThreshold()).isEqualByComparingTo("500.123");
        }
    }

    @Test
    void open_bookFromNewerRapport_isRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("rapport.db");
        try (Database db = Database.open(file)) {
            db.inWriteTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA user_version = 99");
                }
                return null;
            });
        }
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(BookTooNewException.class)
                .hasMessageContaining("newer version of Rapport")
                .hasMessageContaining("99");
        try (var c = SqliteConnections.open(file, SqliteConnections.Access.WRITE); Statement s = c.createStatement();
             var rs = s.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(99);
        }
    }

    @Test
    void open_bookFileThatIsNotADatabase_isDamaged_notOverwritten() throws Exception {
        Path file = dir.resolve("rapport.db");
        Files.writeString(file, "this is a shopping list, not a database ".repeat(200));
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(BookDamagedException.class)
                .hasMessageContaining("damaged").hasMessageContaining("not an SQLite database");
        assertThat(Files.readString(file)).startsWith("this is a shopping list");
    }

    @Test
    void open_zeroByteFile_isDamaged_neverANewBook_toWritersAndReadersAlike() throws Exception {
        Path file = Files.createFile(dir.resolve("rapport.db"));
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(BookDamagedException.class)
                .hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> Database.openForReading(file)).isInstanceOf(BookDamagedException.class)
                .hasMessageContaining("the file is empty");
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void open_noBookFile_makesOneWhole_andNeverOverAnOrphanedLog() throws Exception {
        Path file = dir.resolve("rapport.db");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.supportedVersion());
            db.inWriteTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE book_changes SET count = 7 WHERE id = 1");
                }
            });
            Files.copy(dir.resolve("rapport.db-wal"), dir.resolve("kept-wal"));
        }
        assertThat(dir).isDirectoryNotContaining("glob:**rapport.db.new*");
        Files.delete(file);
        Files.copy(dir.resolve("kept-wal"), dir.resolve("rapport.db-wal"));
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(BookDamagedException.class)
                .hasMessageContaining("rapport.db-wal");
        assertThat(file).doesNotExist();
    }

    @Test
    void inWriteTransaction_failure_leavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("rapport.db"))) {
            assertThatThrownBy(() -> db.inWriteTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO settings (key, value) VALUES ('a', '1')");
                    s.execute("INSERT INTO settings (key, value) VALUES ('a', '2')");
                }
                return null;
            })).isInstanceOf(StoreException.class);
            long rows = db.inReadTransaction(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM settings")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(rows).isZero();
        }
    }

    @Test
    void migrations_splitStatementsAtLineEndSemicolons() {
        assertThat(Migrations.split("-- c\nCREATE TABLE a (x TEXT DEFAULT ';');\nINSERT INTO a VALUES ('1');\n"))
                .containsExactly("CREATE TABLE a (x TEXT DEFAULT ';');", "INSERT INTO a VALUES ('1');");
    }
}
