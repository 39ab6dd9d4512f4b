package app.rapport.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The local channel, a server and its clients in one JVM, on a socket in a temporary folder. */
class ChannelServerTest {
    static final Duration ANSWER = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final List<ChannelServer> servers = new ArrayList<>();
    private final AtomicInteger broughtForward = new AtomicInteger();

    @AfterEach
    void closeServers() {
        servers.forEach(ChannelServer::close);
    }

    private ChannelPlace place() {
        return new ChannelPlace(dir.resolve("channel"));
    }

    private Path book() throws IOException {
        return Files.createDirectories(dir.resolve("book"));
    }

    private Path listening(ChannelServer server) throws Exception {
        servers.add(server);
        return server.listening().get(10, TimeUnit.SECONDS);
    }

    private Path serve() throws Exception {
        return listening(ChannelServer.start(place(), book(),
                List.of(new Show(Runnable::run, broughtForward::incrementAndGet))));
    }

    private JsonNode ask(Path socket, ObjectNode request) {
        return ChannelClient.send(socket, request, ANSWER).orElseThrow();
    }

    /** Sends {@code bytes} as they are and reads the reply line (null when the connection closed without one). */
    private static String raw(Path socket, byte[] bytes) throws IOException {
        try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            c.connect(UnixDomainSocketAddress.of(socket));
            ByteBuffer out = ByteBuffer.wrap(bytes);
            try {
                while (out.hasRemaining()) {
                    c.write(out);
                }
            } catch (IOException closedWhileWriting) {
                // the server stopped reading (a request too long): its reply is still there to read
            }
            return readAll(c);
        }
    }

    private static String readAll(SocketChannel c) throws IOException {
        ByteBuffer in = ByteBuffer.allocate(Protocol.MAX_LINE * 2);
        try {
            while (c.read(in) >= 0) {
                // until the server closes
            }
        } catch (IOException reset) {
            // closed by the server
        }
        String text = new String(in.array(), 0, in.position(), StandardCharsets.UTF_8);
        return text.isEmpty() ? null : text;
    }

    @Test
    void show_isAnswered_andBringsTheWindowForward() throws Exception {
        Path socket = serve();
        Path book = book();

        JsonNode reply = ask(socket, Show.request(ChannelPlace.book(book), false));

        assertThat(Protocol.isOk(reply)).as(reply.toString()).isTrue();
        assertThat(reply.path(Protocol.VERSION_FIELD).asInt()).isEqualTo(Protocol.VERSION);
        assertThat(broughtForward).hasValue(1);
        assertThat(socket).isEqualTo(place().socketFor(book));
        assertThat(place().existingSocket(book)).contains(socket);
    }

    @Test
    void show_fromABackgroundStart_isAnswered_butShowsNothing() throws Exception {
        Path socket = serve();

        JsonNode reply = ask(socket, Show.request(ChannelPlace.book(book()), true));

        assertThat(Protocol.isOk(reply)).isTrue();
        assertThat(broughtForward).hasValue(0);
    }

    @Test
    void aRequestTheAppDoesNotKnow_isRefusedPlainly() throws Exception {
        Path socket = serve();

        JsonNode reply = ask(socket, Protocol.request("log", ChannelPlace.book(book())));

        assertThat(Protocol.isOk(reply)).isFalse();
        assertThat(reply.path(Protocol.ERROR).asText()).isEqualTo(Protocol.UNKNOWN_REQUEST);
        assertThat(reply.path(Protocol.MESSAGE).asText()).contains("\"log\"");
        assertThat(broughtForward).hasValue(0);
    }

    @Test
    void aRequestForAnotherBook_anotherVersion_orNotJson_isRefused() throws Exception {
        Path socket = serve();
        String book = ChannelPlace.book(book());

        assertThat(ask(socket, Show.request(ChannelPlace.book(dir.resolve("other")), false)).path(Protocol.ERROR)
                .asText())
                .isEqualTo(Protocol.OTHER_BOOK);
        assertThat(ask(socket, Show.request(book, false).put(Protocol.VERSION_FIELD, 2)).path(Protocol.ERROR).asText())
                .isEqualTo(Protocol.UNSUPPORTED_VERSION);
        assertThat(raw(socket, "show\n".getBytes(StandardCharsets.UTF_8))).contains("\"error\":\"bad-request\"");
        assertThat(raw(socket, new byte[] {(byte) 0xff, (byte) 0xfe, '\n'})).contains("\"error\":\"bad-request\"");
        assertThat(broughtForward).hasValue(0);
    }

    @Test
    void aRequestTooLong_isRefused_andTheServerGoesOn() throws Exception {
        Path socket = serve();
        byte[] tooLong = ("{\"version\":1,\"request\":\"show\",\"pad\":\"" + "x".repeat(Protocol.MAX_LINE) + "\"}\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(raw(socket, tooLong)).contains("\"error\":\"too-long\"");

        assertThat(Protocol.isOk(ask(socket, Show.request(ChannelPlace.book(book()), false)))).isTrue();
        assertThat(broughtForward).hasValue(1);
    }

    @Test
    void aSilentClient_isLetGo_andDoesNotHoldTheServer() throws Exception {
        Path socket = serve();
        try (SocketChannel silent = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            silent.connect(UnixDomainSocketAddress.of(socket));
            CompletableFuture<String> closed = CompletableFuture.supplyAsync(() -> {
                try {
                    return readAll(silent);
                } catch (IOException e) {
                    return e.toString();
                }
            });
            long start = System.nanoTime();
            // Answered while the server still waits for the silent one (each connection on a thread of its own).
            assertThat(Protocol.isOk(ask(socket, Show.request(ChannelPlace.book(book()), false)))).isTrue();
            assertThat(closed.get(10, TimeUnit.SECONDS)).isNull(); // closed without a reply
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Protocol.READ_TIMEOUT.plusSeconds(3));
        }
    }

    @Test
    void aStaleSocketFile_leftByAKilledApp_blocksNothing() throws Exception {
        Path socket = place().socketFor(book());
        place().prepare();
        try (ServerSocketChannel killed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            killed.bind(UnixDomainSocketAddress.of(socket));
        }
        assertThat(socket).exists(); // closing a channel leaves its file, as a killed process does

        // A later start finds nobody there, at once.
        long start = System.nanoTime();
        assertThat(ChannelClient.send(socket, Show.request(ChannelPlace.book(book()), false), ANSWER)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));

        // The next app takes its place.
        assertThat(serve()).isEqualTo(socket);
        assertThat(Protocol.isOk(ask(socket, Show.request(ChannelPlace.book(book()), false)))).isTrue();
    }

    @Test
    void aSocketThatAnswers_isNotTakenOver() throws Exception {
        Path socket = place().socketFor(book());
        place().prepare();
        try (ServerSocketChannel other = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            other.bind(UnixDomainSocketAddress.of(socket));
            ChannelServer second = ChannelServer.start(place(), book(), List.of());
            servers.add(second);
            assertThat(second.listening()).failsWithin(10, TimeUnit.SECONDS);
            assertThat(socket).exists();
        }
    }

    @Test
    void closing_takesTheSocketAway() throws Exception {
        ChannelServer server = ChannelServer.start(place(), book(), List.of());
        Path socket = listening(server);

        server.close();

        assertThat(socket).doesNotExist();
        assertThat(place().existingSocket(book())).isEmpty();
    }

    @Test
    void aSocketTakenAway_isBoundAgain() throws Exception {
        ChannelServer server = ChannelServer.start(place(), book(), List.of(new Show(Runnable::run,
                broughtForward::incrementAndGet)), Duration.ofMillis(100), null);
        Path socket = listening(server);

        Files.delete(socket);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(socket, LinkOption.NOFOLLOW_LINKS));
        assertThat(Protocol.isOk(ask(socket, Show.request(ChannelPlace.book(book()), false)))).isTrue();
    }

    @Test
    void theFolder_isTheUsersAlone_andTheSocketToo() throws Exception {
        assumeTrue(ChannelPlace.isPosix());
        Path socket = serve();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket, LinkOption.NOFOLLOW_LINKS)))
                .isEqualTo("rw-------");
        assertThat(Files.getOwner(socket.getParent())).isEqualTo(ChannelPlace.currentUser());
    }

    @Test
    void aFolderOpenToOthers_isNotTrusted_andTheAppNarrowsItsOwn() throws Exception {
        assumeTrue(ChannelPlace.isPosix());
        Path socket = serve();
        Files.setPosixFilePermissions(socket.getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThat(place().existingSocket(book())).isEmpty();

        place().prepare();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())))
                .isEqualTo("rwx------");
        assertThat(place().existingSocket(book())).contains(socket);
    }

    @Test
    void theOtherEnd_isTheUserThemself() throws Exception {
        Path socket = serve();
        try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            c.connect(UnixDomainSocketAddress.of(socket));
            Optional<UserPrincipal> peer = Peer.user(c);
            assumeTrue(peer.isPresent(), "this system does not tell who is at the other end");
            assertThat(peer.get()).isEqualTo(ChannelPlace.currentUser());
        }
    }

    @Test
    void aConnectionFromAnotherUser_isRefusedWithoutAWord() throws Exception {
        UserPrincipal someoneElse = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        assumeTrue(!someoneElse.equals(ChannelPlace.currentUser()));
        // This app runs as "nobody": the test's own connection comes from someone else.
        Path socket = listening(ChannelServer.start(place(), book(), List.of(new Show(Runnable::run,
                broughtForward::incrementAndGet)), ChannelServer.REFRESH, someoneElse));
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            probe.connect(UnixDomainSocketAddress.of(socket));
            assumeTrue(Peer.user(probe).isPresent(), "this system does not tell who is at the other end");
        }

        assertThat(ChannelClient.send(socket, Show.request(ChannelPlace.book(book()), false), ANSWER)).isEmpty();
        assertThat(broughtForward).hasValue(0);
    }

    @Test
    void show_whoseWindowDoesNotAnswer_isRefused_asFailed() throws Exception {
        Show show = new Show(task -> { }, broughtForward::incrementAndGet, Duration.ofMillis(50));

        JsonNode reply = show.handle(Show.request("/a/book", false));

        assertThat(Protocol.isOk(reply)).isFalse();
        assertThat(reply.path(Protocol.ERROR).asText()).isEqualTo(Protocol.FAILED);
    }

    @Test
    void aRequestThatFails_isRefused_andTheServerGoesOn() throws Exception {
        ChannelServer.Handler failing = new ChannelServer.Handler() {
            @Override
            public String name() {
                return "fail";
            }

            @Override
            public ObjectNode handle(JsonNode request) {
                throw new IllegalStateException("The book is busy");
            }
        };
        Path socket = listening(ChannelServer.start(place(), book(), List.of(failing)));

        JsonNode reply = ask(socket, Protocol.request("fail", ChannelPlace.book(book())));

        assertThat(reply.path(Protocol.ERROR).asText()).isEqualTo(Protocol.FAILED);
        assertThat(reply.path(Protocol.MESSAGE).asText()).isEqualTo("The book is busy");
        assertThat(ask(socket, Protocol.request("fail", ChannelPlace.book(book()))).path(Protocol.ERROR).asText())
                .isEqualTo(Protocol.FAILED);
    }
}
