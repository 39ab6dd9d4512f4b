package app.rapport.service;

import app.rapport.model.ExplainedException;

/** An action the owner asked for cannot be done; the message says why, in plain words. */
public class ServiceException extends ExplainedException {
    private static final long serialVersionUID = 1L;

    public ServiceException(String message) {
        super(message);
    }

    public ServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
