package app.rapport.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How dates, times and amounts read on screen, in the owner's locale. */
public final class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "20 Nov", with the year only when it is not {@code today}'s year: for narrow columns. */
    public static String shortDate(LocalDate date, LocalDate today) {
        if (date == null) {
            return "";
        }
        return java.time.format.DateTimeFormatter.ofPattern(date.getYear() == today.getYear() ? "d MMM" : "d MMM yyyy")
                .format(date);
    }

    public static String dateTime(LocalDateTime at) {
        return at == null ? "" : DATE.format(at) + " · " + TIME.format(at);
    }

    public static String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance();
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(Math.max(2, amount.scale()));
        return format.format(amount);
    }

    public static String count(long n, String one, String many) {
        return NumberFormat.getIntegerInstance().format(n) + " " + (n == 1 ? one : many);
    }

    /** "today", "yesterday", "12 days ago". */
    public static String daysAgo(long days) {
        if (days <= 0) {
            return "today";
        }
        return days == 1 ? "yesterday" : days + " days ago";
    }
}
