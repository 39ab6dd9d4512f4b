package app.rapport.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A later start's end of the local channel (and, later, the command line's): asks the running app
 * one thing, on the socket {@link ChannelPlace#existingSocket} found. Nothing here logs: a start
 * that hands over ends before the log is set up.
 */
public final class ChannelClient {
    private ChannelClient() {
    }

    /**
     * Sends {@code request} and reads the reply, within {@code timeout} in all. Empty when nobody
     * answered: nobody listens (a socket file left by a Rapport that was killed), another user does,
     * or no reply came in time.
     */
    public static Optional<JsonNode> send(Path socket, ObjectNode request, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            connect(channel, socket, deadline);
            if (Peer.isSomeoneElse(channel, Files.getOwner(socket.getParent(), LinkOption.NOFOLLOW_LINKS))) {
                return Optional.empty(); // the folder is this user's (checked first): so must the app be
            }
            Lines.write(channel, Protocol.line(request), deadline);
            return Optional.ofNullable(Protocol.parse(Lines.read(channel, Protocol.MAX_LINE, deadline)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void connect(SocketChannel channel, Path socket, long deadline) throws IOException {
        channel.configureBlocking(false);
        if (channel.connect(UnixDomainSocketAddress.of(socket))) {
            return;
        }
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_CONNECT);
            while (!channel.finishConnect()) {
                Lines.await(selector, deadline);
            }
        }
    }
}
