package app.rapport.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the model's value objects. */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Text() {
    }

    /** {@code null} becomes the empty string; everything else is kept exactly as typed. */
    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** An immutable list without nulls, blank entries or repeats, each entry trimmed. */
    public static List<String> cleanList(Collection<String> values) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                kept.add(v.strip());
            }
        }
        return List.copyOf(new ArrayList<>(kept));
    }

    /** Where the first half of a surrogate pair stands alone (which no character is), or -1. */
    public static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A folded form for searching: lower case, accents removed, so that "jose" finds "José"
     * and "MULLER" finds "Müller".
     */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
