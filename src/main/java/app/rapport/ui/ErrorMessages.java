package app.rapport.ui;

import app.rapport.model.ExplainedException;
import app.rapport.model.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into words for the owner; what is not expected goes to the log, never on screen. */
public final class ErrorMessages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMessages.class);

    private ErrorMessages() {
    }

    public static String plain(Throwable e) {
        if (e instanceof ExplainedException || e instanceof InvalidValueException) {
            return e.getMessage();
        }
        LOG.error("Unexpected failure", e);
        return "Something went wrong and the change was not made. The details are in the log file in the data folder.";
    }
}
