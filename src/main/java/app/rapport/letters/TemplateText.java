package app.rapport.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A template's body, read once into literal text and merge fields. Only the fields of
 * {@link MergeField} are allowed; anything else between {@code {{ }}} is an error with its line.
 * Merging fills the fields in one pass: a value that itself contains {@code {{...}}} is printed
 * as typed, never read as a field.
 */
public final class TemplateText {
    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";

    /** Something wrong in a template, with the line (from 1) where it is. */
    public record Problem(int line, String message) {
        @Override
        public String toString() {
            return "Line " + line + ": " + message;
        }
    }

    /** A piece of the body: literal text, or a field. */
    private record Token(String text, MergeField field) {
    }

    private final List<Token> tokens;
    private final List<Problem> problems;

    private TemplateText(List<Token> tokens, List<Problem> problems) {
        this.tokens = List.copyOf(tokens);
        this.problems = List.copyOf(problems);
    }

    /** Reads a body. Never fails: what is wrong is listed by {@link #problems()}. */
    public static TemplateText parse(String body) {
        List<Token> tokens = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int open = body.indexOf(OPEN, i);
            if (open < 0) {
                literal.append(body, i, body.length());
                break;
            }
            literal.append(body, i, open);
            int close = body.indexOf(CLOSE, open + OPEN.length());
            int nextOpen = body.indexOf(OPEN, open + OPEN.length());
            int lineEnd = lineEnd(body, open);
            if (close < 0 || close > lineEnd || (nextOpen >= 0 && nextOpen < close)) {
                problems.add(new Problem(lineOf(body, open), "a field opened with {{ is not closed with }}"));
                literal.append(OPEN);
                i = open + OPEN.length();
                continue;
            }
            String key = body.substring(open + OPEN.length(), close).strip();
            Optional<MergeField> field = MergeField.byKey(key);
            if (field.isPresent()) {
                flush(literal, tokens);
                tokens.add(new Token(null, field.get()));
            } else {
                problems.add(new Problem(lineOf(body, open), "{{" + key + "}} is not a field Rapport knows"
                        + suggestion(key)));
                literal.append(body, open, close + CLOSE.length());
            }
            i = close + CLOSE.length();
        }
        flush(literal, tokens);
        return new TemplateText(tokens, problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * Fills the fields in one pass. A field with no value (absent or blank) becomes a MISSING
     * piece; values are taken as they are.
     */
    public MergedText merge(Map<MergeField, String> values) {
        List<MergedText.Piece> pieces = new ArrayList<>();
        for (Token t : tokens) {
            if (t.field() == null) {
                pieces.add(MergedText.Piece.text(t.text()));
            } else {
                String value = values.get(t.field());
                pieces.add(value == null || value.isBlank() ? MergedText.Piece.missing(t.field())
                        : MergedText.Piece.value(t.field(), value));
            }
        }
        return new MergedText(pieces);
    }

    private static void flush(StringBuilder literal, List<Token> tokens) {
        if (literal.length() > 0) {
            tokens.add(new Token(literal.toString(), null));
            literal.setLength(0);
        }
    }

    private static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? s.length() : nl;
    }

    private static int lineOf(String s, int index) {
        int line = 1;
        for (int k = 0; k < index; k++) {
            if (s.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String suggestion(String key) {
        for (MergeField f : MergeField.values()) {
            if (f.key().equalsIgnoreCase(key)) {
                return " (did you mean " + f.token() + "?)";
            }
        }
        return "";
    }
}
