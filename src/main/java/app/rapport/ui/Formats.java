package app.rapport.ui;

import app.rapport.model.Dates;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;

/**
 * How dates, times and amounts read on screen. Dates read "23 Nov 2026" whatever the system's
 * locale, as the follow-ups' reasons, Today and the command line write them (the screens are in
 * English; a locale's "Nov 23, 2026" or "23.11.2026" sat beside the reasons' "23 Nov" before);
 * amounts follow the owner's locale.
 */
public final class Formats {
    private static final DateTimeFormatter DATE = Dates.SHORT;
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Formats() {
    }

    public static String date(LocalDate date) {
        return Dates.shortDate(date);
    }

    /** "20 Nov", with the year only when it is not {@code today}'s year: for narrow columns. */
    public static String shortDate(LocalDate date, LocalDate today) {
        if (date == null) {
            return "";
        }
        return (date.getYear() == today.getYear() ? DAY_MONTH : DATE).format(date);
    }

    /**
     * A date field that shows "23 Nov 2026" like the rest of the screens, and reads that, "23
     * November 2026", the locale's own short form ("11/23/2026" in the US) or 2026-11-23. Text it
     * cannot read leaves the date as it was.
     */
    public static void dateEntry(DatePicker picker) {
        picker.setConverter(DATE_ENTRY);
    }

    /** The date fields' converter (see {@link #dateEntry}). */
    static StringConverter<LocalDate> dateEntryConverter() {
        return DATE_ENTRY;
    }

    private static final List<DateTimeFormatter> READ_DATE = List.of(
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM uuuu")
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu")
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private static final StringConverter<LocalDate> DATE_ENTRY = new StringConverter<>() {
        @Override
        public String toString(LocalDate date) {
            return date(date);
        }

        @Override
        public LocalDate fromString(String text) {
            String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
            if (t.isEmpty()) {
                return null;
            }
            for (DateTimeFormatter f : READ_DATE) {
                try {
                    return LocalDate.parse(t, f);
                } catch (DateTimeParseException e) {
                    // the next form, then the locale's
                }
            }
            // The date picker's own reading: the locale's short form, with a two- or four-digit year.
            // Throws when it cannot read it either: the picker keeps its date.
            return new LocalDateStringConverter().fromString(t);
        }
    };

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

    /** A folder as the owner reads it: inside their home folder, from "~" ("~/.local/share/rapport"). */
    public static String folder(Path folder, Path home) {
        Path f = folder.toAbsolutePath().normalize();
        Path h = home.toAbsolutePath().normalize();
        if (!f.startsWith(h) || h.getNameCount() == 0) {
            return f.toString();
        }
        return f.equals(h) ? "~" : "~" + File.separator + h.relativize(f);
    }
}
