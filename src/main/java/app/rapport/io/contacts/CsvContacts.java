package app.rapport.io.contacts;

import app.rapport.model.Address;
import app.rapport.model.Birthday;
import app.rapport.model.Email;
import app.rapport.model.InvalidValueException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Contacts from a CSV file (Apache Commons CSV): the delimiter found from the header line
 * (comma, semicolon or tab), the rows read with their line numbers, and each row made a contact
 * through a column mapping. A bad row (an unterminated quote, a field over 64 KB) is a problem
 * on that row, never a crash.
 */
public final class CsvContacts {
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    public static final int MAX_FIELD_CHARS = 64 * 1024;
    private static final int PREVIEW_ROWS = 5;

    private CsvContacts() {
    }

    /** A row as read: its line in the file, and its cells. */
    public record Row(long line, List<String> cells) {
    }

    /** The file read: headers, rows, and the problems met reading it. */
    public record Table(char delimiter, List<String> headers, List<Row> rows, List<String> problems) {
        public List<Row> preview() {
            return rows.subList(0, Math.min(PREVIEW_ROWS, rows.size()));
        }
    }

    /** The delimiter of the header line: the most frequent of comma, semicolon and tab outside quotes. */
    static char delimiter(String text) {
        int[] counts = new int[3];
        char[] candidates = {',', ';', '\t'};
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < 3; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < 3; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }

    /** Reads the text of a CSV file (already decoded). */
    public static Table read(String text) {
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false).setTrim(false).setAllowMissingColumnNames(true)
                .setMaxRows(0).get();
        List<String> headers = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int[] lineStarts = lineStarts(text);
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            boolean first = true;
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add("Line " + line + ": " + reason(e) + " — this row and the rest of the file were"
                            + " not read.");
                    break;
                }
                long at = record.getCharacterPosition();
                while (at < text.length() && (text.charAt((int) at) == '\r' || text.charAt((int) at) == '\n')) {
                    at++; // the record starts after the empty lines skipped before it
                }
                line = lineOf(lineStarts, at);
                List<String> cells = record.toList();
                if (first) {
                    headers.addAll(cells.stream().map(h -> h.strip()).toList());
                    first = false;
                    continue;
                }
                if (cells.stream().anyMatch(c -> c.length() > MAX_FIELD_CHARS)) {
                    problems.add("Line " + line + ": a field is longer than 64 KB; the row was skipped.");
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new Row(line, cells));
            }
        } catch (IOException e) {
            throw new ContactFileException("The CSV file cannot be read: " + e.getMessage());
        }
        if (headers.isEmpty()) {
            throw new ContactFileException("The CSV file is empty: it has no header line.");
        }
        return new Table(delimiter, List.copyOf(headers), List.copyOf(rows), List.copyOf(problems));
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The line (from 1) of a character position. */
    private static long lineOf(int[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, (int) Math.min(Integer.MAX_VALUE, position));
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** Commons CSV's complaint in plain words (its own names the exception classes). */
    private static String reason(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("between encapsulated token and delimiter")) {
            return "a quoted value has more text after its closing quote";
        }
        if (m.contains("EOF reached before encapsulated token finished") || m.contains("encapsulated")) {
            return "a quote is opened and never closed";
        }
        return "the row cannot be read";
    }

    /** The mapping a preset makes of the headers (the column-mapping step starts from it). */
    public static List<CsvPreset.Column> mapping(CsvPreset preset, List<String> headers) {
        return headers.stream().map(preset::column).toList();
    }

    /** The rows as contacts; a row with no name or company is a problem, not a contact. */
    public static List<ContactRecord> contacts(Table table, List<CsvPreset.Column> mapping, CsvPreset preset,
            List<String> problems) {
        List<ContactRecord> out = new ArrayList<>();
        for (Row row : table.rows()) {
            ContactRecord r = contact(row, mapping, preset, problems);
            if (r.hasName()) {
                out.add(r);
            } else {
                problems.add(r.where() + ": no name and no company; skipped.");
            }
        }
        return out;
    }

    static ContactRecord contact(Row row, List<CsvPreset.Column> mapping, CsvPreset preset, List<String> problems) {
        String where = "Line " + row.line();
        StringBuilder full = new StringBuilder();
        String first = "";
        String middle = "";
        String last = "";
        String company = "";
        String title = "";
        String notes = "";
        Birthday birthday = null;
        List<String> emails = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        BookColumns book = new BookColumns(where, problems);
        boolean rapport = preset == CsvPreset.RAPPORT;
        int groups = mapping.stream().mapToInt(CsvPreset.Column::addressGroup).max().orElse(0) + 1;
        String[][] address = new String[groups][5];
        String fullAddress = "";
        for (int i = 0; i < mapping.size() && i < row.cells().size(); i++) {
            String v = unneutralised(row.cells().get(i).strip());
            if (v.isEmpty()) {
                continue;
            }
            CsvPreset.Column col = mapping.get(i);
            switch (col.field()) {
                case FULL_NAME -> full.append(full.length() > 0 ? " " : "").append(v);
                case FIRST_NAME -> first = v;
                case MIDDLE_NAME -> middle = v;
                case LAST_NAME -> last = v;
                case COMPANY -> company = v;
                case TITLE -> title = v;
                case EMAIL -> emails.addAll(rapport ? ClientCsvWriter.splitList(v) : split(v, " ::: |;|,|\\s+"));
                case PHONE -> phones.addAll(rapport ? ClientCsvWriter.splitList(v) : split(v, " ::: |;"));
                case TAGS -> tags.addAll(rapport ? ClientCsvWriter.splitList(v) : tags(v));
                case NOTES -> notes = notes.isEmpty() ? v : notes + "\n" + v;
                case BIRTHDAY -> {
                    birthday = birthday(v);
                    if (birthday == null && !isEmptyDate(v)) {
                        problems.add(where + ": the birthday \"" + v + "\" is not a date Rapport reads; left empty.");
                    }
                }
                case STREET -> {
                    String[] a = address[col.addressGroup()];
                    a[0] = a[0] == null ? v : a[0] + "\n" + v;
                }
                case CITY -> address[col.addressGroup()][1] = v;
                case REGION -> address[col.addressGroup()][2] = v;
                case POSTAL_CODE -> address[col.addressGroup()][3] = v;
                case COUNTRY -> address[col.addressGroup()][4] = v;
                case FULL_ADDRESS -> fullAddress = v;
                case ID, TIER, REFERRED_BY, PREFERRED_CHANNEL, DO_NOT_CONTACT, ARCHIVED, CLIENT_SINCE ->
                        book.read(col.field(), v);
                case IGNORE -> { }
            }
        }
        if (first.isEmpty() && last.isEmpty() && full.length() > 0) {
            String[] parts = splitFullName(full.toString());
            first = parts[0];
            last = parts[1];
        } else if (!middle.isEmpty() && !first.isEmpty()) {
            first = first + " " + middle;
        }
        Address chosen = Address.EMPTY;
        for (String[] a : address) {
            if (a[0] != null || a[1] != null) {
                chosen = new Address(a[0], a[1], a[2], a[3], a[4]);
                break;
            }
        }
        if (chosen.isEmpty() && !fullAddress.isEmpty()) {
            chosen = new Address(fullAddress, "", "", "", "");
        }
        if (preset == CsvPreset.GOOGLE) {
            tags.removeIf(t -> t.startsWith("* ") || t.equals("myContacts") || t.equals("System Group: My Contacts"));
        }
        List<String> validEmails = new ArrayList<>();
        for (String e : emails) {
            if (Email.isValid(e)) {
                validEmails.add(e);
            } else {
                problems.add(where + ": \"" + e + "\" is not an email address; left out.");
            }
        }
        return new ContactRecord(where, first, last, company, title, validEmails, phones, chosen, birthday, notes, tags,
                book.fields());
    }

    /** A cell Rapport's own CSV export guarded against formulas ('=..., '+...) comes back as it was. */
    static String unneutralised(String v) {
        return ClientCsvWriter.unneutralise(v);
    }

    private static List<String> split(String v, String regex) {
        return Arrays.stream(v.split(regex)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<String> tags(String v) {
        return split(v, " ::: |;|,");
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

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern NO_YEAR = Pattern.compile("--(\\d{2})-?(\\d{2})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    static boolean isEmptyDate(String v) {
        return v.matches("0?0/0?0/(00|0000)|0000-00-00");
    }

    /** A birthday as spreadsheets write them: ISO, --MM-DD (Google, no year), M/D/YYYY (Outlook), D.M.YYYY. */
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
