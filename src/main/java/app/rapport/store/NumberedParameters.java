package app.rapport.store;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A statement written with SQLite's numbered parameters ({@code ?1}, {@code ?2}..., each used as
 * often as needed) as one with plain positional ones ({@code ?}, the only kind PostgreSQL's driver
 * knows), and the values to bind in their order. {@link Jdbc} prepares every statement this way for
 * both kinds of book. A plain {@code ?} takes the number after the largest before it, as in SQLite;
 * question marks in quoted text are left alone. Statements with numbered parameters are rewritten
 * once and kept.
 */
final class NumberedParameters {
    private static final int MOST_KEPT = 512;
    private static final Map<String, NumberedParameters> KEPT = new ConcurrentHashMap<>();

    private final String sql;
    /** The number of each positional parameter in turn. */
    private final int[] numbers;
    /** Whether those are 1, 2, 3... */
    private final boolean inOrder;

    private NumberedParameters(String sql, int[] numbers) {
        this.sql = sql;
        this.numbers = numbers;
        boolean plain = true;
        for (int i = 0; i < numbers.length && plain; i++) {
            plain = numbers[i] == i + 1;
        }
        this.inOrder = plain;
    }

    static NumberedParameters of(String sql) {
        NumberedParameters kept = KEPT.get(sql);
        if (kept != null) {
            return kept;
        }
        NumberedParameters rewritten = rewrite(sql);
        if (!rewritten.sql.equals(sql)) {
            if (KEPT.size() >= MOST_KEPT) {
                KEPT.clear();
            }
            KEPT.put(sql, rewritten);
        }
        return rewritten;
    }

    /** The statement with positional parameters. */
    String sql() {
        return sql;
    }

    /** The values to bind to {@link #sql()}, in order, from {@code given}, the values of ?1, ?2... */
    Object[] values(Object... given) {
        if (inOrder && given.length == numbers.length) {
            return given;
        }
        Object[] values = new Object[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            if (numbers[i] > given.length) {
                throw new IllegalArgumentException("No value for ?" + numbers[i] + " of " + sql);
            }
            values[i] = given[numbers[i] - 1];
        }
        return values;
    }

    private static NumberedParameters rewrite(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int[] numbers = new int[8];
        int count = 0;
        int largest = 0;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            out.append(ch);
            if (quote != 0) {
                quote = ch == quote ? 0 : quote;
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '?') {
                int end = i + 1;
                while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
                    end++;
                }
                int number = end > i + 1 ? Integer.parseInt(sql.substring(i + 1, end)) : largest + 1;
                largest = Math.max(largest, number);
                if (count == numbers.length) {
                    numbers = Arrays.copyOf(numbers, count * 2);
                }
                numbers[count++] = number;
                i = end - 1;
            }
        }
        return new NumberedParameters(out.toString(), Arrays.copyOf(numbers, count));
    }
}
