package app.rapport.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Reads the fixed-width dates the store writes ({@code YYYY-MM-DD}, {@code YYYY-MM-DDTHH:MM})
 * without a formatter: planning reads hundreds of thousands of them. Anything else falls back to
 * the standard parser, which also reports malformed text.
 */
final class FastDates {
    private FastDates() {
    }

    static LocalDateTime dateTime(String s) {
        if (s.length() == 16 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T' && s.charAt(13) == ':') {
            return LocalDateTime.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10), digits(s, 11, 13),
                    digits(s, 14, 16));
        }
        return LocalDateTime.parse(s);
    }

    /** An instant as the store writes it, {@code YYYY-MM-DDTHH:MM:SSZ}; other forms go to {@link Instant#parse}. */
    static java.time.Instant instant(String s) {
        if (s.length() == 20 && s.charAt(10) == 'T' && s.charAt(13) == ':' && s.charAt(16) == ':' && s.charAt(19) == 'Z') {
            return LocalDateTime.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10), digits(s, 11, 13),
                    digits(s, 14, 16), digits(s, 17, 19)).toInstant(java.time.ZoneOffset.UTC);
        }
        return java.time.Instant.parse(s);
    }

    static LocalDate date(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
        }
        return LocalDate.parse(s);
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new java.time.format.DateTimeParseException("Not a date: " + s, s, i);
            }
            value = value * 10 + d;
        }
        return value;
    }
}
