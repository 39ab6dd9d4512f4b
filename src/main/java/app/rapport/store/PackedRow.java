package app.rapport.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * One row that SQLite packed into a single text value, fields separated by U+001F, read as its
 * UTF-8 bytes one field after another. Planning reads hundreds of thousands of such rows: this
 * makes no string for a field that is a date, a number or a name of a constant, and reads the
 * fixed-width dates the store writes ({@code YYYY-MM-DD}, {@code YYYY-MM-DDTHH:MM},
 * {@code YYYY-MM-DDTHH:MM:SSZ}) without a formatter; any other form goes to the standard parser,
 * which also reports malformed text.
 */
final class PackedRow {
    private static final byte SEPARATOR = 0x1f;
    /** Every minute of a day: a contact's time is one of these rather than an object of its own. */
    private static final LocalTime[] MINUTES = new LocalTime[24 * 60];
    /**
     * Days read recently, shared by the facts that hold them (thousands of clients joined on the
     * same days), which keeps planning's working set small. Filled as rows are read; a slot may be
     * overwritten by another thread at any time, which is harmless: every date is checked on use.
     */
    private static final LocalDate[] DAYS = new LocalDate[1 << 13];

    static {
        for (int i = 0; i < MINUTES.length; i++) {
            MINUTES[i] = LocalTime.of(i / 60, i % 60);
        }
    }

    private final byte[] row;
    private int start;
    private int end = -1;

    PackedRow(byte[] row) {
        this.row = row;
    }

    /** The next field's text, {@code null} when it is empty. */
    String textOrNull() {
        return next() ? null : new String(row, start, end - start, StandardCharsets.UTF_8);
    }

    /** Everything after the fields read so far, separators included: the last field may hold anything. */
    String rest() {
        start = end + 1;
        end = row.length;
        return start >= row.length ? "" : new String(row, start, end - start, StandardCharsets.UTF_8);
    }

    /** Whether another field follows those read so far. */
    boolean hasMore() {
        return end < row.length;
    }

    /** The value of the next field's bytes in {@code ids}, added from {@code fresh} when they are not there. */
    <T> T lookUpOrAdd(IdIndex<T> ids, Supplier<T> fresh) {
        next();
        T value = ids.get(row, start, end);
        if (value == null) {
            value = fresh.get();
            ids.put(Arrays.copyOfRange(row, start, end), value);
        }
        return value;
    }

    /** The next field as a key of an {@link IdIndex}. */
    byte[] key() {
        next();
        return Arrays.copyOfRange(row, start, end);
    }

    <E extends Enum<E>> E constant(Constants<E> constants) {
        next();
        return constants.find(row, start, end);
    }

    /** The next field as a constant, {@code null} when it is empty. */
    <E extends Enum<E>> E constantOrNull(Constants<E> constants) {
        return next() ? null : constants.find(row, start, end);
    }

    BigDecimal decimalOrNull() {
        return next() ? null : new BigDecimal(field(start, end));
    }

    LocalDate dateOrNull() {
        return next() ? null : date();
    }

    LocalDateTime dateTimeOrNull() {
        return next() ? null : dateTimeHere();
    }

    LocalDateTime dateTime() {
        next();
        return dateTimeHere();
    }

    Instant instant() {
        next();
        if (end - start == 20 && at(4) == '-' && at(7) == '-' && at(10) == 'T' && at(13) == ':' && at(16) == ':'
                && at(19) == 'Z') {
            return LocalDateTime.of(digits(0, 4), digits(5, 7), digits(8, 10), digits(11, 13), digits(14, 16),
                    digits(17, 19)).toInstant(ZoneOffset.UTC);
        }
        return Instant.parse(field(start, end));
    }

    private LocalDate date() {
        if (end - start == 10 && at(4) == '-' && at(7) == '-') {
            return day(digits(0, 4), digits(5, 7), digits(8, 10));
        }
        return LocalDate.parse(field(start, end));
    }

    private LocalDateTime dateTimeHere() {
        if (end - start == 16 && at(4) == '-' && at(7) == '-' && at(10) == 'T' && at(13) == ':') {
            int hour = digits(11, 13);
            int minute = digits(14, 16);
            LocalTime time = hour < 24 && minute < 60 ? MINUTES[hour * 60 + minute] : LocalTime.of(hour, minute);
            return LocalDateTime.of(day(digits(0, 4), digits(5, 7), digits(8, 10)), time);
        }
        return LocalDateTime.parse(field(start, end));
    }

    /** The date, shared with earlier rows of the same day when the cache still holds it. */
    private static LocalDate day(int year, int month, int dayOfMonth) {
        int slot = (year * 372 + month * 31 + dayOfMonth) & (DAYS.length - 1);
        LocalDate cached = DAYS[slot];
        if (cached != null && cached.getDayOfMonth() == dayOfMonth && cached.getMonthValue() == month
                && cached.getYear() == year) {
            return cached;
        }
        LocalDate date = LocalDate.of(year, month, dayOfMonth);
        DAYS[slot] = date;
        return date;
    }

    /** Moves to the next field; says whether it is empty. */
    private boolean next() {
        start = end + 1;
        if (start > row.length) {
            throw new StoreException("A row read from the book has fewer fields than expected.");
        }
        int i = start;
        while (i < row.length && row[i] != SEPARATOR) {
            i++;
        }
        end = i;
        return end == start;
    }

    private byte at(int offset) {
        return row[start + offset];
    }

    private int digits(int from, int to) {
        int value = 0;
        for (int i = start + from; i < start + to; i++) {
            int d = row[i] - '0';
            if (d < 0 || d > 9) {
                String text = field(start, end);
                throw new DateTimeParseException("Not a date: " + text, text, i - start);
            }
            value = value * 10 + d;
        }
        return value;
    }

    private String field(int from, int to) {
        return new String(row, from, to - from, StandardCharsets.UTF_8);
    }

    /** The constants of an enum, found by the bytes of their names. */
    static final class Constants<E extends Enum<E>> {
        private final Class<E> type;
        private final E[] values;
        private final byte[][] names;

        Constants(Class<E> type) {
            this.type = type;
            this.values = type.getEnumConstants();
            this.names = new byte[values.length][];
            for (int i = 0; i < values.length; i++) {
                names[i] = values[i].name().getBytes(StandardCharsets.US_ASCII);
            }
        }

        E find(byte[] bytes, int from, int to) {
            for (int i = 0; i < names.length; i++) {
                if (Arrays.equals(bytes, from, to, names[i], 0, names[i].length)) {
                    return values[i];
                }
            }
            return Enum.valueOf(type, new String(bytes, from, to - from, StandardCharsets.UTF_8));
        }
    }
}
