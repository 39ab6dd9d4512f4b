package app.rapport.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;

/**
 * A birthday: month and day, with the year when it is known. Written {@code YYYY-MM-DD}, or
 * {@code --MM-DD} without a year (ISO 8601's form, also used by vCard).
 */
public record Birthday(Integer year, int month, int day) {
    public static final String FORMAT_MESSAGE = "Birthday must be a date (YYYY-MM-DD, or --MM-DD when the year is "
            + "unknown)";

    public Birthday {
        try {
            if (year != null) {
                LocalDate.of(year, month, day);
            } else {
                MonthDay.of(month, day);
            }
        } catch (DateTimeException e) {
            throw new InvalidValueException("birthday", FORMAT_MESSAGE);
        }
    }

    public static Birthday of(MonthDay monthDay) {
        return new Birthday(null, monthDay.getMonthValue(), monthDay.getDayOfMonth());
    }

    public static Birthday of(LocalDate date) {
        return new Birthday(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses {@code YYYY-MM-DD} or {@code --MM-DD} (also {@code --MMDD}); throws
     * {@link InvalidValueException} otherwise. Read by hand: planning parses every client's.
     */
    public static Birthday parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) && digits(s, 5, 7)
                && digits(s, 8, 10)) {
            return new Birthday(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
        }
        if (s.startsWith("--") && (s.length() == 7 && s.charAt(4) == '-' && digits(s, 5, 7)
                || s.length() == 6 && digits(s, 4, 6)) && digits(s, 2, 4)) {
            return new Birthday(null, number(s, 2, 4), number(s, s.length() - 2, s.length()));
        }
        throw new InvalidValueException("birthday", FORMAT_MESSAGE);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        return Integer.parseInt(s, from, to, 10);
    }

    public MonthDay monthDay() {
        return MonthDay.of(month, day);
    }

    /** The birthday in a given year; 29 February is 28 February in other years. */
    public LocalDate in(int aYear) {
        if (month == 2 && day == 29 && !Year.isLeap(aYear)) {
            return LocalDate.of(aYear, 2, 28);
        }
        return LocalDate.of(aYear, month, day);
    }

    @Override
    public String toString() {
        return year == null ? "--%02d-%02d".formatted(month, day) : "%04d-%02d-%02d".formatted(year, month, day);
    }
}
