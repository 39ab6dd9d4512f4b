package app.rapport;

import app.rapport.channel.ChannelPlace;
import app.rapport.channel.ChannelServer;
import app.rapport.channel.Show;
import app.rapport.service.OpenBook;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * What the app answers on its private channel: a later start of the app on this book hands over
 * to this one ({@link SecondStart}: the window comes forward), and so do {@code rapport log} and
 * {@code import-sales} ({@link HandedOverWork}: done with the app's own book, then shown). It
 * listens from the moment the book is open, on threads of its own, until the book's lock is let go.
 */
final class LaterStarts {
    private final Optional<ChannelPlace> place;
    private final Path dataFolder;
    private final List<ChannelServer.Handler> handlers = new ArrayList<>();
    /** Started and closed on the app's start and stop (the launcher's thread, then the FX thread). */
    private volatile ChannelServer server;

    /**
     * @param place where this user's channels are; empty where there is none (then nothing listens)
     * @param bringForward asked on the FX thread for the window, by a later start
     * @param book the app's own book as it is open now (read on the channel's threads)
     * @param changed told on the channel's threads that a command changed the book, in words for the status line
     */
    LaterStarts(Optional<ChannelPlace> place, Path dataFolder, Runnable bringForward, Supplier<OpenBook> book,
            Clock clock, Consumer<String> changed) {
        this.place = place;
        this.dataFolder = dataFolder;
        handlers.add(new Show(Platform::runLater, bringForward));
        handlers.addAll(new HandedOverWork(book, clock, changed).handlers());
    }

    /** Starts listening (once). */
    void listen() {
        if (server == null) {
            place.ifPresent(p -> server = ChannelServer.start(p, dataFolder, handlers));
        }
    }

    boolean listening() {
        return server != null;
    }

    /** Later starts no longer find this app: before the book's lock is let go. */
    void close() {
        ChannelServer open = server;
        server = null;
        if (open != null) {
            open.close();
        }
    }
}
