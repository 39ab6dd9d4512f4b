package app.rapport.io.sales;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, times and zones as sales exports write them: ISO ("2026-11-18", "2026-11-18 14:05:11
 * -0500", "2026-11-18T14:05:11Z"), "18.11.2026", slashed "18/11/2026" or "11/18/2026" (as the
 * file's {@link DateOrder} says), times "14:05", "2:05:11 PM", and zones as an offset, an IANA
 * name ("Europe/Paris") or the names Square writes ("Eastern Time (US & Canada)").
 */
final class SaleDates {
    private static final String TIME = "(\\d{1,2})[:h](\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
            + "\\s*([AaPp])?\\.?(?:[Mm]\\.?)?";
    private static final String OFFSET = "(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:(?:T|\\s+)" + TIME + ")?\\s*" + OFFSET);
    private static final Pattern OTHER = Pattern.compile(
            "(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:(?:T|\\s+|,\\s*)" + TIME + ")?\\s*" + OFFSET);
    private static final Pattern TIME_ONLY = Pattern.compile(TIME);

    /**
     * The zone names of Ruby on Rails, which Square's exports use, for the places a small business
     * is most likely to be (rails/activesupport, TimeZone::MAPPING).
     */
    private static final Map<String, String> NAMED_ZONES = Map.ofEntries(
            Map.entry("Hawaii", "Pacific/Honolulu"), Map.entry("Alaska", "America/Juneau"),
            Map.entry("Pacific Time (US & Canada)", "America/Los_Angeles"), Map.entry("Arizona", "America/Phoenix"),
            Map.entry("Mountain Time (US & Canada)", "America/Denver"),
            Map.entry("Central Time (US & Canada)", "America/Chicago"), Map.entry("Saskatchewan", "America/Regina"),
            Map.entry("Eastern Time (US & Canada)", "America/New_York"),
            Map.entry("Indiana (East)", "America/Indiana/Indianapolis"),
            Map.entry("Atlantic Time (Canada)", "America/Halifax"), Map.entry("Newfoundland", "America/St_Johns"),
            Map.entry("Puerto Rico", "America/Puerto_Rico"), Map.entry("Mexico City", "America/Mexico_City"),
            Map.entry("Dublin", "Europe/Dublin"), Map.entry("Edinburgh", "Europe/London"),
            Map.entry("London", "Europe/London"), Map.entry("Lisbon", "Europe/Lisbon"), Map.entry("UTC", "UTC"),
            Map.entry("Paris", "Europe/Paris"), Map.entry("Madrid", "Europe/Madrid"),
            Map.entry("Berlin", "Europe/Berlin"), Map.entry("Amsterdam", "Europe/Amsterdam"),
            Map.entry("Brussels", "Europe/Brussels"), Map.entry("Rome", "Europe/Rome"),
            Map.entry("Vienna", "Europe/Vienna"), Map.entry("Zurich", "Europe/Zurich"),
            Map.entry("Bern", "Europe/Zurich"), Map.entry("Stockholm", "Europe/Stockholm"),
            Map.entry("Copenhagen", "Europe/Copenhagen"), Map.entry("Athens", "Europe/Athens"),
            Map.entry("Helsinki", "Europe/Helsinki"), Map.entry("Tokyo", "Asia/Tokyo"),
            Map.entry("Osaka", "Asia/Tokyo"), Map.entry("Sapporo", "Asia/Tokyo"),
            Map.entry("Perth", "Australia/Perth"), Map.entry("Darwin", "Australia/Darwin"),
            Map.entry("Adelaide", "Australia/Adelaide"), Map.entry("Brisbane", "Australia/Brisbane"),
            Map.entry("Canberra", "Australia/Melbourne"), Map.entry("Melbourne", "Australia/Melbourne"),
            Map.entry("Sydney", "Australia/Sydney"), Map.entry("Hobart", "Australia/Hobart"),
            Map.entry("Auckland", "Pacific/Auckland"), Map.entry("Wellington", "Pacific/Auckland"));

    /** Zone abbreviations North American and European tills print. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("HST", "-10:00"), Map.entry("AKST", "-09:00"), Map.entry("AKDT", "-08:00"),
            Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"), Map.entry("MST", "-07:00"),
            Map.entry("MDT", "-06:00"), Map.entry("CST", "-06:00"), Map.entry("CDT", "-05:00"),
            Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("AST", "-04:00"),
            Map.entry("ADT", "-03:00"), Map.entry("NST", "-03:30"), Map.entry("NDT", "-02:30"),
            Map.entry("GMT", "Z"), Map.entry("BST", "+01:00"), Map.entry("WET", "Z"), Map.entry("WEST", "+01:00"),
            Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"), Map.entry("EET", "+02:00"),
            Map.entry("EEST", "+03:00"), Map.entry("AEST", "+10:00"), Map.entry("AEDT", "+11:00"));

    private SaleDates() {
    }

    /** A cell read as a date, with the time and offset it gives (each {@code null} when it gives none). */
    record Stamp(LocalDate date, LocalTime time, ZoneOffset offset) {
    }

    /** Whether a cell is a slashed or dashed date whose day and month could be either way round. */
    private static boolean eitherWay(Matcher m) {
        return !m.group(2).equals(".");
    }

    /** What the date cells show of their order. */
    static DateOrder.Evidence evidence(Collection<String> cells) {
        int slashed = 0;
        int dayFirst = 0;
        int monthFirst = 0;
        for (String cell : cells) {
            if (cell == null) {
                continue;
            }
            Matcher m = OTHER.matcher(cell.strip());
            if (!m.matches() || !eitherWay(m)) {
                continue;
            }
            slashed++;
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            if (a > 12 && b <= 12) {
                dayFirst++;
            } else if (b > 12 && a <= 12) {
                monthFirst++;
            }
        }
        return new DateOrder.Evidence(slashed, dayFirst, monthFirst);
    }

    /**
     * Reads a date cell.
     *
     * @param order for slashed dates; {@code null} reads them as day first only when they can only be
     * @return the date, or {@code null} when the cell is not a date
     */
    static Stamp stamp(String cell, DateOrder order) {
        if (cell == null || cell.length() > 64) {
            return null;
        }
        String s = cell.strip();
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return new Stamp(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))), time(m, 4), offset(m.group(8)));
            }
            m = OTHER.matcher(s);
            if (m.matches()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                int year = Integer.parseInt(m.group(4));
                year = m.group(4).length() == 2 ? 2000 + year : year;
                boolean dayFirst = !eitherWay(m) || (order == null ? a > 12 : order == DateOrder.DMY);
                if (order == null && eitherWay(m) && a <= 12 && b <= 12) {
                    return null; // either way round: the file's order must be said
                }
                return new Stamp(dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b), time(m, 5),
                        offset(m.group(9)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** A time cell ("14:05", "2:05:11 PM"), or {@code null}. */
    static LocalTime time(String cell) {
        if (cell == null || cell.length() > 32) {
            return null;
        }
        Matcher m = TIME_ONLY.matcher(cell.strip());
        try {
            return m.matches() ? time(m, 1) : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalTime time(Matcher m, int first) {
        if (m.group(first) == null) {
            return null;
        }
        int hour = Integer.parseInt(m.group(first));
        int minute = Integer.parseInt(m.group(first + 1));
        int second = m.group(first + 2) == null ? 0 : Integer.parseInt(m.group(first + 2));
        String half = m.group(first + 3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                throw new DateTimeException("not a 12-hour time");
            }
            hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
        }
        return LocalTime.of(hour, minute, second);
    }

    private static ZoneOffset offset(String text) {
        if (text == null) {
            return null;
        }
        if (text.equals("Z") || text.equals("UTC") || text.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String t = text.length() == 3 ? text + ":00" : text.length() == 5 ? text.substring(0, 3) + ":"
                + text.substring(3) : text;
        return ZoneOffset.of(t);
    }

    /** A zone as a file names it, or {@code null} when Rapport knows no such zone. */
    static ZoneId zone(String name) {
        if (name == null || name.isBlank() || name.length() > 64) {
            return null;
        }
        String n = name.strip();
        String known = NAMED_ZONES.get(n);
        if (known != null) {
            return ZoneId.of(known);
        }
        String abbreviation = ABBREVIATIONS.get(n.toUpperCase(Locale.ROOT));
        if (abbreviation != null) {
            return ZoneOffset.of(abbreviation);
        }
        try {
            return n.matches("[+-]\\d{2}:?\\d{2}") ? offset(n) : ZoneId.of(n);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date and time where this computer is: moved from the file's zone or offset, when it gives one. */
    static LocalDateTime here(LocalDate date, LocalTime time, ZoneId from, ZoneId here) {
        LocalDateTime at = LocalDateTime.of(date, time);
        return from == null ? at : ZonedDateTime.of(at, from).withZoneSameInstant(here).toLocalDateTime();
    }
}
