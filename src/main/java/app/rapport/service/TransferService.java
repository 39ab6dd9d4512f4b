package app.rapport.service;

import app.rapport.model.LetterTemplate;
import app.rapport.io.BookContent;
import app.rapport.io.BookFormatException;
import app.rapport.io.BookJsonReader;
import app.rapport.io.BookJsonWriter;
import app.rapport.model.Client;
import app.rapport.model.Decision;
import app.rapport.model.Interaction;
import app.rapport.model.ManualFollowUp;
import app.rapport.model.Settings;
import app.rapport.store.BookStore;
import app.rapport.store.BookTx;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

/** Export and import of the whole book as FORMATS.md's book JSON. */
public final class TransferService {
    private final BookStore store;
    private final Clock clock;

    public TransferService(BookStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Writes the whole book to {@code file} from one consistent snapshot. The file appears whole
     * or not at all: it is written beside the target and moved into place.
     */
    public ExportResult exportBook(Path file) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path temp = null;
        try {
            // not Files.createTempFile: its owner-only permissions would stick to the exported file
            temp = folder.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
            Path partial = temp;
            ExportResult result = store.read(tx -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                    new BookJsonWriter().write(out, content(tx), clock.instant());
                } catch (IOException e) {
                    throw new ServiceException(cannotWrite(target, e), e);
                }
                return new ExportResult(tx.clients().count(), tx.interactions().count());
            });
            move(temp, target);
            return result;
        } catch (IOException e) {
            throw new ServiceException(cannotWrite(target, e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Reads a book file into this book, all or nothing: the whole import is one transaction, and
     * any error leaves the book as it was.
     *
     * @param replace empty the book first (its settings then come from the file)
     */
    public ImportResult importBook(Path file, boolean replace) {
        if (!Files.isRegularFile(file)) {
            throw new ServiceException("There is no file " + file);
        }
        return store.write(tx -> {
            BookImport book = new BookImport(tx, replace);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                new BookJsonReader(clock.instant().truncatedTo(ChronoUnit.SECONDS)).read(in, book);
            } catch (IOException e) {
                throw new ServiceException("Cannot read " + file + ": " + reason(e), e);
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

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover hidden .part file is harmless
            }
        }
    }

    private static String cannotWrite(Path target, IOException e) {
        return "Cannot write " + target + ": " + reason(e);
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
