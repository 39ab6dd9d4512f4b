package app.rapport.channel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * One line each way on a connection, never waiting past a deadline: the connection is used
 * without blocking, through a selector (a Unix-domain channel has no read timeout of its own).
 */
final class Lines {
    /** A line longer than allowed. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong(int max) {
            super("longer than " + max + " bytes");
        }
    }

    private Lines() {
    }

    /**
     * Reads up to the first newline (or the end of the stream), at most {@code max} bytes before it.
     *
     * @throws TooLong when more than {@code max} bytes come before a newline
     * @throws SocketTimeoutException when the line has not come by {@code deadline} ({@link System#nanoTime})
     * @throws CharacterCodingException when it is not UTF-8
     */
    static String read(SocketChannel channel, int max, long deadline) throws IOException {
        channel.configureBlocking(false);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (true) {
                int n = channel.read(buffer);
                if (n < 0) {
                    return decode(line.toByteArray());
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    byte b = buffer.get();
                    if (b == '\n') {
                        return decode(line.toByteArray());
                    }
                    if (line.size() == max) {
                        throw new TooLong(max);
                    }
                    line.write(b);
                }
                buffer.clear();
                if (n == 0) {
                    await(selector, deadline);
                }
            }
        }
    }

    /** Writes {@code text} whole by {@code deadline}. */
    static void write(SocketChannel channel, String text, long deadline) throws IOException {
        channel.configureBlocking(false);
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_WRITE);
            while (bytes.hasRemaining()) {
                if (channel.write(bytes) == 0) {
                    await(selector, deadline);
                }
            }
        }
    }

    /** Waits until the channel is ready, or throws once {@code deadline} has passed. */
    static void await(Selector selector, long deadline) throws IOException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0 || selector.select(left) == 0 && System.nanoTime() - deadline >= 0) {
            throw new SocketTimeoutException("no answer in time");
        }
        selector.selectedKeys().clear();
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
