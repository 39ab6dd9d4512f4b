package app.rapport.io.sales;

/**
 * A row (or order, or transaction) of an export that is not a sale to take, and why.
 *
 * @param line the file's line it starts on
 * @param where as {@link SaleRecord#where()}
 * @param reason what it is
 * @param detail the words for the report: "refunded order", "no date"
 */
public record NotTaken(long line, String where, Reason reason, String detail) {
    /** Why a row is not taken. */
    public enum Reason {
        REFUND, REFUNDED, VOIDED, CANCELLED, NO_CUSTOMER, NO_DATE, NO_AMOUNT, BAD_AMOUNT, UNREADABLE
    }

    /** "Order #1003 (line 9): refunded order; not taken." */
    public String describe() {
        return where + ": " + detail + "; not taken.";
    }
}
