package app.rapport.store;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A book's data. Every user action is one {@link #write} transaction: it happens whole or not
 * at all. {@link #read} sees one consistent snapshot.
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

    /** The book's file. */
    Path file();

    @Override
    void close();
}
