package app.rapport.store;

/** Another Rapport (the app or a command) has the book open for writing. */
public class BookLockedException extends StoreException {
    private static final long serialVersionUID = 1L;

    public BookLockedException(String message) {
        super(message);
    }
}
