package app.rapport.model;

/**
 * A value that breaks one of the model's rules. The message is written for the owner
 * (shown next to the field in forms, or on stderr by the command line); {@link #field()}
 * names the field it is about so forms can place it.
 */
public class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
