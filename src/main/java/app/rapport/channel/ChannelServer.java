package app.rapport.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running app's end of the local channel: it listens on the book's socket (see
 * {@link ChannelPlace}) on a thread of its own and answers one request per connection, each
 * connection on a thread of a few (an import handed over takes a while: a later start or a
 * script's log meanwhile is answered all the same). Each request it knows is a {@link Handler};
 * any other is refused. Started only while the app holds the book's lock, and closed before it
 * lets the lock go.
 */
public final class ChannelServer implements AutoCloseable {
    /** One request the app knows: its name, and how it answers. */
    public interface Handler {
        String name();

        /**
         * Does what {@code request} asks, on a thread of the channel's (never the FX thread; maybe
         * beside another request), and says how it went:
         * {@link Protocol#ok()} (with any fields of its own) or a {@link Protocol#refusal}. What it
         * throws is refused as {@link Protocol#FAILED}.
         */
        ObjectNode handle(JsonNode request) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ChannelServer.class);
    /** How often the socket is checked (and touched, so that no clean-up of old temporary files takes it). */
    static final Duration REFRESH = Duration.ofMinutes(30);
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(2);
    /** Connections answered at once; one more is answered by the listening thread itself, the rest wait. */
    static final int WORKERS = 4;

    private final ChannelPlace place;
    private final Path dataFolder;
    private final Map<String, Handler> handlers;
    private final Duration refreshEvery;
    private final CompletableFuture<Path> listening = new CompletableFuture<>();
    private final Thread thread;
    private final ExecutorService workers;
    private volatile boolean closed;
    private volatile Selector selector;
    // The channel thread's alone:
    private String book;
    private Path socket;
    private ServerSocketChannel server;
    private Object fileKey;
    private UserPrincipal me;

    private ChannelServer(ChannelPlace place, Path dataFolder, List<Handler> handlers, Duration refreshEvery,
            UserPrincipal owner) {
        this.place = place;
        this.dataFolder = dataFolder;
        this.refreshEvery = refreshEvery;
        this.me = owner;
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(Handler::name, Function.identity()));
        this.thread = new Thread(this::run, "rapport-channel");
        thread.setDaemon(true);
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(0, WORKERS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "rapport-channel-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /**
     * Starts listening for the book in {@code dataFolder}, answering {@code handlers}' requests, on
     * a thread of its own; {@link #listening()} says when it does (or why it could not).
     */
    public static ChannelServer start(ChannelPlace place, Path dataFolder, List<Handler> handlers) {
        return start(place, dataFolder, handlers, REFRESH, null);
    }

    /** As above, checking the socket every {@code refreshEvery}, for {@code owner} (null: whoever binds it). */
    static ChannelServer start(ChannelPlace place, Path dataFolder, List<Handler> handlers, Duration refreshEvery,
            UserPrincipal owner) {
        ChannelServer s = new ChannelServer(place, dataFolder, handlers, refreshEvery, owner);
        s.thread.start();
        return s;
    }

    /** The socket, once listening; failed when the channel could not be opened (the app runs on without it). */
    public CompletableFuture<Path> listening() {
        return listening;
    }

    private void run() {
        try (Selector s = Selector.open()) {
            selector = s;
            book = ChannelPlace.book(dataFolder);
            socket = place.socketFor(dataFolder);
            bind(s);
            listening.complete(socket);
            LOG.info("Listening for later starts on {}", socket);
            long nextRefresh = System.nanoTime() + refreshEvery.toNanos();
            while (!closed) {
                s.select(Math.max(1, (nextRefresh - System.nanoTime()) / 1_000_000));
                s.selectedKeys().clear();
                SocketChannel connection;
                while (!closed && (connection = server.accept()) != null) {
                    SocketChannel accepted = connection;
                    workers.execute(() -> serve(accepted));
                }
                if (!closed && System.nanoTime() - nextRefresh >= 0) {
                    refresh(s);
                    nextRefresh = System.nanoTime() + refreshEvery.toNanos();
                }
            }
        } catch (IOException | RuntimeException e) {
            if (!listening.isDone()) {
                LOG.warn("Rapport cannot listen for later starts (they will say the book is open): {}", e.toString());
            } else {
                LOG.error("The channel for later starts stopped", e);
            }
            listening.completeExceptionally(e);
        } finally {
            workers.shutdown(); // a request being answered goes on to its reply
            stopListening();
            listening.completeExceptionally(new IOException("closed"));
        }
    }

    /**
     * Binds the socket. A socket file already there was left by a Rapport that ended without taking
     * it away (this app holds the book's lock, so no other answers for this book): removed, once
     * a connection to it has failed. One that answers (another book of the same hash) is left alone.
     */
    private void bind(Selector s) throws IOException {
        place.prepare();
        if (Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            if (answers(socket)) {
                throw new IOException("another Rapport listens on " + socket);
            }
            Files.delete(socket);
        }
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        if (ChannelPlace.isPosix()) {
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        }
        if (me == null) {
            me = Files.getOwner(socket, LinkOption.NOFOLLOW_LINKS);
        }
        fileKey = fileKey(socket);
        server.configureBlocking(false);
        server.register(s, SelectionKey.OP_ACCEPT);
    }

    private static boolean answers(Path socket) {
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            probe.configureBlocking(false);
            return probe.connect(UnixDomainSocketAddress.of(socket)) || probe.finishConnect();
        } catch (IOException e) {
            return false;
        }
    }

    /** The socket file still there and ours: touched. Gone (a clean-up, by hand or by the system): bound again. */
    private void refresh(Selector s) throws IOException {
        if (isOurs()) {
            Files.setLastModifiedTime(socket, FileTime.fromMillis(System.currentTimeMillis()));
            return;
        }
        LOG.info("The socket {} was taken away: listening again", socket);
        server.close();
        bind(s);
    }

    /** Whether the socket file is the one bound here (where the system names no file keys: whether it is there). */
    private boolean isOurs() {
        return Files.exists(socket, LinkOption.NOFOLLOW_LINKS) && Objects.equals(fileKey(socket), fileKey);
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private void serve(SocketChannel connection) {
        try (SocketChannel c = connection) {
            if (Peer.isSomeoneElse(c, me)) {
                LOG.warn("Refused a connection to the channel from another user ({})", Peer.user(c).orElse(null));
                return;
            }
            ObjectNode reply;
            try {
                reply = answer(Lines.read(c, Protocol.MAX_LINE, System.nanoTime() + Protocol.READ_TIMEOUT.toNanos()));
            } catch (Lines.TooLong e) {
                reply = Protocol.refusal(Protocol.TOO_LONG, "A request is at most " + Protocol.MAX_LINE + " bytes.");
            } catch (CharacterCodingException e) {
                reply = Protocol.refusal(Protocol.BAD_REQUEST, "A request is UTF-8 text.");
            }
            Lines.write(c, Protocol.line(reply), System.nanoTime() + WRITE_TIMEOUT.toNanos());
        } catch (IOException e) {
            LOG.info("A connection to the channel ended without its answer: {}", e.toString());
        }
    }

    /** The reply to one request line. */
    ObjectNode answer(String line) {
        JsonNode request = Protocol.parse(line);
        if (request == null || !request.path(Protocol.REQUEST).isTextual()
                || !request.path(Protocol.VERSION_FIELD).isInt()) {
            return Protocol.refusal(Protocol.BAD_REQUEST,
                    "A request is one line of JSON: an object with \"version\", \"request\" and \"book\".");
        }
        if (request.get(Protocol.VERSION_FIELD).intValue() != Protocol.VERSION) {
            return Protocol.refusal(Protocol.UNSUPPORTED_VERSION,
                    "This Rapport speaks version " + Protocol.VERSION + " of the channel.");
        }
        if (!book.equals(request.path(Protocol.BOOK).asText())) {
            return Protocol.refusal(Protocol.OTHER_BOOK, "This Rapport has another book open.");
        }
        String name = request.get(Protocol.REQUEST).asText();
        Handler handler = handlers.get(name);
        if (handler == null) {
            return Protocol.refusal(Protocol.UNKNOWN_REQUEST, "This Rapport does not know the request \"" + name
                    + "\" (it may be older than the program that asked).");
        }
        try {
            LOG.info("Asked over the channel: {}", name);
            return handler.handle(request);
        } catch (Exception e) {
            LOG.error("The request {} failed", name, e);
            return Protocol.refusal(Protocol.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private void stopListening() {
        try {
            if (server != null) {
                server.close();
            }
            if (socket != null && server != null && isOurs()) {
                Files.deleteIfExists(socket); // only our own: a later app may have bound its own here
            }
        } catch (IOException e) {
            LOG.warn("The channel's socket {} could not be taken away: {}", socket, e.toString());
        }
    }

    /** Stops listening and takes the socket away (waits a moment for a request being answered). */
    @Override
    public void close() {
        closed = true;
        Selector s = selector;
        if (s != null) {
            s.wakeup();
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(2_000);
                workers.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
