package app.rapport.store;

import java.nio.file.Path;

/** The book file failed SQLite's checks: it must be restored from a backup, never used or emptied. */
public class BookDamagedException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String reason;

    public BookDamagedException(Path file, String reason, Throwable cause) {
        super("The book " + file + " is damaged (" + reason + ").", cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
