package app.rapport.service;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testutil.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team book's exports on this computer: JSON, in a folder of its own, taken when it changed, rotated. */
class TeamBookBackupsTest {
    static final TeamBookAddress SHOP = new TeamBookAddress("DB.Shop", 5432, "rapport", "marta", Optional.empty());
    @TempDir
    Path data;
    final MutableClock clock = MutableClock.at("2026-11-23T09:00", "Europe/Berlin");
    OpenBook book;
    TeamBookBackups backups;

    @BeforeEach
    void open() {
        book = OpenBook.open(data.resolve("book"), false, clock, "a test");
        book.clients().add(client("c-0001").name("Ana", "Ruiz").build());
        backups = new TeamBookBackups(book.store(), book.transfer(), data.resolve("computer"), SHOP, clock);
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void anExport_isTheWholeBookAsJson_inTheTeamBooksOwnFolder_andReadsBack() throws Exception {
        Path taken = backups.backupNow();
        assertThat(taken.getParent()).isEqualTo(data.resolve("computer/backups/team-db.shop-rapport"));
        assertThat(taken.getFileName().toString()).isEqualTo("rapport-20261123-090000.json");
        assertThat(Files.readString(taken)).contains("\"format\"", "\"c-0001\"", "Ruiz");
        assertThat(backups.describe()).startsWith(TeamBookBackups.SERVERS_JOB).endsWith("1 export kept; the newest"
                + " from 2026-11-23 09:00.");

        try (OpenBook other = OpenBook.open(data.resolve("other"), false, clock, "a test")) {
            other.transfer().importBook(taken, true);
            assertThat(other.clients().refs(false)).extracting(r -> r.displayName()).containsExactly("Ana Ruiz");
        }
    }

    @Test
    void onlyAChangedBook_isExportedAgain() {
        assertThat(backups.backupIfChanged()).as("nothing changed since it was opened").isEmpty();
        book.clients().add(client("c-0002").name("Bo", "Lind").build());
        assertThat(backups.backupIfChanged()).isPresent();
        clock.advance(Duration.ofMinutes(30));
        assertThat(backups.backupIfChanged()).isEmpty();
    }

    @Test
    void oldExports_areThinnedOut_asBookBackupsAre() throws Exception {
        for (int day = 0; day < 20; day++) {
            backups.backupNow();
            clock.advance(Duration.ofDays(1));
        }
        try (Stream<Path> files = Files.list(backups.folder())) {
            List<Path> kept = files.toList();
            assertThat(kept).hasSizeBetween(12, 15).allSatisfy(p -> assertThat(p.toString()).endsWith(".json"));
        }
    }
}
