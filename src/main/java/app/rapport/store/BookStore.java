package app.rapport.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A book's data. Every user action is one {@link #write} transaction: it happens whole or not
 * at all. {@link #read} sees one consistent snapshot. Two kinds: the book in a file
 * ({@link SqliteBookStore}) and a team book on a server ({@link PostgresBookStore}), on which a
 * write that met another computer's at the same moment runs again: a write's work may run more
 * than once, and should do nothing outside its transaction that it could not do twice.
 */
public interface BookStore extends AutoCloseable {
    <T> T read(Function<BookTx, T> work);

    <T> T write(Function<BookTx, T> work);

    /**
     * A write that is not a change to what the book holds (the agendas saved ahead): it leaves the
     * book's change count as it is, so that what it saves stays valid.
     */
    <T> T writeAside(Function<BookTx, T> work);

    default void writeVoid(Consumer<BookTx> work) {
        write(tx -> {
            work.accept(tx);
            return null;
        });
    }

    default void writeAsideVoid(Consumer<BookTx> work) {
        writeAside(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** The book's file; none for a team book, which is on a server. */
    Optional<Path> file();

    /**
     * Which book this is, in a few words for the status line: "book /home/ana/Rapport/rapport.db",
     * "team book rapport on db.example.com".
     */
    String describe();

    @Override
    void close();
}
