package app.rapport.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** The book in an SQLite file. */
public final class SqliteBookStore implements BookStore {
    /** The book's file name in its data folder. */
    public static final String BOOK_FILE = "rapport.db";
    private final Database database;

    public SqliteBookStore(Database database) {
        this.database = database;
    }

    /** Opens (creating and upgrading as needed) the book in {@code dataFolder}. */
    public static SqliteBookStore open(Path dataFolder) {
        return new SqliteBookStore(Database.open(dataFolder.resolve(BOOK_FILE)));
    }

    /** As {@link #open(Path)}; {@code beforeUpgrade} runs before an older book is upgraded. */
    public static SqliteBookStore open(Path dataFolder, Consumer<Database> beforeUpgrade) {
        return open(dataFolder, beforeUpgrade, false);
    }

    /** As above; {@code checkInBackground}: see {@link Database#open(Path, Consumer, boolean)}. */
    public static SqliteBookStore open(Path dataFolder, Consumer<Database> beforeUpgrade,
            boolean checkInBackground) {
        return new SqliteBookStore(Database.open(dataFolder.resolve(BOOK_FILE), beforeUpgrade, checkInBackground));
    }

    /**
     * Opens the book in {@code dataFolder} only to read it, beside whoever writes it: see
     * {@link Database#openForReading(Path)}.
     */
    public static SqliteBookStore openForReading(Path dataFolder) {
        return new SqliteBookStore(Database.openForReading(dataFolder.resolve(BOOK_FILE)));
    }

    public Database database() {
        return database;
    }

    @Override
    public <T> T read(Function<BookTx, T> work) {
        return database.inReadTransaction(c -> work.apply(new SqlBookTx(c, Dialect.SQLITE)));
    }

    @Override
    public <T> T write(Function<BookTx, T> work) {
        return database.inWriteTransaction(c -> work.apply(new SqlBookTx(c, Dialect.SQLITE)));
    }

    @Override
    public <T> T writeAside(Function<BookTx, T> work) {
        return database.inWriteTransaction(false, c -> work.apply(new SqlBookTx(c, Dialect.SQLITE)));
    }

    @Override
    public Optional<Path> file() {
        return Optional.of(database.file());
    }

    /** "book " and the file. */
    @Override
    public String describe() {
        return "book " + database.file();
    }

    @Override
    public void close() {
        database.close();
    }
}
