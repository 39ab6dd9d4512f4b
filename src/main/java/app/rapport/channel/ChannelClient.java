package app.rapport.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The asking end of the local channel (a later start, a command handing its work over): asks the
 * running app one thing, on the socket {@link ChannelPlace#existingSocket} found. Nothing here
 * logs: a start that hands over ends before the log is set up.
 */
public final class ChannelClient {
    private ChannelClient() {
    }

    /**
     * How a request went.
     *
     * @param reply the app's reply when {@link Outcome#REPLIED}, else {@code null}
     */
    public record Answer(Outcome outcome, JsonNode reply) {
        /** Whether the app took the request at all. */
        public enum Outcome {
            /** The app replied (done, or refused: see the reply). */
            REPLIED,
            /** Nobody took the request: nobody listens, another user does, or the connection failed first. */
            NOBODY,
            /** The request went out whole, but no reply came in time (or the app went): done or not, nobody can say. */
            NO_REPLY
        }
    }

    /**
     * Sends {@code request} and reads the reply, within {@code timeout} in all. Empty when nobody
     * answered: nobody listens (a socket file left by a Rapport that was killed), another user does,
     * or no reply came in time.
     */
    public static Optional<JsonNode> send(Path socket, ObjectNode request, Duration timeout) {
        return Optional.ofNullable(ask(socket, request, timeout).reply());
    }

    /**
     * Sends {@code request} and waits up to {@code timeout} in all for the reply (a reply of up to
     * {@link Protocol#MAX_REPLY} bytes), telling a request nobody took from one taken but not
     * answered in time. A request longer than {@link Protocol#MAX_LINE} is not sent: nobody takes it.
     */
    public static Answer ask(Path socket, ObjectNode request, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String line = Protocol.line(request);
        if (line.getBytes(StandardCharsets.UTF_8).length > Protocol.MAX_LINE + 1) {
            return new Answer(Answer.Outcome.NOBODY, null);
        }
        boolean sent = false;
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            connect(channel, socket, deadline);
            if (Peer.isSomeoneElse(channel, Files.getOwner(socket.getParent(), LinkOption.NOFOLLOW_LINKS))) {
                // the folder is this user's (checked first): so must the app be
                return new Answer(Answer.Outcome.NOBODY, null);
            }
            Lines.write(channel, line, deadline);
            sent = true;
            JsonNode reply = Protocol.parse(Lines.read(channel, Protocol.MAX_REPLY, deadline));
            return reply == null ? new Answer(Answer.Outcome.NO_REPLY, null)
                    : new Answer(Answer.Outcome.REPLIED, reply);
        } catch (IOException e) {
            return new Answer(sent ? Answer.Outcome.NO_REPLY : Answer.Outcome.NOBODY, null);
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
