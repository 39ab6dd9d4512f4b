package app.rapport.store;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.ContactFact;
import app.rapport.model.Insight;
import app.rapport.model.InsightClient;
import app.rapport.model.InteractionKind;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;

/** What Insight reads of the book: every client with its log of a span, a client at a time from one index. */
class SqlInsightRepositoryTest {
    static final LocalDate FROM = LocalDate.parse("2026-09-01");
    static final LocalDate TO = LocalDate.parse("2026-11-23");

    TestBook book;
    BookStore store;

    @BeforeEach
    void open(TestBook book) {
        this.book = book;
        store = book.store();
        store.writeVoid(tx -> {
            tx.clients().insert(client("c-1").name("Ana", "Ruiz").tier("VIP").clientSince("2021-03-02").build());
            tx.clients().insert(client("c-2").company("Gone Ltd").archived(true).referredBy("c-1").build());
            tx.clients().insert(client("c-3").company("New Co").addedAt("2026-11-20T23:30:00Z").build());
            for (var i : List.of(
                    contact("i-1", "c-1").at("2024-05-01T10:00").kind(InteractionKind.PURCHASE).amount("40.00").build(),
                    contact("i-2", "c-1").at("2026-08-31T23:59").kind(InteractionKind.CALL).build(),
                    contact("i-3", "c-1").at("2026-11-23T23:59").kind(InteractionKind.VISIT).build(),
                    contact("i-4", "c-1").at("2026-09-01T00:00").kind(InteractionKind.PURCHASE).amount("0.125").build(),
                    contact("i-5", "c-1").at("2026-11-24T00:00").kind(InteractionKind.EMAIL).build(),
                    contact("i-6", "c-2").at("2026-08-01T10:00").kind(InteractionKind.CALL).build(),
                    contact("i-7", "c-2").at("2026-10-01T10:00").kind(InteractionKind.PURCHASE).amount("7").build())) {
                tx.interactions().insert(i);
            }
        });
    }

    private Map<String, InsightClient> clients() {
        List<InsightClient> all = Collections.synchronizedList(new ArrayList<>());
        store.read(tx -> {
            tx.insights().clients(FROM, TO, ZoneOffset.UTC, all::add);
            return null;
        });
        return all.stream().collect(Collectors.toMap(InsightClient::id, Function.identity()));
    }

    @OnBothBooks
    void clients_everyClientWithTheLogOfTheSpan_oldestFirst() {
        Map<String, InsightClient> clients = clients();
        assertThat(clients).containsOnlyKeys("c-1", "c-2", "c-3");
        InsightClient ana = clients.get("c-1");
        assertThat(ana.active()).isTrue();
        assertThat(ana.tier()).isEqualTo("VIP");
        assertThat(ana.clientSince()).isEqualTo(LocalDate.parse("2021-03-02"));
        assertThat(ana.firstPurchase()).isEqualTo(LocalDate.parse("2024-05-01"));
        assertThat(ana.lastContactBefore()).isEqualTo(LocalDateTime.parse("2026-08-31T23:59"));
        assertThat(ana.log()).extracting(ContactFact::at).containsExactly(LocalDateTime.parse("2026-09-01T00:00"),
                LocalDateTime.parse("2026-11-23T23:59"));
        assertThat(ana.log().get(0).amount()).isEqualTo(new BigDecimal("0.125"));
        assertThat(ana.log().get(1).amount()).isNull();
        InsightClient gone = clients.get("c-2");
        assertThat(gone.active()).isFalse();
        assertThat(gone.lastContactBefore()).as("only health needs it, and only for active clients").isNull();
        assertThat(gone.log()).singleElement().extracting(ContactFact::kind).isEqualTo(InteractionKind.PURCHASE);
        InsightClient fresh = clients.get("c-3");
        assertThat(fresh.log()).isEmpty();
        assertThat(fresh.addedOn()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(fresh.tier()).isNull();
        assertThat(fresh.firstPurchase()).isNull();
    }

    @OnBothBooks
    void referrers_countAndSpendOfTheirClients_upToTheDay() {
        assertThat(store.<List<Insight.Referrer>>read(tx -> tx.insights().referrers(TO))).singleElement()
                .satisfies(r -> {
            assertThat(r.clientId()).isEqualTo("c-1");
            assertThat(r.name()).isEqualTo("Ana Ruiz");
            assertThat(r.referred()).isEqualTo(1);
            assertThat(r.referredRevenue()).isEqualByComparingTo("7");
        });
        assertThat(store.<BigDecimal>read(tx ->
                tx.insights().referrers(LocalDate.parse("2026-09-30")).get(0).referredRevenue()))
                .isEqualByComparingTo("0");
    }

    /**
     * The log and the purchases come from the covering index alone: no lookup into the table per
     * contact. (On PostgreSQL, after a vacuum, and with the planner told to use indexes where it can:
     * a book this small is read whole otherwise.)
     */
    @OnBothBooks
    void queries_readTheClientsLogsFromTheCoveringIndex() throws Exception {
        if (book.dialect() == Dialect.POSTGRES) {
            book.byAnotherProgram("VACUUM ANALYZE interactions");
        }
        try (Connection c = book.connect(); Statement s = c.createStatement()) {
            if (book.dialect() == Dialect.POSTGRES) {
                s.execute("SET enable_seqscan = off");
                s.execute("SET enable_bitmapscan = off");
            }
            for (String sql : List.of(SqlInsightRepository.clients(book.dialect()),
                    SqlInsightRepository.referredAmounts(book.dialect()))) {
                List<String> plan = new ArrayList<>();
                try (ResultSet rs = s.executeQuery((book.dialect() == Dialect.SQLITE ? "EXPLAIN QUERY PLAN "
                        : "EXPLAIN ") + sql.replace("?1", "'2026-11-24'").replace("?2", "'2026-09-01'"))) {
                    while (rs.next()) {
                        plan.add(rs.getString(book.dialect() == Dialect.SQLITE ? "detail" : "QUERY PLAN").strip());
                    }
                }
                if (book.dialect() == Dialect.SQLITE) {
                    assertThat(plan).as(sql).filteredOn(d -> d.startsWith("SEARCH i")).isNotEmpty()
                            .allMatch(d -> d.contains("COVERING INDEX interactions_client_log"));
                } else {
                    assertThat(plan).as(sql).filteredOn(d -> d.contains(" on interactions i")).isNotEmpty()
                            .allMatch(d -> d.matches(".*Index Only Scan (Backward )?using"
                                    + " interactions_(client_log|by_kind) .*"));
                }
            }
        }
    }
}
