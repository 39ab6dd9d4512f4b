package app.rapport.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The next id of a client ({@code c-0042}), a follow-up ({@code f-0007}) or a contact
 * ({@code i-000123}) in a team book. Several computers add records at once, so the number comes
 * from a sequence of the kind's own, which hands each number out once whatever the transactions do:
 * two computers never take the same id, and neither waits for the other. A record added with an id
 * of its own (an import, a copied book) moves the sequence past its number, so that the next id is
 * one more than the highest the book has held, as in the book in a file. Unlike there, a number is
 * never handed out again, not even that of a record deleted, so that an id another computer still
 * shows never comes to mean another record. A transaction that only reads gets the number the next
 * writer would take, without taking it.
 */
enum PostgresIds {
    CLIENT("c-", 4, "client_ids"),
    FOLLOW_UP("f-", 4, "follow_up_ids"),
    INTERACTION("i-", 6, "interaction_ids");

    /** Longer numbers than this cannot be those of a sequence (a bigint). */
    private static final int MOST_DIGITS = 18;

    private final String prefix;
    private final String format;
    private final String sequence;

    PostgresIds(String prefix, int digits, String sequence) {
        this.prefix = prefix;
        this.format = prefix + "%0" + digits + "d";
        this.sequence = sequence;
    }

    /** The next id: taken from the sequence in a write transaction, looked at in a read-only one. */
    String next(Connection c) {
        long number = Jdbc.count(c, readOnly(c)
                ? "SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM " + sequence
                : "SELECT nextval('" + sequence + "')");
        return format.formatted(number);
    }

    /**
     * Moves the sequence past the numbers of {@code ids}, ids of this kind added by hand: the
     * number after the prefix, as far as it has digits ({@code c-12} and {@code c-0012x} are both
     * 12; others have none).
     */
    void taken(Connection c, Iterable<String> ids) {
        long highest = 0;
        for (String id : ids) {
            highest = Math.max(highest, number(id));
        }
        if (highest > 0) {
            Jdbc.count(c, "SELECT setval('" + sequence + "', ?1) FROM " + sequence
                    + " WHERE CASE WHEN is_called THEN last_value + 1 ELSE last_value END <= ?1", highest);
        }
    }

    private long number(String id) {
        if (id == null || !id.startsWith(prefix)) {
            return 0;
        }
        int end = prefix.length();
        while (end < id.length() && end - prefix.length() < MOST_DIGITS && isDigit(id.charAt(end))) {
            end++;
        }
        return end == prefix.length() ? 0 : Long.parseLong(id, prefix.length(), end, 10);
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static boolean readOnly(Connection c) {
        try {
            return c.isReadOnly();
        } catch (SQLException e) {
            throw new StoreException(Jdbc.plain(e), e);
        }
    }
}
