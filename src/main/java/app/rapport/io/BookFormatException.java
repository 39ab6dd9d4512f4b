package app.rapport.io;

import app.rapport.model.ExplainedException;

/** A book file that cannot be read; the message names the record and says what is wrong. */
public class BookFormatException extends ExplainedException {
    private static final long serialVersionUID = 1L;

    public BookFormatException(String message) {
        super(message);
    }

    public BookFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
