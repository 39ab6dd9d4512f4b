package app.rapport;

import app.rapport.channel.ChannelClient;
import app.rapport.channel.ChannelPlace;
import app.rapport.channel.Protocol;
import app.rapport.channel.Show;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A start of the app while Rapport already runs on the same book (kept running in the background,
 * started at log-in, or just open) hands over to it, as desktop apps do: the running app brings its
 * window forward and this start exits 0. A start with {@code --background} (the log-in entry) asks
 * for no window: the app shows nothing and this start exits 0 all the same. When nobody answers
 * (an older Rapport, or a command such as {@code import}, holds the book), the start goes on and
 * says the book is open, as before. A start asks for its data folder's book, and the app there
 * comes forward whichever of its books it shows (its own or the sample book, which it opens
 * itself); a start with {@code --data} naming the sample book's folder asks for another book.
 */
final class SecondStart {
    /** How long the running app has to answer, once connected. */
    static final Duration ANSWER = Duration.ofSeconds(8);
    private static final long RETRY_MILLIS = 100;

    private SecondStart() {
    }

    /**
     * Whether an app running on the book in {@code dataFolder} took this start over; waits up to
     * {@code wait} for one to listen (an app that is still starting takes the book's lock a moment
     * before it listens: the book is opened in between). Quick when none does: no socket file, or
     * one nobody listens on.
     */
    static boolean handedOver(Path dataFolder, boolean background, Duration wait) {
        Optional<ChannelPlace> place = ChannelPlace.forThisUser();
        if (place.isEmpty()) {
            return false;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<Path> socket = place.get().existingSocket(dataFolder);
            if (socket.isPresent()) {
                Optional<JsonNode> reply = ChannelClient.send(socket.get(),
                        Show.request(ChannelPlace.book(dataFolder), background), ANSWER);
                if (reply.isPresent()) {
                    return Protocol.isOk(reply.get()); // a refusal is final
                }
            }
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
