package app.rapport.io.sales;

import app.rapport.model.Amount;
import app.rapport.model.InvalidValueException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money as exports write it: "$1,234.50", "-$120.00", "($33.62)", "1 234,50 €", "1.234,50",
 * "CHF 1'234.50", "EUR -12,00". The decimal mark, "." or ",", is the one the whole column settles
 * (a cell like "12,50" or "1.234,50" settles it); a lone separator followed by three digits
 * ("1,234") is a thousands separator unless the column says otherwise. The number itself is
 * checked by {@link Amount}: no more than it allows, whatever the text.
 */
final class Money {
    /** Longer text is not a sum of money. */
    private static final int MAX_TEXT = 64;
    private static final Pattern CODE_BEFORE = Pattern.compile("^\\p{L}{1,4}\\.?");
    private static final Pattern CODE_AFTER = Pattern.compile("\\p{L}{1,4}\\.?$");
    private static final Pattern DIGITS = Pattern.compile("[0-9.,]+");
    private static final Pattern LONE = Pattern.compile("^[0-9]*([.,])([0-9]*)$");

    private Money() {
    }

    /** The text with the sign, currency and group spacing taken out; {@code null} when it is not money. */
    private record Bare(boolean negative, String digits) {
    }

    private static Bare bare(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > MAX_TEXT) {
            return null;
        }
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        s = s.replaceAll("[\\s\\u00a0\\u2007\\u202f'’]", "").replaceAll("\\p{Sc}", "");
        s = CODE_BEFORE.matcher(s).replaceFirst("");
        s = CODE_AFTER.matcher(s).replaceFirst("");
        s = s.replaceAll("\\p{Sc}", "");
        if (s.startsWith("-") || s.startsWith("\u2212") || s.startsWith("\u2013")) {
            negative = true;
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            s = s.substring(1);
        } else if (s.endsWith("-")) {
            negative = true;
            s = s.substring(0, s.length() - 1);
        }
        s = s.replaceAll("\\p{Sc}", "");
        if (!DIGITS.matcher(s).matches() || s.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        return new Bare(negative, s);
    }

    /** The decimal mark the cells show, '.' unless some cell shows ',' more often. */
    static char decimalMark(Collection<String> cells) {
        int point = 0;
        int comma = 0;
        for (String cell : cells) {
            Bare b = cell == null ? null : bare(cell);
            if (b == null) {
                continue;
            }
            char said = said(b.digits());
            if (said == '.') {
                point++;
            } else if (said == ',') {
                comma++;
            }
        }
        return comma > point ? ',' : '.';
    }

    /** The decimal mark one cell settles by itself, or 0 when it settles none. */
    private static char said(String d) {
        int lastPoint = d.lastIndexOf('.');
        int lastComma = d.lastIndexOf(',');
        if (lastPoint >= 0 && lastComma >= 0) {
            return lastPoint > lastComma ? '.' : ',';
        }
        char sep = lastPoint >= 0 ? '.' : lastComma >= 0 ? ',' : 0;
        if (sep == 0) {
            return 0;
        }
        if (d.indexOf(sep) != d.lastIndexOf(sep)) {
            return 0; // repeated: a thousands separator, which says nothing of the mark when alone
        }
        int after = d.length() - d.lastIndexOf(sep) - 1;
        return after == 3 ? 0 : sep;
    }

    /**
     * Reads an amount, signed.
     *
     * @param decimalMark '.' or ',', as the column settled it
     * @return the amount, or {@code null} for an empty cell
     * @throws InvalidValueException {@link Amount#NOT_A_NUMBER} or {@link Amount#OUT_OF_RANGE}
     */
    static BigDecimal parse(String text, char decimalMark) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new InvalidValueException("amount", Amount.OUT_OF_RANGE);
        }
        Bare b = bare(text);
        if (b == null) {
            throw new InvalidValueException("amount", Amount.NOT_A_NUMBER);
        }
        String plain = plain(b.digits(), decimalMark);
        if (plain == null) {
            throw new InvalidValueException("amount", Amount.NOT_A_NUMBER);
        }
        BigDecimal value = Amount.parse("amount", plain);
        return b.negative() ? value.negate() : value;
    }

    /** "1.234,50" with ',' as the mark is "1234.50"; {@code null} when the separators make no number. */
    private static String plain(String d, char decimalMark) {
        int lastPoint = d.lastIndexOf('.');
        int lastComma = d.lastIndexOf(',');
        char mark;
        if (lastPoint >= 0 && lastComma >= 0) {
            mark = lastPoint > lastComma ? '.' : ',';
        } else {
            Matcher lone = LONE.matcher(d);
            if (lone.matches()) {
                char sep = lone.group(1).charAt(0);
                mark = lone.group(2).length() == 3 && sep != decimalMark ? 0 : sep;
            } else {
                mark = 0; // no separator, or one repeated: thousands only
            }
        }
        char group = mark == '.' ? ',' : mark == ',' ? '.' : 0;
        StringBuilder out = new StringBuilder();
        boolean seenMark = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c == mark) {
                if (seenMark) {
                    return null;
                }
                seenMark = true;
                out.append('.');
            } else if (c == '.' || c == ',') {
                if (seenMark || mark != 0 && c != group) {
                    return null;
                }
            } else {
                out.append(c);
            }
        }
        String s = out.toString();
        if (s.isEmpty() || s.equals(".") || !grouped(d, mark)) {
            return null;
        }
        return s;
    }

    /**
     * Whether the digits before the mark are grouped as numbers are: 1 to 3 digits, then groups of
     * 3 (or 2, as Indian numbers group lakhs: 12,34,567), the last of 3.
     */
    private static boolean grouped(String d, char mark) {
        String whole = mark == 0 ? d : d.substring(0, d.indexOf(mark));
        String[] groups = whole.split("[.,]", -1);
        if (groups.length == 1) {
            return true;
        }
        if (groups[0].isEmpty() || groups[0].length() > 3 || groups[groups.length - 1].length() != 3) {
            return false;
        }
        for (int i = 1; i < groups.length - 1; i++) {
            if (groups[i].length() != 2 && groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }
}
