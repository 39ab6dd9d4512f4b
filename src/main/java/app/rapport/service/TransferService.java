package app.rapport.service;

import app.rapport.io.BookContent;
import app.rapport.io.BookFormatException;
import app.rapport.io.BookJsonReader;
import app.rapport.io.BookJsonWriter;
import app.rapport.model.Client;
import app.rapport.model.Decision;
import app.rapport.model.Interaction;
import app.rapport.model.LetterTemplate;
import app.rapport.model.ManualFollowUp;
import app.rapport.model.Settings;
import app.rapport.store.BookStore;
import app.rapport.store.BookTx;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

/** Export and import of the whole book as FORMATS.md's book JSON. */
public final class TransferService {
    private final BookStore store;
    private final Clock clock;
    private final Path dataFolder;

    public TransferService(BookStore store, Clock clock) {
        this(store, clock, store.file().map(f -> f.toAbsolutePath().getParent()).orElse(null));
    }

    /** @param dataFolder this computer's data folder, where no export may go (a team book's has no file) */
    public TransferService(BookStore store, Clock clock, Path dataFolder) {
        this.store = store;
        this.clock = clock;
        this.dataFolder = dataFolder;
    }

    /**
     * Writes the whole book to {@code file} from one consistent snapshot. The file appears whole
     * or not at all: it is written beside the target and moved into place.
     */
    public ExportResult exportBook(Path file) {
        return OutputTarget.write(dataFolder, file, this::writeBook);
    }

    /** Writes the whole book as JSON to {@code out}, from one consistent snapshot. */
    public ExportResult writeBook(OutputStream out) {
        return store.read(tx -> {
            try {
                new BookJsonWriter().write(out, content(tx), clock.instant());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ExportResult(tx.clients().count(), tx.interactions().count());
        });
    }

    /**
     * Reads a book file into this book, all or nothing: the whole import is one transaction, and
     * any error leaves the book as it was.
     *
     * @param replace empty the book first (its settings then come from the file)
     */
    public ImportResult importBook(Path file, boolean replace) {
        return importBook(file, replace, false);
    }

    /**
     * Reads a book file into this book when it is empty (no client, no contact), settings and all,
     * in one transaction; refuses, changing nothing, when it is not: how a book is shared into a new
     * team book, which someone else may have begun to fill meanwhile.
     */
    public ImportResult importIntoEmpty(Path file) {
        return importBook(file, true, true);
    }

    private ImportResult importBook(Path file, boolean replace, boolean onlyIntoEmpty) {
        if (!Files.isRegularFile(file)) {
            throw new ServiceException("There is no file " + file);
        }
        return store.write(tx -> {
            if (onlyIntoEmpty && (!tx.clients().isEmpty() || tx.interactions().count() > 0)) {
                throw new ServiceException("The " + store.describe() + " already holds clients or contacts: a book"
                        + " is shared only into an empty one.");
            }
            BookImport book = new BookImport(tx, replace);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                new BookJsonReader(clock.instant().truncatedTo(ChronoUnit.SECONDS)).read(in, book);
            } catch (IOException e) {
                throw new ServiceException("Cannot read " + file + ": " + OutputTarget.inWords(e) + ".", e);
            } catch (BookFormatException e) {
                throw new ServiceException(file.getFileName() + ": " + e.getMessage(), e);
            }
            return book.finish();
        });
    }

    private static BookContent content(BookTx tx) {
        return new BookContent() {
            @Override
            public Settings settings() {
                return tx.settings().load();
            }

            @Override
            public void clients(Consumer<Client> sink) {
                tx.clients().forEach(sink);
            }

            @Override
            public void interactions(Consumer<Interaction> sink) {
                tx.interactions().forEach(sink);
            }

            @Override
            public void followUps(Consumer<ManualFollowUp> sink) {
                tx.followUps().forEach(sink);
            }

            @Override
            public void decisions(Consumer<Decision> sink) {
                tx.decisions().forEach(sink);
            }

            @Override
            public List<LetterTemplate> templates() {
                return tx.letters().templates();
            }
        };
    }
}
