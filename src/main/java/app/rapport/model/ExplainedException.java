package app.rapport.model;

/**
 * A failure whose message is written for the owner, in plain words, and can be shown as it is
 * (in a dialog, the status line, or on stderr). Anything else is unexpected and goes to the log.
 */
public class ExplainedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExplainedException(String message) {
        super(message);
    }

    public ExplainedException(String message, Throwable cause) {
        super(message, cause);
    }
}
