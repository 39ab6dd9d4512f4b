package app.rapport.store;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.RecordVersion;
import app.rapport.model.Settings;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A book file from before record versions, upgraded: its records at version 1. */
class RecordVersionUpgradeTest {
    /** A book file from before versions (a team book has none older). */
    @Test
    void olderBook_upgraded_itsRecordsAtVersion1_itsCustomisedSettingsToo(@TempDir Path dir) throws Exception {
        try (SqliteBookStore file = SqliteBookStore.open(dir)) {
            file.writeVoid(tx -> tx.clients().insert(client("c-1").name("Ana", "Ruiz").build()));
            file.writeVoid(tx -> tx.settings().save(Settings.defaults()));
        }
        try (var c = SqliteConnections.open(dir.resolve(SqliteBookStore.BOOK_FILE), SqliteConnections.Access.WRITE);
                Statement s = c.createStatement()) {
            DatabaseTest.withoutV10(s);
            s.execute("PRAGMA user_version = 9");
        }
        try (SqliteBookStore file = SqliteBookStore.open(dir)) {
            assertThat(file.<Optional<RecordVersion>>read(tx -> tx.clients().version("c-1")))
                    .contains(new RecordVersion(1, null, null));
            assertThat(file.<RecordVersion>read(tx -> tx.settings().version()))
                    .isEqualTo(new RecordVersion(1, null, null));
        }
    }
}
