package app.rapport.channel;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;

/**
 * The user at the other end of a connection, as the operating system tells it ({@code SO_PEERCRED}
 * on Linux and macOS); empty where it cannot tell (Windows), where only the private folder keeps
 * others out.
 */
final class Peer {
    private Peer() {
    }

    static Optional<UserPrincipal> user(SocketChannel channel) {
        try {
            if (!channel.supportedOptions().contains(jdk.net.ExtendedSocketOptions.SO_PEERCRED)) {
                return Optional.empty();
            }
            return Optional.of(channel.getOption(jdk.net.ExtendedSocketOptions.SO_PEERCRED).user());
        } catch (IOException | UnsupportedOperationException | LinkageError e) {
            return Optional.empty(); // LinkageError: a runtime made without the jdk.net module
        }
    }

    /** Whether the other end is someone else than {@code me} (as far as the system can tell). */
    static boolean isSomeoneElse(SocketChannel channel, UserPrincipal me) {
        return user(channel).map(u -> !u.equals(me)).orElse(false);
    }
}
