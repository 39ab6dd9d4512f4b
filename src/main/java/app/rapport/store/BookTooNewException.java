package app.rapport.store;

/** The book was written by a newer Rapport; it is refused, never "upgraded" backwards. */
public class BookTooNewException extends StoreException {
    private static final long serialVersionUID = 1L;

    public BookTooNewException(int bookVersion, int supportedVersion) {
        super("This book was made by a newer version of Rapport (book format " + bookVersion
                + "; this version reads up to " + supportedVersion
                + "). Install the newer Rapport to open it; the book has not been changed.");
    }
}
