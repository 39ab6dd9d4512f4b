package app.rapport.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The requests a command hands its work over with ({@code log}, {@code import-sales}), and what
 * they need of the channel: replies longer than a request, an answer that may come late, and a
 * long request that does not hold the others up. The work itself is the app's (HandedOverWorkTest).
 */
class HandOverRequestsTest {
    static final Duration ANSWER = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final List<ChannelServer> servers = new ArrayList<>();
    private final AtomicReference<LogContact.Contact> logged = new AtomicReference<>();
    private final AtomicReference<ImportSales.Order> ordered = new AtomicReference<>();

    @AfterEach
    void closeServers() {
        servers.forEach(ChannelServer::close);
    }

    private Path book() throws IOException {
        return Files.createDirectories(dir.resolve("book"));
    }

    private String bookName() throws IOException {
        return ChannelPlace.book(book());
    }

    private Path serve(ChannelServer.Handler... handlers) throws Exception {
        ChannelServer server = ChannelServer.start(new ChannelPlace(dir.resolve("channel")), book(), List.of(handlers));
        servers.add(server);
        return server.listening().get(10, TimeUnit.SECONDS);
    }

    private LogContact logContact() {
        return new LogContact(c -> {
            logged.set(c);
            return "i-000042";
        });
    }

    private static JsonNode ask(Path socket, ObjectNode request) {
        ChannelClient.Answer answer = ChannelClient.ask(socket, request, ANSWER);
        assertThat(answer.outcome()).isEqualTo(ChannelClient.Answer.Outcome.REPLIED);
        return answer.reply();
    }

    @Test
    void log_carriesTheCommandsOptions_andAnswersTheNewId() throws Exception {
        Path socket = serve(logContact());
        LogContact.Contact contact = new LogContact.Contact("c-0001", "PURCHASE", null, null, null, "45.00",
                "Cake « chocolat »", "Paid\ncash");

        JsonNode reply = ask(socket, LogContact.request(bookName(), contact));

        assertThat(Protocol.isOk(reply)).isTrue();
        assertThat(reply.path(LogContact.ID).asText()).isEqualTo("i-000042");
        assertThat(logged.get()).isEqualTo(contact);
    }

    @Test
    void log_withoutClientOrKind_orAFieldNotText_isABadRequest_andNothingIsDone() throws Exception {
        Path socket = serve(logContact());
        ObjectNode noKind = LogContact.request(bookName(), new LogContact.Contact("c-0001", null, null, null, null,
                null, null, null));
        ObjectNode amountANumber = LogContact.request(bookName(), new LogContact.Contact("c-0001", "PURCHASE", null,
                null, null, null, null, null));
        amountANumber.put("amount", 45);

        assertThat(ask(socket, noKind).path(Protocol.ERROR).asText()).isEqualTo(Protocol.BAD_REQUEST);
        JsonNode refused = ask(socket, amountANumber);
        assertThat(refused.path(Protocol.ERROR).asText()).isEqualTo(Protocol.BAD_REQUEST);
        assertThat(refused.path(Protocol.MESSAGE).asText()).isEqualTo("\"amount\" is text.");
        assertThat(logged.get()).isNull();
    }

    @Test
    void log_refusedByTheApp_isFailed_withTheAppsOneLine() throws Exception {
        Path socket = serve(new LogContact(c -> {
            throw new IllegalArgumentException("There is no client \"c-9999\" in the book.");
        }));

        JsonNode reply = ask(socket, LogContact.request(bookName(), new LogContact.Contact("c-9999", "CALL", null, null,
                null, null, null, null)));

        assertThat(reply.path(Protocol.ERROR).asText()).isEqualTo(Protocol.FAILED);
        assertThat(reply.path(Protocol.MESSAGE).asText()).isEqualTo("There is no client \"c-9999\" in the book.");
    }

    @Test
    void importSales_sendsThePath_andTheReplyCarriesTheReport_longerThanARequestMayBe() throws Exception {
        List<String> lines = IntStream.range(0, 400)
                .mapToObj(i -> "Line " + i + ": " + "x".repeat(100) + "; not taken.")
                .toList();
        Path socket = serve(new ImportSales(o -> {
            ordered.set(o);
            return new ImportSales.Report("Read 400 rows as Any spreadsheet: 0 sales, 400 not taken.",
                    "Added 0 purchases; skipped 0 already in the book; 400 not taken.", lines);
        }));
        ImportSales.Order order = new ImportSales.Order(dir.resolve("orders.csv").toString(), "windows-1252", "generic",
                "dmy", "skip", true);

        JsonNode reply = ask(socket, ImportSales.request(bookName(), order));

        assertThat(ordered.get()).isEqualTo(order);
        assertThat(Protocol.isOk(reply)).isTrue();
        assertThat(reply.toString().length()).as("past a request's limit").isGreaterThan(Protocol.MAX_LINE);
        ImportSales.Report report = ImportSales.report(reply);
        assertThat(report.read()).startsWith("Read 400 rows");
        assertThat(report.summary()).startsWith("Added 0 purchases");
        assertThat(report.lines()).isEqualTo(lines);
    }

    @Test
    void importSales_aReportLongerThanAReplyMayBe_saysHowManyLinesItLeftOut() {
        List<String> lines = IntStream.range(0, 20_000).mapToObj(i -> "Line " + i + ": " + "é".repeat(100)).toList();
        ImportSales handler = new ImportSales(o -> new ImportSales.Report("Read", "Added 0", lines));

        JsonNode reply = handler.handle(ImportSales.request("/a/book", new ImportSales.Order("/a/orders.csv", null,
                null, null, null, false)));

        List<String> shown = ImportSales.report(reply).lines();
        assertThat(Protocol.line(reply).length()).isLessThan(Protocol.MAX_REPLY);
        assertThat(shown.subList(0, shown.size() - 1)).isEqualTo(lines.subList(0, shown.size() - 1));
        assertThat(shown.get(shown.size() - 1)).isEqualTo("… and " + (lines.size() - shown.size() + 1)
                + " more lines: import the file with the app closed, or in the app (File ▸ Import sales), to see them"
                + " all.");
    }

    @Test
    void importSales_aRelativePath_orADryRunNotTrueOrFalse_isABadRequest() throws Exception {
        ImportSales handler = new ImportSales(o -> {
            ordered.set(o);
            return new ImportSales.Report("", "", List.of());
        });
        ObjectNode relative = ImportSales.request("/a/book", new ImportSales.Order("orders.csv", null, null, null,
                null, false));
        ObjectNode dryRunText = ImportSales.request("/a/book", new ImportSales.Order("/a/orders.csv", null, null, null,
                null, false));
        dryRunText.put("dry-run", "yes");

        assertThat(handler.handle(relative).path(Protocol.ERROR).asText()).isEqualTo(Protocol.BAD_REQUEST);
        assertThat(handler.handle(dryRunText).path(Protocol.ERROR).asText()).isEqualTo(Protocol.BAD_REQUEST);
        assertThat(ordered.get()).isNull();
    }

    @Test
    void aLongRequest_doesNotHoldTheOthers() throws Exception {
        CountDownLatch importing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger shown = new AtomicInteger();
        Path socket = serve(new Show(Runnable::run, shown::incrementAndGet), logContact(), new ImportSales(o -> {
            importing.countDown();
            try {
                finish.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ImportSales.Report("Read", "Added 1 purchase", List.of());
        }));
        var slow = CompletableFuture.supplyAsync(() -> {
            try {
                return ask(socket,
                        ImportSales.request(bookName(), new ImportSales.Order(dir.resolve("o.csv").toString(),
                        null, null, null, null, false)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(importing.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(Protocol.isOk(ask(socket, Show.request(bookName(), false)))).isTrue();
        assertThat(ask(socket, LogContact.request(bookName(), new LogContact.Contact("c-0001", "CALL", null, null, null,
                null, null, null))).path(LogContact.ID).asText()).isEqualTo("i-000042");
        assertThat(slow).isNotDone();

        finish.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS).path(ImportSales.SUMMARY).asText()).isEqualTo("Added 1 purchase");
        assertThat(shown).hasValue(1);
    }

    @Test
    void aReplyThatComesTooLate_isNoReply_notNobody() throws Exception {
        CountDownLatch finish = new CountDownLatch(1);
        Path socket = serve(new LogContact(c -> {
            try {
                finish.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "i-000001";
        }));
        try {
            ChannelClient.Answer answer = ChannelClient.ask(socket, LogContact.request(bookName(),
                    new LogContact.Contact("c-0001", "CALL", null, null, null, null, null, null)),
                            Duration.ofMillis(300));

            assertThat(answer.outcome()).isEqualTo(ChannelClient.Answer.Outcome.NO_REPLY);
            assertThat(answer.reply()).isNull();
        } finally {
            finish.countDown();
        }
    }

    @Test
    void aRequestTooLongToSend_isNotSent_andNobodyTakesIt() throws Exception {
        Path socket = serve(logContact());
        ObjectNode longNotes = LogContact.request(bookName(), new LogContact.Contact("c-0001", "CALL", null, null, null,
                null, null, "x".repeat(Protocol.MAX_LINE)));

        assertThat(ChannelClient.ask(socket, longNotes, ANSWER).outcome())
                .isEqualTo(ChannelClient.Answer.Outcome.NOBODY);
        assertThat(logged.get()).isNull();
    }

    @Test
    void nobodyListening_isNobody() throws Exception {
        ChannelPlace place = new ChannelPlace(dir.resolve("channel"));
        place.prepare();
        Path socket = place.socketFor(book());
        try (var killed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            killed.bind(UnixDomainSocketAddress.of(socket));
        }

        assertThat(ChannelClient.ask(socket, LogContact.request(bookName(), new LogContact.Contact("c-0001", "CALL",
                null, null, null, null, null, null)), ANSWER).outcome()).isEqualTo(ChannelClient.Answer.Outcome.NOBODY);
    }
}
