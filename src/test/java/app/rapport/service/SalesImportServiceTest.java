package app.rapport.service;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.io.sales.DateOrder;
import app.rapport.io.sales.SaleField;
import app.rapport.io.sales.SalesPreset;
import app.rapport.model.Client;
import app.rapport.model.Direction;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.service.SalesImportService.NewClients;
import app.rapport.service.SalesReport.Kind;
import app.rapport.store.BookStore;
import app.rapport.store.BookTx;
import app.rapport.store.InteractionRepository;
import app.rapport.store.SqliteBookStore;
import app.rapport.store.StoreException;
import java.io.RandomAccessFile;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sales into a real book: matching (email, phone, name; ambiguous), new clients, idempotence
 * (the same file twice, overlapping exports, sales without a reference), dry run, one
 * transaction, and the thank-yous Today lists at once. The golden files are SalesCsvTest's.
 */
class SalesImportServiceTest {
    /** 10:00 in Paris on Tuesday 24 November 2026. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;
    SqliteBookStore store;
    SalesImportService sales;

    @BeforeEach
    void open() throws Exception {
        store = SqliteBookStore.open(Files.createDirectories(dir.resolve("book")));
        store.writeVoid(tx -> {
            tx.clients().insert(client("c-0001").name("Ana", "Ruiz").email("Ana@Example.com").phone("+1 555 0100")
                    .clientSince("2024-02-10").build());
            tx.clients().insert(client("c-0002").name("Zoë", "Müller").email("zoe.muller@example.de").build());
            tx.clients().insert(client("c-0003").name("Bo", "Li").phone("+44 20 7946 0018").build());
            tx.clients().insert(client("c-0004").name("Dee", "Example").build());
            tx.clients().insert(client("c-0005").name("Dee", "Example").company("Example Events").build());
        });
        sales = new SalesImportService(store, CLOCK, Identity.named("Marta Ruiz"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Path golden(String name) throws Exception {
        return Path.of(SalesImportServiceTest.class.getResource("/app/rapport/io/sales/" + name).toURI());
    }

    Path csv(String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    SalesReport run(Path file, NewClients newClients, boolean dryRun) {
        return sales.importSales(sales.read(file, null, null, null), newClients, dryRun);
    }

    List<Interaction> purchases(String clientId) {
        return store.read(tx -> tx.interactions().forClient(clientId)).stream()
                .filter(i -> i.kind() == InteractionKind.PURCHASE).toList();
    }

    static List<String> kinds(SalesReport r) {
        return r.outcomes().stream().map(o -> o.where() + " " + o.kind() + (o.clientId() == null ? "" : " "
                + o.clientId())).toList();
    }

    @Test
    void shopify_matchesEachSale_makesANewClient_refusesToGuess_andNamesEveryRowNotTaken() throws Exception {
        SalesReport report = run(golden("shopify-orders.csv"), NewClients.ADD, false);

        assertThat(kinds(report)).containsExactly(
                "Order #1001 (lines 2–3) ADDED c-0001",            // email, whatever its case
                "Order #1002 (line 4) ADDED c-0002",
                "Order #1003 (line 6) NOT_TAKEN",
                "Order #1004 (line 7) NOT_TAKEN",
                "Order #1005 (line 8) NOT_TAKEN",
                "Order #1006 (line 9) AMBIGUOUS",                   // two clients named Dee Example
                "Order #1007 (line 10) ADDED_FOR_NEW_CLIENT c-0006");
        assertThat(report.summary()).isEqualTo("Added 3 purchases (1 new client); skipped 0 already in the book;"
                + " 4 not taken.");
        assertThat(report.lines()).containsExactly(
                "Order #1002 (line 4): Zoë Müller, partly refunded: 100.00 of 120.00 kept.",
                "Order #1003 (line 6): refunded order; not taken.",
                "Order #1004 (line 7): voided; not taken.",
                "Order #1005 (line 8): no customer (no email, phone or name); not taken.",
                "Order #1006 (line 9): fits 2 clients (same name Dee Example): Dee Example (c-0004), Dee Example"
                        + " (c-0005); not taken, so as not to guess.",
                "Order #1007 (line 10): new client Eve Martin (c-0006).");

        Interaction ana = purchases("c-0001").get(0);
        assertThat(ana).isEqualTo(new Interaction(ana.id(), "c-0001", LocalDateTime.parse("2026-11-18T20:05"),
                InteractionKind.PURCHASE, Direction.INBOUND, null, new BigDecimal("95.00"),
                "Rose bouquet, Gift card", "", "#1001", "Marta Ruiz"));
        assertThat(purchases("c-0002")).singleElement()
                .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("100"));
        Client eve = store.read(tx -> tx.clients().find("c-0006")).orElseThrow();
        assertThat(eve.displayName()).isEqualTo("Eve Martin");
        assertThat(eve.phones()).containsExactly("+1 (555) 010-0199");
        assertThat(eve.clientSince()).isEqualTo(LocalDate.parse("2026-11-22"));
        assertThat(store.read(tx -> tx.clients().find("c-0001")).orElseThrow().clientSince())
                .isEqualTo(LocalDate.parse("2024-02-10"));
    }

    @Test
    void matching_emailIgnoringCase_phoneOnTheLast9Digits_orWholeWhenShorter_nameExactWithSpacesFolded()
            throws Exception {
        store.writeVoid(tx -> tx.clients().insert(client("c-0010").name("Cy", "Short").phone("555-0101").build()));
        Path file = csv("matching.csv",
                "Date,Customer,Email,Phone,Total,Order",
                "2026-11-20,Someone Else,ANA@EXAMPLE.COM,,10.00,M-1",         // email, not the name
                "2026-11-20,Another Name,,020 7946 0018,11.00,M-2",          // UK number, last 9 digits
                "2026-11-20,,,(555) 0101,12.00,M-3",                          // short: the whole number
                "2026-11-20,\"  Zoë    Müller \",,,13.00,M-4",                // name, spaces folded
                "2026-11-20,zoë müller,,,14.00,M-5",                          // not exact: a new client
                "2026-11-20,Bo Li,bo@elsewhere.example,,15.00,M-6");         // unknown email, then the name
        SalesReport report = run(file, NewClients.ADD, false);
        assertThat(kinds(report)).containsExactly(
                "Line 2 (M-1) ADDED c-0001", "Line 3 (M-2) ADDED c-0003", "Line 4 (M-3) ADDED c-0010",
                "Line 5 (M-4) ADDED c-0002", "Line 6 (M-5) ADDED_FOR_NEW_CLIENT c-0011", "Line 7 (M-6) ADDED c-0003");
    }

    @Test
    void ambiguous_twoClientsWithOneEmail_orOnePhone_areListedNotGuessed() throws Exception {
        store.writeVoid(tx -> {
            tx.clients().insert(client("c-0020").name("Ann", "Twin").email("twins@example.com").phone("555 0199")
                    .build());
            tx.clients().insert(client("c-0021").name("Ben", "Twin").email("Twins@example.com").phone("5550199")
                    .build());
        });
        Path file = csv("twins.csv",
                "Date,Email,Phone,Total",
                "2026-11-20,twins@example.com,,20.00",
                "2026-11-20,,555-0199,21.00");
        SalesReport report = run(file, NewClients.ADD, false);
        assertThat(kinds(report)).containsExactly("Line 2 AMBIGUOUS", "Line 3 AMBIGUOUS");
        assertThat(report.lines().get(0)).isEqualTo("Line 2: fits 2 clients (same email twins@example.com): Ann Twin"
                + " (c-0020), Ben Twin (c-0021); not taken, so as not to guess.");
        assertThat(purchases("c-0020")).isEmpty();
    }

    @Test
    void newClientsSkip_listsThemInstead_andASaleWithOnlyAnUnknownPhoneIsNeverAClient() throws Exception {
        SalesReport report = run(golden("shopify-orders.csv"), NewClients.SKIP, false);
        assertThat(report.outcomes()).filteredOn(o -> o.kind() == Kind.NO_CLIENT).extracting(SalesReport.Outcome::text)
                .containsExactly("Order #1007 (line 10): no client matches Eve Martin; not taken (new clients are not"
                        + " made).");
        assertThat(store.<Long>read(tx -> tx.clients().count())).isEqualTo(5);

        Path phoneOnly = csv("phone-only.csv", "Date,Phone,Total", "2026-11-20,+1 999 000 1111,9.00");
        assertThat(run(phoneOnly, NewClients.ADD, false).lines()).containsExactly("Line 2: no client has the phone"
                + " +1 999 000 1111, and the sale gives no name or email to make one; not taken.");
    }

    @Test
    void newClient_isAClientSinceTheirEarliestSaleInTheFile_andOneClientForAllTheirSales() throws Exception {
        Path file = csv("newest-first.csv",
                "Date,Customer,Email,Total,Order",
                "2026-11-20,Fay Newcomer,fay@example.com,30.00,N-3",
                "2026-11-02,Fay Newcomer,FAY@example.com,20.00,N-2",
                "2026-10-15,,fay@example.com,10.00,N-1",
                "2026-11-21,,gus@example.com,5.00,N-4");
        SalesReport report = run(file, NewClients.ADD, false);
        assertThat(report.newClients()).isEqualTo(2);
        assertThat(report.purchases()).isEqualTo(4);
        Client fay = store.read(tx -> tx.clients().find("c-0006")).orElseThrow();
        assertThat(fay.clientSince()).isEqualTo(LocalDate.parse("2026-10-15"));
        assertThat(purchases("c-0006")).hasSize(3);
        Client gus = store.read(tx -> tx.clients().find("c-0007")).orElseThrow();
        assertThat(gus.displayName()).isEqualTo("gus@example.com");
        assertThat(gus.emails()).containsExactly("gus@example.com");
    }

    @Test
    void theSameFileTwice_addsNothingTheSecondTime() throws Exception {
        SalesReport first = run(golden("square-transactions.csv"), NewClients.ADD, false);
        assertThat(first.purchases()).isEqualTo(3);
        long interactions = store.<Long>read(tx -> tx.interactions().count());
        long clients = store.<Long>read(tx -> tx.clients().count());

        SalesReport again = run(golden("square-transactions.csv"), NewClients.ADD, false);
        assertThat(again.purchases()).isZero();
        assertThat(again.skipped()).isEqualTo(3);
        assertThat(again.summary()).startsWith("Added 0 purchases; skipped 3 already in the book;");
        assertThat(again.lines()).contains("Transaction SQA1xTr8Kq (line 2): already in the book (Ana Ruiz,"
                + " SQA1xTr8Kq); skipped.");
        assertThat(store.<Long>read(tx -> tx.interactions().count())).isEqualTo(interactions);
        assertThat(store.<Long>read(tx -> tx.clients().count())).isEqualTo(clients);
    }

    @Test
    void twoOverlappingWeeklyExports_takeEachOrderOnce() throws Exception {
        run(golden("shopify-orders.csv"), NewClients.ADD, false);
        SalesReport next = run(golden("shopify-orders-next-week.csv"), NewClients.ADD, false);
        assertThat(kinds(next)).containsExactly(
                "Order #1006 (line 2) AMBIGUOUS",
                "Order #1007 (line 3) ALREADY_IN_BOOK c-0006",     // Eve, made by the first import
                "Order #1008 (line 4) ADDED c-0001");
        assertThat(purchases("c-0006")).hasSize(1);
        assertThat(purchases("c-0001")).extracting(Interaction::ref).containsExactly("#1008", "#1001");
        assertThat(store.<Long>read(tx -> tx.clients().count())).isEqualTo(6);
    }

    @Test
    void withoutReferences_aPurchaseOfTheSameClientMinuteAndAmount_isTheSameSale() throws Exception {
        store.writeVoid(tx -> tx.interactions().insert(contact("i-000001", "c-0001").kind(InteractionKind.PURCHASE)
                .at("2026-11-20T10:30").amount("45.5").summary("Typed in by hand").build()));
        Path file = csv("no-refs.csv",
                "Date,Time,Email,Amount",
                "2026-11-20,10:30,ana@example.com,\"45,50\"",   // in the book already
                "2026-11-20,10:30,ana@example.com,\"45,50\"",   // and twice in the file
                "2026-11-20,10:31,ana@example.com,\"45,50\"",   // another minute: another sale
                "2026-11-20,10:30,ana@example.com,\"46,00\"");  // another amount: another sale
        SalesReport report = run(file, NewClients.ADD, false);
        assertThat(kinds(report)).containsExactly("Line 2 ALREADY_IN_BOOK c-0001", "Line 3 ALREADY_IN_BOOK c-0001",
                "Line 4 ADDED c-0001", "Line 5 ADDED c-0001");
        assertThat(purchases("c-0001")).hasSize(3);
    }

    @Test
    void twiceInOneFile_withTheSameReference_isTakenOnce() throws Exception {
        Path file = csv("twice.csv",
                "Date,Email,Amount,Receipt",
                "2026-11-20,ana@example.com,10.00,R-9",
                "2026-11-21,ana@example.com,10.00,R-9");
        SalesReport report = run(file, NewClients.ADD, false);
        assertThat(report.lines()).containsExactly("Line 3 (R-9): the same sale as line 2 (R-9); skipped.");
        assertThat(purchases("c-0001")).hasSize(1);
    }

    @Test
    void dryRun_reportsWhatAnImportWouldDo_andWritesNothing() throws Exception {
        long changes = new SavedAgendas(store, CLOCK, false).changeCount();
        SalesReport dry = run(golden("shopify-orders.csv"), NewClients.ADD, true);
        assertThat(dry.summary()).isEqualTo("Would add 3 purchases (1 new client); would skip 0 already in the book;"
                + " 4 not taken.");
        assertThat(store.<Long>read(tx -> tx.interactions().count())).isZero();
        assertThat(store.<Long>read(tx -> tx.clients().count())).isEqualTo(5);
        assertThat(new SavedAgendas(store, CLOCK, false).changeCount()).isEqualTo(changes);
        SalesReport real = run(golden("shopify-orders.csv"), NewClients.ADD, false);
        assertThat(kinds(real)).isEqualTo(kinds(dry));
    }

    @Test
    void aFailedImport_leavesTheBookAsItWas_newClientsIncluded() throws Exception {
        SalesImportService failing = new SalesImportService(failingOnPurchases(store), CLOCK, Identity.NONE);
        SalesFile file = failing.read(golden("shopify-orders.csv"), null, null, null);
        assertThatThrownBy(() -> failing.importSales(file, NewClients.ADD, false)).isInstanceOf(StoreException.class);
        assertThat(store.<Long>read(tx -> tx.clients().count())).isEqualTo(5);
        assertThat(store.<Long>read(tx -> tx.interactions().count())).isZero();
    }

    /** The store, whose purchases fail to be written after the new clients were. */
    static BookStore failingOnPurchases(SqliteBookStore real) {
        return (BookStore) Proxy.newProxyInstance(BookStore.class.getClassLoader(), new Class<?>[] {BookStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("write")) {
                        @SuppressWarnings("unchecked")
                        Function<BookTx, Object> work = (Function<BookTx, Object>) args[0];
                        return real.write(tx -> work.apply(failingTx(tx)));
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    static BookTx failingTx(BookTx tx) {
        InteractionRepository failing = (InteractionRepository) Proxy.newProxyInstance(
                InteractionRepository.class.getClassLoader(), new Class<?>[] {InteractionRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("insertAll")) {
                        throw new StoreException("The disk is full.");
                    }
                    try {
                        return method.invoke(tx.interactions(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (BookTx) Proxy.newProxyInstance(BookTx.class.getClassLoader(), new Class<?>[] {BookTx.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("interactions")) {
                        return failing;
                    }
                    try {
                        return method.invoke(tx, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void afterAnImport_todayListsTheThankYousOfTheNewPurchases_notTheAgendaSavedAhead() throws Exception {
        SavedAgendas saved = new SavedAgendas(store, CLOCK, true);
        PlanningService planning = new PlanningService(store, CLOCK, saved);
        new PlanAhead(planning, saved).saveAhead(PlanAhead.DAYS);
        assertThat(saved.find(LocalDate.parse("2026-11-24"))).isPresent();
        assertThat(planning.agenda().followUps()).noneMatch(f -> f.rule() == FollowUpRule.THANK_PURCHASE);

        run(golden("shopify-orders.csv"), NewClients.ADD, false);

        assertThat(saved.find(LocalDate.parse("2026-11-24"))).isEmpty();
        List<String> thanks = new ArrayList<>();
        for (FollowUp f : planning.agenda().followUps()) {
            if (f.rule() == FollowUpRule.THANK_PURCHASE) {
                thanks.add(f.clientName() + " " + f.action() + " " + f.anchor());
            }
        }
        assertThat(thanks).contains("Ana Ruiz " + FollowUpAction.CALL + " 2026-11-18",
                "Zoë Müller " + FollowUpAction.CALL + " 2026-11-19", "Eve Martin " + FollowUpAction.CALL
                        + " 2026-11-22",
                "Eve Martin " + FollowUpAction.NOTE + " 2026-11-22"); // a first purchase: a note too
        saved.close(Duration.ofSeconds(10));
    }

    @Test
    void aSaleDatedAfterNow_isNotTaken_asAWrongDateOrderWouldMakeIt() throws Exception {
        Path file = csv("future.csv", "Date,Email,Total", "2026-12-11,ana@example.com,10.00");
        assertThat(run(file, NewClients.ADD, false).lines()).containsExactly("Line 2: dated 11 Dec 2026 12:00, in the"
                + " future (are day and month the right way round?); not taken.");
    }

    @Test
    void slashedDatesTheFileLeavesOpen_mustBeSaid_thenImport() throws Exception {
        SalesFile file = sales.read(golden("generic-en-undecided.csv"), null, null, null);
        assertThat(file.needsDateOrder()).isTrue();
        assertThatThrownBy(() -> sales.importSales(file, NewClients.ADD, false)).isInstanceOf(ServiceException.class)
                .hasMessage("The file's dates, like 03/04/2026, could be day first or month first. Say whether the day"
                        + " or the month comes first.");
        SalesReport report = sales.importSales(file.withDateOrder(DateOrder.MDY), NewClients.ADD, false);
        assertThat(report.purchases()).isEqualTo(3);
        assertThat(purchases("c-0001")).extracting(i -> i.at().toLocalDate().toString())
                .containsExactly("2026-05-06", "2026-03-04"); // "Ruiz, Ana" is Ana Ruiz
    }

    @Test
    void files_asClientImportReadsThem_utf16Recognised_over50MbRefused() throws Exception {
        Path utf16 = dir.resolve("unicode-text.csv");
        Files.write(utf16, ("\uFEFFDate\tEmail\tTotal\n2026-11-20\tana@example.com\t10,00\n")
                .getBytes(StandardCharsets.UTF_16LE));
        assertThat(run(utf16, NewClients.ADD, false).purchases()).isEqualTo(1);

        Path huge = dir.resolve("huge.csv");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(51L * 1024 * 1024);
        }
        assertThatThrownBy(() -> sales.read(huge, null, null, null)).isInstanceOf(ServiceException.class)
                .hasMessage("huge.csv is 51 MB; Rapport imports files up to 50 MB. Split it and import the parts.");
    }

    @Test
    void theScreensChoices_presetMappingAndDateOrder_readTheFileAgain() throws Exception {
        SalesFile file = sales.read(golden("shopify-orders.csv"), null, null, null);
        assertThat(file.preset()).isEqualTo(SalesPreset.SHOPIFY);
        assertThat(file.describe()).isEqualTo("Read 8 rows as Shopify orders: 4 sales, 3 not taken.");
        assertThat(file.previewRows()).hasSize(5);
        assertThat(file.mappingLabels()).hasSize(file.headers().size()).contains("Amount paid");

        SalesFile generic = file.withPresetLabel("Any spreadsheet");
        assertThat(generic.preset()).isEqualTo(SalesPreset.GENERIC);
        List<String> labels = new ArrayList<>(file.mappingLabels());
        labels.replaceAll(l -> l.equals(SaleField.AMOUNT.label()) ? SaleField.IGNORE.label() : l);
        SalesFile noAmount = file.remapByLabels(labels);
        assertThat(noAmount.missing()).containsExactly(SaleField.AMOUNT);
        assertThatThrownBy(() -> sales.importSales(noAmount, NewClients.ADD, true))
                .hasMessage("No column of the file holds the amounts: choose it in the column mapping.");
        assertThat(SalesFile.fieldChoices()).contains("Amount paid", "Order or transaction number");
        assertThat(SalesImportService.presetNames()).containsExactly("shopify", "square", "generic");
    }
}
