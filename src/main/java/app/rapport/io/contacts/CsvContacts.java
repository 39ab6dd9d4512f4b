package app.rapport.io.contacts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Contacts from a CSV file (Apache Commons CSV): the delimiter found from the header line
 * (comma, semicolon or tab), the rows read with their line numbers, and each row made a contact
 * through a column mapping ({@link CsvContactRow}). A bad row (an unterminated quote, a field over 64 KB) is a problem
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
            ContactRecord r = CsvContactRow.read(row, mapping, preset, problems);
            if (r.hasName()) {
                out.add(r);
            } else {
                problems.add(r.where() + ": no name and no company; skipped.");
            }
        }
        return out;
    }
}
