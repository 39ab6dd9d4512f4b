package app.rapport.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The limits of a money amount (what a purchase cost, the note threshold): not negative, at most
 * {@value #MAX_INTEGER_DIGITS} digits before the decimal point and {@value #MAX_DECIMALS} after it
 * (three, for the currencies that have them). Text is checked before any number is made of it, so
 * that "1e999999999" costs nothing.
 */
public final class Amount {
    public static final int MAX_INTEGER_DIGITS = 12;
    public static final int MAX_DECIMALS = 3;
    public static final String NEGATIVE = "The amount cannot be negative";
    /** Short enough to show under the form's field. */
    public static final String OUT_OF_RANGE = "At most " + MAX_INTEGER_DIGITS + " digits before the point and "
            + MAX_DECIMALS + " after it";
    public static final String NOT_A_NUMBER = "Enter an amount like 120.00";

    /** Longer text is out of range whatever it says; shorter text makes a small number. */
    private static final int MAX_TEXT = 64;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern SMALL_EXPONENT = Pattern.compile("[^eE]*([eE][+-]?0*\\d{1,3})?");

    private Amount() {
    }

    /**
     * Checks an amount made elsewhere.
     *
     * @return the amount ({@code null} stays {@code null}); a zero written with a huge exponent is plain zero
     * @throws InvalidValueException naming {@code field}, with {@link #NEGATIVE} or {@link #OUT_OF_RANGE}
     */
    public static BigDecimal check(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() == 0) {
            return value.scale() < 0 || value.scale() > MAX_DECIMALS ? BigDecimal.ZERO : value;
        }
        if (value.signum() < 0) {
            throw new InvalidValueException(field, NEGATIVE);
        }
        // precision - scale is the count of digits before the point; both are cheap, whatever the exponent
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidValueException(field, OUT_OF_RANGE);
        }
        if (value.scale() > MAX_DECIMALS && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new InvalidValueException(field, OUT_OF_RANGE);
        }
        return value;
    }

    /**
     * Reads an amount from text ("120.00", "1.2e2"); blank text is no amount.
     *
     * @throws InvalidValueException naming {@code field}, with {@link #NOT_A_NUMBER}, {@link #NEGATIVE} or
     *         {@link #OUT_OF_RANGE}
     */
    public static BigDecimal parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (!NUMBER.matcher(s).matches()) {
            throw new InvalidValueException(field, NOT_A_NUMBER);
        }
        if (s.length() > MAX_TEXT || !SMALL_EXPONENT.matcher(s).matches()) {
            throw new InvalidValueException(field, s.startsWith("-") ? NEGATIVE : OUT_OF_RANGE);
        }
        return check(field, new BigDecimal(s));
    }

    /** What is wrong with an amount typed in a form, or "" when it is fine (or empty). */
    public static String problem(String text) {
        try {
            parse("amount", text);
            return "";
        } catch (InvalidValueException e) {
            return e.getMessage();
        }
    }
}
