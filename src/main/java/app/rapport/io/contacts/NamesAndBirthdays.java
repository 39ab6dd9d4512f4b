package app.rapport.io.contacts;

import app.rapport.model.Birthday;
import app.rapport.model.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names and birthdays as address books, spreadsheets and shop exports write them. */
public final class NamesAndBirthdays {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern NO_YEAR = Pattern.compile("--(\\d{2})-?(\\d{2})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    private NamesAndBirthdays() {
    }

    /** "Ana Ruiz" → Ana, Ruiz; "Ruiz, Ana" → Ana, Ruiz; "Madonna" → Madonna, "". */
    public static String[] splitFullName(String name) {
        String n = name.strip();
        int comma = n.indexOf(',');
        if (comma > 0) {
            return new String[] {n.substring(comma + 1).strip(), n.substring(0, comma).strip()};
        }
        int space = n.lastIndexOf(' ');
        return space < 0 ? new String[] {n, ""} : new String[] {n.substring(0, space).strip(), n.substring(space + 1)};
    }

    /** The way spreadsheets write "no date": 00/00/0000, 0000-00-00. */
    static boolean isEmptyDate(String v) {
        return v.matches("0?0/0?0/(00|0000)|0000-00-00");
    }

    /**
     * A birthday as spreadsheets write them: ISO, --MM-DD (Google, no year), M/D/YYYY (Outlook),
     * D.M.YYYY; {@code null} for anything else.
     */
    public static Birthday birthday(String v) {
        String s = v.strip();
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return Birthday.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = NO_YEAR.matcher(s);
            if (m.matches()) {
                return Birthday.of(MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = SLASHED.matcher(s);
            if (m.matches() && !isEmptyDate(s)) {
                int year = Integer.parseInt(m.group(3));
                year = m.group(3).length() == 2 ? (year > LocalDate.now().getYear() % 100 ? 1900 : 2000) + year : year;
                return Birthday.of(LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = DOTTED.matcher(s);
            if (m.matches()) {
                return Birthday.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
        } catch (DateTimeException | InvalidValueException e) {
            return null;
        }
        return null;
    }
}
