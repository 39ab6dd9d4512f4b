package app.rapport.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Pattern;

/**
 * The JSON library's complaints in plain words, with the line and column, and without its
 * internals (class names, feature names, "[Source: ...]").
 */
final class JsonProblems {
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(start marker at )?\\[Source:[^\\]]*\\]\\)?");
    private static final Pattern ADVICE = Pattern.compile("(:|;)? *(enable |\\(not recognized|use `).*$");

    private JsonProblems() {
    }

    static String describe(JsonProcessingException e, JsonParser p) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p != null ? p.currentLocation() : JsonLocation.NA;
        String where = "(line " + Math.max(1, at.getLineNr())
                + (at.getColumnNr() > 0 ? ", column " + at.getColumnNr() : "") + ")";
        if (e instanceof StreamConstraintsException) {
            return "the book file holds " + tooLarge(e.getOriginalMessage(),
                    p != null ? p.streamReadConstraints() : StreamReadConstraints.defaults()) + " " + where;
        }
        return "the book file is not valid JSON " + where + ": " + plain(e.getOriginalMessage());
    }

    private static String tooLarge(String message, StreamReadConstraints limits) {
        String m = String.valueOf(message);
        if (m.startsWith("Number value length")) {
            return "a number longer than " + limits.getMaxNumberLength() + " characters";
        }
        if (m.startsWith("String value length")) {
            return "a text longer than " + limits.getMaxStringLength() + " characters";
        }
        if (m.contains("nesting depth")) {
            return "lists or objects nested more than " + limits.getMaxNestingDepth() + " deep";
        }
        if (m.startsWith("Name length")) {
            return "a field name longer than " + limits.getMaxNameLength() + " characters";
        }
        return "something too large to read";
    }

    /** The library's message, first line only, without where it was and without advice about its settings. */
    static String plain(String message) {
        String m = String.valueOf(message).lines().findFirst().orElse("");
        m = SOURCE.matcher(m).replaceAll("");
        m = ADVICE.matcher(m).replaceFirst("");
        m = m.replace("`", "").strip();
        return m.isEmpty() ? "it cannot be read" : m;
    }
}
