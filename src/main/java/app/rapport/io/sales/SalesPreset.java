package app.rapport.io.sales;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Known sales exports, recognised by their headers: Shopify's orders export (one row per line
 * item, grouped by the order's Name) and Square's transactions export; any other spreadsheet is
 * generic, its columns guessed from their headers.
 */
public enum SalesPreset {
    SHOPIFY("Shopify orders"),
    SQUARE("Square transactions"),
    GENERIC("Any spreadsheet");

    private final String label;

    SalesPreset(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The name the command line uses: shopify, square, generic. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The preset whose headers the file has. */
    public static SalesPreset detect(List<String> headers) {
        if (headers.contains("Name") && headers.contains("Financial Status") && headers.contains("Lineitem name")) {
            return SHOPIFY;
        }
        if (headers.contains("Transaction ID") && headers.contains("Total Collected")
                && headers.contains("Event Type")) {
            return SQUARE;
        }
        return GENERIC;
    }

    /**
     * Shopify's columns (help.shopify.com, "Exporting orders"): the amount is Total less Refunded
     * Amount; the date Paid at, else Created at; the buyer Billing Name and Billing Phone, else the
     * order's Phone (never the shipping name: a gift goes to someone else).
     */
    private static final Map<String, SaleField> SHOPIFY_COLUMNS = Map.ofEntries(
            Map.entry("Name", SaleField.REFERENCE), Map.entry("Email", SaleField.EMAIL),
            Map.entry("Financial Status", SaleField.STATUS), Map.entry("Paid at", SaleField.DATE),
            Map.entry("Created at", SaleField.DATE), Map.entry("Total", SaleField.AMOUNT),
            Map.entry("Refunded Amount", SaleField.REFUNDED), Map.entry("Lineitem quantity", SaleField.QUANTITY),
            Map.entry("Lineitem name", SaleField.ITEMS), Map.entry("Billing Name", SaleField.FULL_NAME),
            Map.entry("Billing Phone", SaleField.PHONE), Map.entry("Phone", SaleField.PHONE),
            Map.entry("Cancelled at", SaleField.CANCELLED));

    /**
     * Square's columns (squareup.com, "Transactions" export): the amount is Total Collected (what the
     * customer paid, tax and tip included, less any partial refund); the customer is Customer Name.
     */
    private static final Map<String, SaleField> SQUARE_COLUMNS = Map.ofEntries(
            Map.entry("Date", SaleField.DATE), Map.entry("Time", SaleField.TIME),
            Map.entry("Time Zone", SaleField.TIME_ZONE), Map.entry("Total Collected", SaleField.AMOUNT),
            Map.entry("Transaction ID", SaleField.REFERENCE), Map.entry("Description", SaleField.ITEMS),
            Map.entry("Event Type", SaleField.STATUS), Map.entry("Customer Name", SaleField.FULL_NAME));

    /** What this preset makes of a header. */
    public SaleField column(String header) {
        String h = header == null ? "" : header.strip();
        return switch (this) {
            case SHOPIFY -> SHOPIFY_COLUMNS.getOrDefault(h, SaleField.IGNORE);
            case SQUARE -> SQUARE_COLUMNS.getOrDefault(h, SaleField.IGNORE);
            case GENERIC -> SaleField.guess(h);
        };
    }

    /** The mapping this preset makes of a file's headers (the mapping step starts from it). */
    public List<SaleField> mapping(List<String> headers) {
        return headers.stream().map(this::column).toList();
    }

    /** Whether one sale spans several rows sharing its reference (Shopify: one row per line item). */
    boolean groupsRows() {
        return this == SHOPIFY;
    }
}
