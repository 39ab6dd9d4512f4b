package app.rapport.service.demo;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.model.Client;
import app.rapport.model.ClientQuery;
import app.rapport.model.ClientRow;
import app.rapport.model.Interaction;
import app.rapport.service.ServiceException;
import app.rapport.store.SqliteBookStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoServiceTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    @TempDir
    Path dir;
    SqliteBookStore store;

    @BeforeEach
    void open() {
        store = SqliteBookStore.open(dir.resolve("book"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void fill_emptyBook_writesWhatItReports() {
        DemoResult result = new DemoService(store).fill(300, 5, AS_OF);

        assertThat(result.clients()).isEqualTo(300);
        assertThat(result.interactions()).isGreaterThan(300L * 10);
        assertThat(clientCount()).isEqualTo(300);
        assertThat(interactionCount()).isEqualTo(result.interactions());
    }

    @Test
    void fill_severalChunks_storesExactlyTheGeneratedBook_withLastContactsUpToDate() {
        DemoResult result = new DemoService(store, 7).fill(120, 9, AS_OF);

        SampleChunk expected = new SampleBookGenerator(9, 120, AS_OF).generateAll();
        assertThat(clients(store)).isEqualTo(expected.clients());
        assertThat(interactions(store)).isEqualTo(expected.interactions());
        assertThat(result).isEqualTo(new DemoResult(120, expected.interactions().size()));
        Map<String, LocalDate> last = new HashMap<>();
        expected.interactions().forEach(i -> last.merge(i.clientId(), i.at().toLocalDate(),
                (a, b) -> a.isAfter(b) ? a : b));
        List<ClientRow> rows = store.<List<ClientRow>>read(tx -> tx.clients().search(new ClientQuery("", null, null, true)));
        assertThat(rows).hasSize(120).allSatisfy(row -> assertThat(row.lastContact()).isEqualTo(last.get(row.id())));
    }

    @Test
    void fill_sameSeedInTwoBooks_identicalBooks() {
        try (SqliteBookStore other = SqliteBookStore.open(dir.resolve("other"))) {
            new DemoService(store).fill(150, 77, AS_OF);
            new DemoService(other).fill(150, 77, AS_OF);

            assertThat(clients(other)).isEqualTo(clients(store));
            assertThat(interactions(other)).isEqualTo(interactions(store));
        }
    }

    @Test
    void fill_oneClient_aBookOfOne() {
        DemoResult result = new DemoService(store).fill(1, 1, AS_OF);

        assertThat(result.clients()).isEqualTo(1);
        assertThat(clients(store)).extracting(Client::id).containsExactly("c-0001");
    }

    @Test
    void fill_bookWithClients_refusesAndLeavesTheBookAsItWas() {
        Client ana = client("c-0001").name("Ana", "Ruiz").build();
        store.writeVoid(tx -> tx.clients().insert(ana));

        assertThatThrownBy(() -> new DemoService(store).fill(10, 1, AS_OF))
                .isInstanceOf(ServiceException.class).hasMessage(DemoService.BOOK_NOT_EMPTY);
        assertThat(clients(store)).containsExactly(ana);
        assertThat(interactionCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1_000_001, Integer.MIN_VALUE})
    void fill_sizeOutOfRange_refusesAndWritesNothing(int clients) {
        assertThatThrownBy(() -> new DemoService(store).fill(clients, 1, AS_OF))
                .isInstanceOf(ServiceException.class).hasMessage(DemoService.CLIENTS_OUT_OF_RANGE);
        assertThat(clientCount()).isZero();
        assertThat(interactionCount()).isZero();
    }

    @Test
    void refusals_arePlainOneLineMessages() {
        assertThat(DemoService.BOOK_NOT_EMPTY).doesNotContain("\n");
        assertThat(DemoService.CLIENTS_OUT_OF_RANGE).doesNotContain("\n");
    }

    private long clientCount() {
        return store.<Long>read(tx -> tx.clients().count());
    }

    private long interactionCount() {
        return store.<Long>read(tx -> tx.interactions().count());
    }

    private static List<Client> clients(SqliteBookStore book) {
        List<Client> clients = new ArrayList<>();
        book.read(tx -> {
            tx.clients().forEach(clients::add);
            return null;
        });
        return clients;
    }

    private static List<Interaction> interactions(SqliteBookStore book) {
        List<Interaction> interactions = new ArrayList<>();
        book.read(tx -> {
            tx.interactions().forEach(interactions::add);
            return null;
        });
        return interactions;
    }
}
