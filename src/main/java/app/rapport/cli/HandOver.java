package app.rapport.cli;

import app.rapport.channel.ChannelClient;
import app.rapport.channel.ChannelPlace;
import app.rapport.channel.Protocol;
import app.rapport.model.ExplainedException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A command that writes the book ({@code log}, {@code import-sales}) while the app has it open
 * hands its work to the app over the local channel (the one a second start of the app uses): the
 * app does it with the same service code, so the same checks and messages, shows it at once, and
 * replies once it is written. With no app listening for the book (none runs, or a command holds
 * the book, or an older app that does not know the request), the command goes on alone, as before.
 */
final class HandOver {
    /** How long a contact may take: it waits for any import under way in the app. */
    static final Duration LOG_WAIT = Duration.ofMinutes(2);
    /** How long an import may take: a file of 50 MB takes a minute or two. */
    static final Duration IMPORT_WAIT = Duration.ofMinutes(15);
    /** Refusals that mean "not this app": the command goes on alone (and finds the book's lock taken). */
    private static final Set<String> NOT_HERE = Set.of(Protocol.UNKNOWN_REQUEST, Protocol.OTHER_BOOK,
            Protocol.UNSUPPORTED_VERSION);

    private HandOver() {
    }

    /**
     * Asks the app that has the book in {@code dataFolder} open to do {@code request} (made for the
     * book's name on the channel), waiting up to {@code wait} for it to be done.
     *
     * @return the app's reply when it did it; empty when no app took the request (go on alone)
     * @throws ExplainedException with the app's one-line reason when it refused the work (nothing
     *         written), or when it took the work and did not say in time whether it was done
     */
    static Optional<JsonNode> toTheApp(Path dataFolder, Function<String, ObjectNode> request, Duration wait) {
        Optional<Path> socket = ChannelPlace.forThisUser().flatMap(place -> place.existingSocket(dataFolder));
        if (socket.isEmpty()) {
            return Optional.empty();
        }
        ChannelClient.Answer answer = ChannelClient.ask(socket.get(), request.apply(ChannelPlace.book(dataFolder)),
                wait);
        switch (answer.outcome()) {
            case NOBODY:
                return Optional.empty();
            case NO_REPLY:
                throw new ExplainedException("The Rapport app that has the book open took the work but did not say"
                        + " within " + wait.toMinutes() + " minutes whether it was done: look in the app before you run"
                        + " this again.");
            default:
                break;
        }
        JsonNode reply = answer.reply();
        if (Protocol.isOk(reply)) {
            return Optional.of(reply);
        }
        if (NOT_HERE.contains(reply.path(Protocol.ERROR).asText())) {
            return Optional.empty();
        }
        throw new ExplainedException(reply.path(Protocol.MESSAGE).asText("The Rapport app refused the work."));
    }
}
