package app.rapport.io;

import app.rapport.model.Amount;
import app.rapport.model.InvalidValueException;
import app.rapport.model.Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Typed, checked access to the fields of one JSON record; every error names the record and the field. */
final class JsonField {
    private static final LocalTime NOON = LocalTime.NOON;
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}-");

    private final JsonNode node;
    private final String where;

    JsonField(JsonNode node, String where) {
        this.node = node;
        this.where = where;
    }

    /** Values longer than this are cut short in messages. */
    private static final int SHOWN = 60;

    /** The text of a field, or {@code null} when it is missing or null. */
    String text(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode() || v.isBinary()) {
            throw error(field + " must be text");
        }
        return checkedText(field, v.asText());
    }

    /** An id, its spaces at either end removed (so " c-1" and "c-1" are one client). */
    String id(String field) {
        return required(field).strip();
    }

    /** An id that may be missing: {@code null} when missing or blank, else stripped. */
    String optionalId(String field) {
        String v = text(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private String checkedText(String field, String value) {
        int at = Text.loneSurrogate(value);
        if (at >= 0) {
            throw error(field + " holds half of a character (a lone surrogate, \\u"
                    + Integer.toHexString(value.charAt(at)) + ") at position " + (at + 1) + ", which is not text");
        }
        return value;
    }

    /** A value as a message shows it: cut short when long, its control characters escaped as JSON does (one line). */
    static String shown(String value) {
        String cut = value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
        StringBuilder out = new StringBuilder(cut.length());
        for (char c : cut.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    String required(String field) {
        String v = text(field);
        if (v == null || v.isBlank()) {
            throw error("the required field " + field + " is missing");
        }
        return v;
    }

    /** A list of texts; a single text is taken as a list of one. */
    List<String> texts(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v.isTextual()) {
            return List.of(v.asText());
        }
        if (!v.isArray()) {
            throw error(field + " must be a list of texts");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isValueNode() || item.isNull()) {
                throw error(field + " must be a list of texts");
            }
            values.add(checkedText(field, item.asText()));
        }
        return values;
    }

    Iterable<JsonNode> array(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw error(field + " must be a list");
        }
        return v;
    }

    ObjectNode object(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw error(field + " must be a JSON object");
        }
        return (ObjectNode) v;
    }

    boolean flag(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw error(field + " must be true or false");
        }
        return v.booleanValue();
    }

    /** A whole number (numbers are read as their text, see {@link JsonTree}); the model checks its range. */
    Integer integer(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String text = v.isValueNode() ? v.asText().strip() : "";
        if (text.matches("[-+]?\\d{1,9}")) {
            return Integer.valueOf(text);
        }
        if (text.matches("[-+]?\\d+")) {
            throw error(field + " " + shown(text) + " is out of range");
        }
        throw error(field + " must be a whole number");
    }

    /** An amount of money, checked as text first ({@link Amount}): never a number of a huge exponent. */
    BigDecimal decimal(String field) {
        String v = text(field);
        try {
            return Amount.parse(field, v);
        } catch (InvalidValueException e) {
            String shown = shown(v.strip());
            throw error(switch (e.getMessage()) {
                case Amount.NOT_A_NUMBER -> field + " \"" + shown + "\" is not a decimal number";
                case Amount.NEGATIVE -> field + " " + shown + " cannot be negative";
                default -> field + " " + shown + " is out of range (" + Amount.OUT_OF_RANGE.toLowerCase(Locale.ROOT)
                        + ", not negative)";
            });
        }
    }

    LocalDate date(String field) {
        String v = text(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(yearOfFourDigits(v.strip()));
        } catch (DateTimeParseException e) {
            throw error(field + " \"" + shown(v) + "\" is not a date (YYYY-MM-DD)");
        }
    }

    LocalDate requiredDate(String field) {
        required(field);
        return date(field);
    }

    /** A local date-time ({@code YYYY-MM-DDTHH:MM}, seconds allowed) or a date, which means noon. */
    LocalDateTime requiredAt(String field) {
        String v = required(field).strip();
        try {
            yearOfFourDigits(v);
            return v.length() <= 10 ? LocalDate.parse(v).atTime(NOON) : LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw error(field + " \"" + shown(v)
                    + "\" is not a date and time (YYYY-MM-DDTHH:MM) or a date (YYYY-MM-DD)");
        }
    }

    Instant instant(String field) {
        String v = text(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(yearOfFourDigits(v.strip()));
        } catch (DateTimeParseException e) {
            throw error(field + " \"" + shown(v) + "\" is not a UTC time (YYYY-MM-DDTHH:MM:SSZ)");
        }
    }

    /**
     * Dates and times have years of four digits: ISO's "+999999999-12-31" parses, but no planning
     * can add a day to it.
     */
    private static String yearOfFourDigits(String v) {
        if (!FOUR_DIGIT_YEAR.matcher(v).lookingAt()) {
            throw new DateTimeParseException("The year must have four digits", v, 0);
        }
        return v;
    }

    Instant requiredInstant(String field) {
        required(field);
        return instant(field);
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String v = text(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        return parseEnum(v, type, where + ", " + field);
    }

    <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        required(field);
        return enumValue(field, type);
    }

    static <E extends Enum<E>> E parseEnum(String value, Class<E> type, String where) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new BookFormatException(where + ": \"" + shown(value) + "\" is not one of " + allowed);
        }
    }

    private BookFormatException error(String message) {
        return new BookFormatException(where + ": " + message);
    }
}
