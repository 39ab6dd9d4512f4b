package app.rapport.store;

import app.rapport.model.ExplainedException;

/**
 * The book could not be read or written. The message is plain words for the owner; the cause
 * (usually an {@link java.sql.SQLException}) goes to the log.
 */
public class StoreException extends ExplainedException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
