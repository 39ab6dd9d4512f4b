package app.rapport;

import app.rapport.service.OpenBook;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The app's book, opened (and today's agenda planned) on a thread of its own while the window
 * toolkit starts, so that Today is ready sooner: {@link Main} begins it, {@link RapportApp#init}
 * takes it. An app started another way (tests) opens its book itself.
 */
final class EarlyBook {
    private static Path folder;
    private static CompletableFuture<OpenBook> opening;

    private EarlyBook() {
    }

    static synchronized void open(Path dataFolder, Clock clock) {
        folder = dataFolder;
        opening = new CompletableFuture<>();
        CompletableFuture<OpenBook> result = opening;
        Thread t = new Thread(() -> {
            try {
                OpenBook book = OpenBook.open(dataFolder, false, clock, RapportApp.OWNER, true);
                book.agendaPrefetch().start();
                result.complete(book);
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "rapport-open");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The book opened early for {@code dataFolder}, once; empty when none was. Throws what opening
     * it threw (a damaged or locked book...), as opening it there and then would have.
     */
    static synchronized Optional<OpenBook> take(Path dataFolder) {
        CompletableFuture<OpenBook> pending = opening;
        opening = null;
        if (pending == null) {
            return Optional.empty();
        }
        if (!dataFolder.equals(folder)) {
            OpenBook other = pending.handle((book, failure) -> book).join(); // not the book asked for
            if (other != null) {
                other.close();
            }
            return Optional.empty();
        }
        try {
            return Optional.of(pending.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
