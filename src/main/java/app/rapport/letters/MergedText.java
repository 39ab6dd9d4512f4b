package app.rapport.letters;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A template merged for one client: literal text, filled fields, and fields with no value. */
public record MergedText(List<Piece> pieces) {

    /** What a piece is. */
    public enum Kind { TEXT, VALUE, MISSING }

    /**
     * One run of the merged body.
     *
     * @param field the field for VALUE and MISSING pieces, else {@code null}
     */
    public record Piece(Kind kind, String text, MergeField field) {
        static Piece text(String text) {
            return new Piece(Kind.TEXT, text, null);
        }

        static Piece value(MergeField field, String value) {
            return new Piece(Kind.VALUE, value, field);
        }

        static Piece missing(MergeField field) {
            return new Piece(Kind.MISSING, "", field);
        }

        /** The text as it prints: nothing for a missing field. */
        public String printed() {
            return text;
        }

        /** The text as the preview shows it: a missing field shows as its name in brackets. */
        public String previewed() {
            return kind == Kind.MISSING ? "[" + field.label() + "]" : text;
        }
    }

    public MergedText {
        pieces = List.copyOf(pieces);
    }

    /** The letter's text as it prints. */
    public String text() {
        StringBuilder b = new StringBuilder();
        pieces.forEach(p -> b.append(p.printed()));
        return b.toString();
    }

    /** The fields that had no value for this client, in order of first use. */
    public Set<MergeField> missing() {
        Set<MergeField> missing = new LinkedHashSet<>();
        pieces.stream().filter(p -> p.kind() == Kind.MISSING).forEach(p -> missing.add(p.field()));
        return missing;
    }
}
