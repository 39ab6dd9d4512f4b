package app.rapport.io.contacts;

import app.rapport.model.ExplainedException;

/** A contacts file that cannot be read at all, with a message for the owner. */
public class ContactFileException extends ExplainedException {
    private static final long serialVersionUID = 1L;

    public ContactFileException(String message) {
        super(message);
    }
}
