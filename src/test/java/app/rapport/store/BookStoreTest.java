package app.rapport.store;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.model.Address;
import app.rapport.model.Channel;
import app.rapport.model.Client;
import app.rapport.model.ClientQuery;
import app.rapport.model.ClientRow;
import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Settings;
import app.rapport.model.Tier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;

class BookStoreTest {
    TestBook book;
    BookStore store;

    @BeforeEach
    void open(TestBook book) {
        this.book = book;
        store = book.store();
    }

    @OnBothBooks
    void insert_anyUnicodeLongNotesAndSqlMetacharacters_storedExactlyAsTyped() {
        String notes = "Ünïcödé 🎂 שלום عربي; DROP TABLE clients; -- ' \" % _ \\ \n".repeat(2000);
        assertThat(notes.length()).isGreaterThan(100_000);
        Client typed = client("c-1").name("Zoë", "Łukasiewicz-O'Brien").company("Nguyễn & Söhne; DELETE")
                .email("zoe@example.com").phone("+44 20 7946 0018").tag("wedding 💍").notes(notes)
                .address(new Address("12 Rue d'Été\nBâtiment B", "Montréal", "QC", "H2X 1Y4", "Canada"))
                .birthday("--02-29").clientSince("2021-03-02").tier("VIP").build();
        store.writeVoid(tx -> tx.clients().insert(typed));
        Optional<Client> found = store.read(tx -> tx.clients().find("c-1"));
        assertThat(found).contains(typed);
    }

    @OnBothBooks
    void update_everyField_isReadBackAsSaved_andSearchFindsTheNewText() {
        store.writeVoid(tx -> {
            tx.clients().insert(client("c-1").name("Ana", "Ruiz").build());
            tx.clients().insert(client("c-2").name("Ben", "Okafor").build());
        });
        Client changed = client("c-1").name("Anna", "Ruiz-Leal").company("Leal & Co").title("Owner")
                .email("anna@leal.example").phone("+34 600 000 001").tag("wholesale").notes("Call after ten")
                .address(new Address("3 Calle Mayor", "Madrid", "MD", "28013", "Spain")).birthday("--05-17")
                .clientSince("2020-01-02").addedAt("2024-02-03T04:05:06Z").tier("VIP").referredBy("c-2")
                .preferredChannel(Channel.VISIT).doNotContact(true).archived(true).build();
        store.writeVoid(tx -> tx.clients().update(changed));
        assertThat(store.<Optional<Client>>read(tx -> tx.clients().find("c-1"))).contains(changed);
        assertThat(store.<List<ClientRow>>read(tx ->
                tx.clients().search(new ClientQuery("leal madrid", null, null, true))))
                .extracting(ClientRow::id).containsExactly("c-1");
        Client gone = client("c-9").name("No", "One").build();
        assertThatThrownBy(() -> store.writeVoid(tx -> tx.clients().update(gone)))
                .isInstanceOf(StoreException.class).hasMessageContaining("no longer in the book");
    }

    @OnBothBooks
    void insertAll_moreRowsThanOneBatch_writesEveryRowInItsOrder() {
        int n = Jdbc.BATCH_ROWS * 2 + 1;
        List<Client> clients = new ArrayList<>();
        List<Interaction> interactions = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "c-%05d".formatted(i);
            clients.add(client(id).name("Client", String.valueOf(i)).build());
            interactions.add(contact("i-%05d".formatted(i), id).at("2026-10-01").build());
            decisions.add(new Decision(id, FollowUpRule.GONE_QUIET, LocalDate.parse("2026-10-01"), DecisionKind.SKIP,
                    null, "reason " + i, Instant.parse("2026-10-02T09:00:00Z"), null));
        }
        store.writeVoid(tx -> {
            tx.clients().insertAll(clients);
            tx.interactions().insertAll(interactions);
            tx.decisions().insertAll(decisions);
        });
        List<Client> readClients = new ArrayList<>();
        List<Interaction> readInteractions = new ArrayList<>();
        List<Decision> readDecisions = new ArrayList<>();
        store.read(tx -> {
            tx.clients().forEach(readClients::add);
            tx.interactions().forEach(readInteractions::add);
            tx.decisions().forEach(readDecisions::add);
            return null;
        });
        assertThat(readClients).isEqualTo(clients);
        assertThat(readInteractions).isEqualTo(interactions);
        assertThat(readDecisions).isEqualTo(decisions);
    }

    @OnBothBooks
    void search_matchesEveryFieldIgnoringCaseAndAccents() {
        store.writeVoid(tx -> {
            tx.clients().insert(client("c-1").name("José", "Müller").build());
            tx.clients().insert(client("c-2").name("Ana", "Ruiz").company("Ruiz Bakery").email("ana@bake.example")
                    .phone("+1 555 0100").tag("wholesale").notes("Prefers mornings").build());
            tx.clients().insert(client("c-3").name("Old", "Friend").archived(true).build());
        });
        assertThat(names(new ClientQuery("jose muller", null, null, false))).containsExactly("José Müller");
        assertThat(names(new ClientQuery("BAKERY", null, null, false))).containsExactly("Ana Ruiz");
        assertThat(names(new ClientQuery("bake.example", null, null, false))).containsExactly("Ana Ruiz");
        assertThat(names(new ClientQuery("5550100", null, null, false))).containsExactly("Ana Ruiz");
        assertThat(names(new ClientQuery("wholesale", null, null, false))).containsExactly("Ana Ruiz");
        assertThat(names(new ClientQuery("mornings", null, null, false))).containsExactly("Ana Ruiz");
        assertThat(names(new ClientQuery("'; --", null, null, false))).isEmpty();
        assertThat(names(ClientQuery.ALL_ACTIVE)).containsExactly("Ana Ruiz", "José Müller");
        assertThat(names(new ClientQuery("", null, null, true)))
                .containsExactly("Ana Ruiz", "José Müller", "Old Friend");
    }

    @OnBothBooks
    void search_filtersByTierAndTag_clientsWithoutTierCountAsRegular() {
        store.writeVoid(tx -> {
            tx.clients().insert(client("c-1").name("A", "Vip").tier("VIP").tag("wholesale").build());
            tx.clients().insert(client("c-2").name("B", "None").tag("wholesale-ish").build());
            tx.clients().insert(client("c-3").name("C", "Regular").tier("REGULAR").build());
        });
        assertThat(names(new ClientQuery("", "VIP", null, false))).containsExactly("A Vip");
        assertThat(names(new ClientQuery("", "REGULAR", null, false))).containsExactly("B None", "C Regular");
        assertThat(names(new ClientQuery("", null, "wholesale", false))).containsExactly("A Vip");
        List<String> tags = store.read(tx -> tx.clients().tags());
        assertThat(tags).containsExactly("wholesale", "wholesale-ish");
    }

    @OnBothBooks
    void interactions_keepLastContactUpToDate() {
        store.writeVoid(tx -> {
            tx.clients().insert(client("c-1").build());
            tx.interactions().insert(contact("i-1", "c-1").at("2026-10-01T09:00").build());
            tx.interactions().insert(contact("i-2", "c-1").at("2026-11-03T09:00").build());
        });
        assertThat(lastContact()).isEqualTo(LocalDate.of(2026, 11, 3));
        store.writeVoid(tx -> tx.interactions().delete("i-2"));
        assertThat(lastContact()).isEqualTo(LocalDate.of(2026, 10, 1));
        store.writeVoid(tx -> tx.interactions().update(contact("i-1", "c-1").at("2026-10-05T09:00").build()));
        assertThat(lastContact()).isEqualTo(LocalDate.of(2026, 10, 5));
    }

    @OnBothBooks
    void timeline_isNewestFirst_andDeletingAClientDeletesItsLog() {
        store.writeVoid(tx -> {
            tx.clients().insert(client("c-1").build());
            tx.interactions().insert(contact("i-1", "c-1").at("2026-10-01T09:00").kind(InteractionKind.PURCHASE)
                    .amount("120.00").build());
            tx.interactions().insert(contact("i-2", "c-1").at("2026-11-03T09:00").build());
        });
        List<Interaction> timeline = store.read(tx -> tx.interactions().forClient("c-1"));
        assertThat(timeline).extracting(Interaction::id)
                .containsExactly("i-2", "i-1");
        Interaction purchase = store.read(tx -> tx.interactions().find("i-1")).orElseThrow();
        assertThat(purchase.amount()).hasToString("120.00");
        store.writeVoid(tx -> tx.clients().delete("c-1"));
        assertThat(count(tx -> tx.interactions().count())).isZero();
    }

    @OnBothBooks
    void write_failingHalfway_leavesNothingBehind() {
        assertThatThrownBy(() -> store.writeVoid(tx -> {
            tx.clients().insert(client("c-1").build());
            tx.interactions().insert(contact("i-1", "c-1").build());
            tx.interactions().insert(contact("i-2", "c-404").build());
        })).isInstanceOf(StoreException.class);
        assertThat(count(tx -> tx.clients().count())).isZero();
        assertThat(count(tx -> tx.interactions().count())).isZero();
    }

    @OnBothBooks
    void nextIds_skipIdsInUse() {
        store.writeVoid(tx -> {
            tx.clients().insert(client("c-0001").build());
            tx.clients().insert(client("c-0007").build());
            tx.clients().insert(client("imported-x").build());
        });
        String nextClient = store.read(tx -> tx.clients().nextId());
        assertThat(nextClient).isEqualTo("c-0008");
        store.writeVoid(tx -> tx.interactions().insert(contact("i-000002", "c-0001").build()));
        String nextContact = store.read(tx -> tx.interactions().nextId());
        assertThat(nextContact).isEqualTo("i-000003");
    }

    @OnBothBooks
    void settings_roundTrip_andDefaultsOnANewBook() {
        Settings fresh = store.read(tx -> tx.settings().load());
        assertThat(fresh).isEqualTo(Settings.defaults());
        assertThat(customised()).isFalse();
        Settings custom = Settings.defaults().withTiers(List.of(new Tier("Gold", 14), new Tier("REGULAR", 60)));
        store.writeVoid(tx -> tx.settings().save(custom));
        Settings loaded = store.read(tx -> tx.settings().load());
        assertThat(loaded).isEqualTo(custom);
        assertThat(customised()).isTrue();
    }

    private List<String> names(ClientQuery query) {
        return store.read(tx -> tx.clients().search(query)).stream().map(ClientRow::displayName).toList();
    }

    private long count(Function<BookTx, Long> counter) {
        return store.read(counter);
    }

    private boolean customised() {
        return store.read(tx -> tx.settings().isCustomised());
    }

    private LocalDate lastContact() {
        return store.read(tx -> tx.clients().search(ClientQuery.ALL_ACTIVE)).get(0).lastContact();
    }
}
