package app.rapport.store;

/**
 * The team book's server wants a password it was not given, or refused the one given: the app asks
 * the owner for it; a command says where to put it.
 */
public class PasswordRefusedException extends StoreException {
    private static final long serialVersionUID = 1L;

    public PasswordRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
