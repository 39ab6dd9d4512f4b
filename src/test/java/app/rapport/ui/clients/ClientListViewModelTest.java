package app.rapport.ui.clients;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.ClientRow;
import app.rapport.model.ClientsBehind;
import app.rapport.model.HealthBand;
import app.rapport.model.InsightFilter;
import app.rapport.service.OpenBook;
import app.rapport.testutil.ImmediateTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client list filtered to the clients behind an Insight number, and back to every client. */
class ClientListViewModelTest {
    @TempDir
    Path dir;
    OpenBook book;
    ClientListViewModel model;

    @BeforeEach
    void open() {
        book = OpenBook.open(dir, false, Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC), "a test");
        book.clients().add(client("c-1").name("Ana", "Ruiz").build());
        book.clients().add(client("c-2").name("Bo", "Lind").build());
        book.clients().add(client("c-3").name("Cy", "Old").archived(true).build());
        model = new ClientListViewModel(book.clients(), book.settings(), Map::of, new ImmediateTaskRunner(), e -> {
            throw new AssertionError(e);
        });
        model.refresh();
    }

    @AfterEach
    void close() {
        book.close();
    }

    private List<String> shown() {
        return model.rows().stream().map(ClientRow::id).sorted().toList();
    }

    @Test
    void filter_showsOnlyTheClientsBehind_archivedOnesToo_thenEveryClientAgain() {
        assertThat(shown()).containsExactly("c-1", "c-2");
        ClientsBehind behind = new ClientsBehind(InsightFilter.Health.now(HealthBand.AT_RISK),
                "Clients at risk now (2)",
                List.of("c-2", "c-3"));

        model.filter(behind);
        assertThat(shown()).containsExactly("c-2", "c-3");
        assertThat(model.behindProperty().get()).isEqualTo(behind);
        assertThat(model.summaryProperty().get()).isEqualTo("2 clients");

        model.searchProperty().set("lind");
        model.refresh();
        assertThat(shown()).containsExactly("c-2");

        model.searchProperty().set("");
        model.filter(null);
        assertThat(shown()).containsExactly("c-1", "c-2");
        assertThat(model.behindProperty().get()).isNull();
    }
}
