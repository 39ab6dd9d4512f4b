package app.rapport.io.sales;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One sale as an export holds it, before it is matched to a client: every text trimmed, absent
 * values {@code null}.
 *
 * @param line the file's line the sale starts on, for the report's order
 * @param where where it is in the file, for the report: "Line 12", "Order #1001 (lines 4-6)",
 *        "Transaction 8XyZ (line 5)"
 * @param ref the order number or transaction id, or {@code null}
 * @param at when, where this computer is (moved from the file's zone or offset when it gives one)
 * @param amount what the client paid and kept, never negative
 * @param email a valid address, or {@code null}
 * @param phone as written, or {@code null}
 * @param firstName the customer's first name ("" when none); a full name is split as client import does
 * @param lastName the customer's last name ("")
 * @param summary the items bought ("Rose bouquet, 2 × Gift card"), or ""
 * @param note what the report says of it beside the purchase ("partly refunded: 20.00 of 120.00"), or {@code null}
 */
public record SaleRecord(long line, String where, String ref, LocalDateTime at, BigDecimal amount, String email,
                         String phone, String firstName, String lastName, String summary, String note) {
    public SaleRecord {
        firstName = firstName == null ? "" : firstName;
        lastName = lastName == null ? "" : lastName;
        summary = summary == null ? "" : summary;
    }

    /** "First Last", folded to single spaces; "" when the file names no one. */
    public String name() {
        return (firstName + " " + lastName).strip();
    }

}
