package app.rapport.service.demo;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.model.Client;
import app.rapport.model.ClientQuery;
import app.rapport.model.ClientRow;
import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.Interaction;
import app.rapport.service.ServiceException;
import app.rapport.store.BookTx;
import app.rapport.store.SqliteBookStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
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
        DemoResult result = new DemoService(store, ZoneOffset.UTC).fill(300, 5, AS_OF);

        assertThat(result.clients()).isEqualTo(300);
        assertThat(result.interactions()).isGreaterThan(300L * 10);
        assertThat(clientCount()).isEqualTo(300);
        assertThat(interactionCount()).isEqualTo(result.interactions());
    }

    @Test
    void fill_severalChunks_storesExactlyTheGeneratedBook_withLastContactsUpToDate() {
        DemoResult result = new DemoService(store, 7, ZoneOffset.UTC).fill(120, 9, AS_OF);

        SampleChunk expected = new SampleBookGenerator(9, 120, AS_OF).generateAll();
        assertThat(clients(store)).isEqualTo(expected.clients());
        assertThat(interactions(store)).isEqualTo(expected.interactions());
        assertThat(decisions(store)).isNotEmpty().isEqualTo(expected.decisions());
        assertThat(result).isEqualTo(new DemoResult(120, expected.interactions().size()));
        Map<String, LocalDate> last = new HashMap<>();
        expected.interactions().forEach(i -> last.merge(i.clientId(), i.at().toLocalDate(),
                (a, b) -> a.isAfter(b) ? a : b));
        List<ClientRow> rows = store.<List<ClientRow>>read(tx ->
                tx.clients().search(new ClientQuery("", null, null, true)));
        assertThat(rows).hasSize(120).allSatisfy(row -> assertThat(row.lastContact()).isEqualTo(last.get(row.id())));
    }

    @Test
    void fill_sameSeedInTwoBooks_identicalBooks() {
        try (SqliteBookStore other = SqliteBookStore.open(dir.resolve("other"))) {
            new DemoService(store, ZoneOffset.UTC).fill(150, 77, AS_OF);
            new DemoService(other, ZoneOffset.UTC).fill(150, 77, AS_OF);

            assertThat(clients(other)).isEqualTo(clients(store));
            assertThat(interactions(other)).isEqualTo(interactions(store));
            assertThat(decisions(other)).isEqualTo(decisions(store));
        }
    }

    @Test
    void fill_ownersZone_doneDecisionsTimedAsTheContactsTheyLogged() {
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        new DemoService(store, auckland).fill(300, 5, AS_OF);

        Map<String, Interaction> logged = new HashMap<>();
        interactions(store).forEach(i -> logged.put(i.clientId() + " " + i.at() + " " + i.summary(), i));
        List<Decision> done = decisions(store).stream().filter(d -> d.decision() == DecisionKind.DONE).toList();
        assertThat(done).hasSizeGreaterThan(100).filteredOn(d -> !logged.containsKey(
                d.clientId() + " " + LocalDateTime.ofInstant(d.at(), auckland) + " " + d.reason())).isEmpty();
    }

    @Test
    void fill_oneClient_aBookOfOne() {
        DemoResult result = new DemoService(store, ZoneOffset.UTC).fill(1, 1, AS_OF);

        assertThat(result.clients()).isEqualTo(1);
        assertThat(clients(store)).extracting(Client::id).containsExactly("c-0001");
    }

    @Test
    void fill_bookWithClients_refusesAndLeavesTheBookAsItWas() {
        Client ana = client("c-0001").name("Ana", "Ruiz").build();
        store.writeVoid(tx -> tx.clients().insert(ana));

        assertThatThrownBy(() -> new DemoService(store, ZoneOffset.UTC).fill(10, 1, AS_OF))
                .isInstanceOf(ServiceException.class).hasMessage(DemoService.BOOK_NOT_EMPTY);
        assertThat(clients(store)).containsExactly(ana);
        assertThat(interactionCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1_000_001, Integer.MIN_VALUE})
    void fill_sizeOutOfRange_refusesAndWritesNothing(int clients) {
        assertThatThrownBy(() -> new DemoService(store, ZoneOffset.UTC).fill(clients, 1, AS_OF))
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
        return all(book, (tx, sink) -> tx.clients().forEach(sink));
    }

    private static List<Decision> decisions(SqliteBookStore book) {
        return all(book, (tx, sink) -> tx.decisions().forEach(sink));
    }

    private static List<Interaction> interactions(SqliteBookStore book) {
        return all(book, (tx, sink) -> tx.interactions().forEach(sink));
    }

    /** Every row that {@code each} hands over, in its order. */
    private static <T> List<T> all(SqliteBookStore book, BiConsumer<BookTx, Consumer<T>> each) {
        List<T> rows = new ArrayList<>();
        book.read(tx -> {
            each.accept(tx, rows::add);
            return null;
        });
        return rows;
    }
}
