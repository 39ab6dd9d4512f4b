package app.rapport.letters;

/** A print job that could not be sent, with a message for the owner. */
public final class PrintingException extends RuntimeException {
    public PrintingException(String message) {
        super(message);
    }

    public PrintingException(String message, Throwable cause) {
        super(message, cause);
    }
}
