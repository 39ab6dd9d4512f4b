package app.rapport.model;

import java.util.regex.Pattern;

/** Checks email addresses where they are made: something@domain.tld, no spaces. */
public final class Email {
    public static final String INVALID_MESSAGE = "Email must look like name@example.com";
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private Email() {
    }

    public static boolean isValid(String email) {
        return email != null && SHAPE.matcher(email.strip()).matches();
    }

    /** Returns the address trimmed, or throws {@link InvalidValueException} naming it. */
    public static String check(String email) {
        if (!isValid(email)) {
            throw new InvalidValueException("emails", INVALID_MESSAGE + ": \"" + email + "\"");
        }
        return email.strip();
    }
}
