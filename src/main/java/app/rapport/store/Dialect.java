package app.rapport.store;

/**
 * The SQL of the two kinds of book where it is spelled differently: SQLite's (the book in a file)
 * and PostgreSQL's (a team book). The repositories write each query once and ask their dialect for
 * the few pieces that differ; where a whole statement differs, the repository keeps the two side by
 * side. Both books hold the same columns and the same text (PostgreSQL's text columns compare their
 * bytes, {@code COLLATE "C"}, as SQLite's do), so that a query gives the same answer on either.
 */
enum Dialect {
    SQLITE,
    POSTGRES;

    /** U+001F as text: the separator of the fields packed into one value ({@link PackedRow}). */
    String separator() {
        return this == SQLITE ? "char(31)" : "chr(31)";
    }

    /** {@code fields} packed into one text value, separated by U+001F ({@link PackedRow}). */
    String packed(String... fields) {
        return String.join(" || " + separator() + " || ", fields);
    }

    /** A line break as text: lists (emails, phones, tags) are kept one per line. */
    String newLine() {
        return this == SQLITE ? "char(10)" : "chr(10)";
    }

    /** Where {@code needle} starts in {@code haystack}, from 1; 0 when it is not there. */
    String position(String haystack, String needle) {
        return (this == SQLITE ? "instr(" : "strpos(") + haystack + ", " + needle + ")";
    }

    /**
     * The values of {@code expression} of a group, joined by the {@link #separator()}, in the order
     * of {@code order}: SQLite joins them in the order it reads them (the order of the index the
     * query is written for, which {@code order} names), PostgreSQL in the order it is told.
     */
    String joined(String expression, String order) {
        return this == SQLITE ? "group_concat(" + expression + ", char(31))"
                : "string_agg(" + expression + ", chr(31) ORDER BY " + order + ")";
    }

    /**
     * {@code column} in the order of names in a list: ASCII letters without regard to case, every
     * other character by its code (SQLite's {@code NOCASE}; PostgreSQL's {@code lower} of a column
     * of collation "C" lowers ASCII letters only).
     */
    String byName(String column) {
        return this == SQLITE ? column + " COLLATE NOCASE" : "lower(" + column + ")";
    }

    /** The column that orders a table's rows as they were added: SQLite's rowid, the team book's {@code seq}. */
    String insertionOrder() {
        return this == SQLITE ? "rowid" : "seq";
    }
}
