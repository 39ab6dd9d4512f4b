package app.rapport.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How dates read in Rapport, on screen and on paper, whatever the computer's locale: Rapport's
 * words are English, so its dates are too ("4 December 2026", never "4. Dezember 2026" or
 * "December 4, 2026" in the middle of an English sentence).
 */
public final class Dates {
    /** "4 Dec 2026": screens, lists and the call sheet. */
    public static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** "4 December 2026": letters, their date line and their date fields. */
    public static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    /** "4 Dec 2026"; "" for no date. */
    public static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    /** "4 December 2026"; "" for no date. */
    public static String longDate(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }
}
