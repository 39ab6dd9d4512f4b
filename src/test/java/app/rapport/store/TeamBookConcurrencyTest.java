package app.rapport.store;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.model.Client;
import app.rapport.model.ClientQuery;
import app.rapport.model.ClientRow;
import app.rapport.model.Interaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several computers on one team book at once: nothing lost, nothing doubled, each read one snapshot. */
class TeamBookConcurrencyTest {
    static final int WRITERS = 8;
    static final int CONTACTS_EACH = 25;

    TestBook book;
    BookStore store;

    @BeforeEach
    void open() {
        book = TestBook.postgres();
        store = book.store();
    }

    @AfterEach
    void close() {
        book.close();
    }

    /** Each writer logs to a client of its own, and every fifth contact to one they share. */
    @Test
    void eightWritersLoggingAtOnce_keepEveryContact_withIdsOfTheirOwn() throws Exception {
        store.writeVoid(tx -> {
            tx.clients().insert(client("c-0000").name("Shared", "Client").build());
            for (int w = 1; w <= WRITERS; w++) {
                tx.clients().insert(client("c-%04d".formatted(w)).name("Writer", String.valueOf(w)).build());
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> writers = new ArrayList<>();
        for (int w = 1; w <= WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                start.await();
                List<String> ids = new ArrayList<>();
                for (int n = 0; n < CONTACTS_EACH; n++) {
                    String clientId = n % 5 == 4 ? "c-0000" : "c-%04d".formatted(writer);
                    String at = LocalDate.parse("2026-01-01").plusDays(n) + "T%02d:00".formatted(writer);
                    ids.add(store.write(tx -> {
                        String id = tx.interactions().nextId();
                        tx.interactions().insert(contact(id, clientId).at(at).build());
                        return id;
                    }));
                }
                return ids;
            }));
        }
        start.countDown();
        Set<String> logged = new HashSet<>();
        for (Future<List<String>> w : writers) {
            logged.addAll(w.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(logged).hasSize(WRITERS * CONTACTS_EACH);
        List<Interaction> kept = new ArrayList<>();
        store.read(tx -> {
            tx.interactions().forEach(kept::add);
            return null;
        });
        assertThat(kept).extracting(Interaction::id).containsExactlyInAnyOrderElementsOf(logged);
        List<ClientRow> clients = store.read(tx -> tx.clients().search(ClientQuery.ALL_ACTIVE));
        assertThat(clients).filteredOn(c -> c.id().equals("c-0000")).singleElement()
                .extracting(ClientRow::lastContact).isEqualTo(LocalDate.parse("2026-01-25"));
        assertThat(clients).filteredOn(c -> !c.id().equals("c-0000")).extracting(ClientRow::lastContact)
                .containsOnly(LocalDate.parse("2026-01-24"));
    }

    /**
     * A write that read what another computer then changed and saved is run again on a fresh
     * transaction, and so keeps both changes.
     */
    @Test
    void write_thatAnotherComputersChangeGotInTheWayOf_runsAgain_andKeepsBoth() throws Exception {
        store.writeVoid(tx -> tx.settings().putValue("note", "start"));
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch firstRead = new CountDownLatch(1);
        CountDownLatch otherSaved = new CountDownLatch(1);
        CompletableFuture<Void> mine = CompletableFuture.runAsync(() -> store.writeVoid(tx -> {
            String note = tx.settings().value("note").orElseThrow();
            if (runs.incrementAndGet() == 1) {
                firstRead.countDown();
                await(otherSaved);
            }
            tx.settings().putValue("note", note + ", mine");
        }));
        await(firstRead);
        store.writeVoid(tx -> tx.settings().putValue("note", tx.settings().value("note").orElseThrow() + ", theirs"));
        otherSaved.countDown();
        mine.get(60, TimeUnit.SECONDS);

        assertThat(runs).hasValue(2);
        assertThat(store.<Optional<String>>read(tx -> tx.settings().value("note"))).contains("start, theirs, mine");
    }

    /**
     * An import numbers its new records on from the next id; another computer took one of those
     * numbers meanwhile: the import runs again, and both are kept with ids of their own.
     */
    @Test
    void write_whoseIdAnotherComputerTookMeanwhile_runsAgain_andBothAreKept() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch numbered = new CountDownLatch(1);
        CountDownLatch otherSaved = new CountDownLatch(1);
        CompletableFuture<String> importing = CompletableFuture.supplyAsync(() -> store.write(tx -> {
            long next = Long.parseLong(tx.clients().nextId().substring(2));
            if (runs.incrementAndGet() == 1) {
                numbered.countDown();
                await(otherSaved);
            }
            String id = "c-%04d".formatted(next + 1);
            tx.clients().insertAll(List.of(client(id).name("Imported", "Client").build()));
            return id;
        }));
        await(numbered);
        Client added = client(store.write(tx -> tx.clients().nextId())).name("Added", "Meanwhile").build();
        store.writeVoid(tx -> tx.clients().insert(added));
        otherSaved.countDown();
        String imported = importing.get(60, TimeUnit.SECONDS);

        assertThat(runs).hasValue(2);
        assertThat(imported).isNotEqualTo(added.id());
        assertThat(store.<List<ClientRow>>read(tx -> tx.clients().search(ClientQuery.ALL_ACTIVE)))
                .extracting(ClientRow::id).containsExactlyInAnyOrder(added.id(), imported);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void read_isOneSnapshot_whateverIsSavedMeanwhile() throws Exception {
        store.writeVoid(tx -> tx.clients().insert(client("c-1").name("Ana", "Ruiz").build()));
        long[] counts = store.read(tx -> {
            long before = tx.clients().count();
            CompletableFuture.runAsync(() -> store.writeVoid(w -> w.clients().insert(client("c-2").name("Li", "Wei")
                    .build()))).join();
            return new long[] {before, tx.clients().count()};
        });
        assertThat(counts).containsExactly(1, 1);
        assertThat(store.<Long>read(tx -> tx.clients().count())).isEqualTo(2);
    }

    /**
     * Planning and insight read a row per client of a book of 50,000: the rows come from the server
     * in parts of {@link PostgresPool#FETCH_ROWS} while they are read (its cursor is open meanwhile),
     * never all at once.
     */
    @Test
    void aReadOfManyRows_comesFromAnOpenCursor_aPartAtATime() {
        int clients = PostgresPool.FETCH_ROWS * 2 + 500;
        List<Client> many = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            many.add(client("c-%05d".formatted(i)).name("Client", String.valueOf(i)).build());
        }
        store.writeVoid(tx -> tx.clients().insertAll(many));
        int[] seen = {0};
        long[] cursorsWhileReading = {-1};
        int fetchSize = store.read(tx -> {
            Connection c = ((SqlBookTx) tx).connection();
            tx.clients().forEach(client -> {
                if (seen[0]++ == PostgresPool.FETCH_ROWS / 2) {
                    cursorsWhileReading[0] = Jdbc.count(c, "SELECT count(*) FROM pg_cursors"
                            + " WHERE statement LIKE '%FROM clients ORDER BY seq'");
                }
            });
            try (Statement s = c.createStatement()) {
                return s.getFetchSize();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(seen[0]).isEqualTo(clients);
        assertThat(fetchSize).isEqualTo(PostgresPool.FETCH_ROWS);
        assertThat(cursorsWhileReading[0]).as("cursors open on the server while the rows were read").isOne();
    }

    @Test
    void write_withinAWriteOnTheSameThread_isRefused() {
        assertThatThrownBy(() -> store.writeVoid(tx -> store.writeVoid(inner -> { })))
                .isInstanceOf(IllegalStateException.class);
    }
}
