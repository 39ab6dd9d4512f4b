package app.rapport.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birthday: month and day, with the year when it is known. Written {@code YYYY-MM-DD}, or
 * {@code --MM-DD} without a year (ISO 8601's form, also used by vCard).
 */
public record Birthday(Integer year, int month, int day) {
    public static final String FORMAT_MESSAGE = "Birthday must be a date (YYYY-MM-DD, or --MM-DD when the year is unknown)";
    private static final Pattern WITH_YEAR = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WITHOUT_YEAR = Pattern.compile("--(\\d{2})-?(\\d{2})");

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

    /** Parses {@code YYYY-MM-DD} or {@code --MM-DD}; throws {@link InvalidValueException} otherwise. */
    public static Birthday parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher m = WITH_YEAR.matcher(s);
        if (m.matches()) {
            return new Birthday(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        }
        m = WITHOUT_YEAR.matcher(s);
        if (m.matches()) {
            return new Birthday(null, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        throw new InvalidValueException("birthday", FORMAT_MESSAGE);
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
