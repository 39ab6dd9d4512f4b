package app.rapport.io.sales;

import app.rapport.io.contacts.CsvContacts;
import app.rapport.io.contacts.NamesAndBirthdays;
import app.rapport.model.Amount;
import app.rapport.model.Email;
import app.rapport.model.Interaction;
import app.rapport.model.InvalidValueException;
import app.rapport.model.Text;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of one sale (one row, or a Shopify order's line items), read: the sale, or why it is not
 * one to take (a refund, a refunded, voided or cancelled order, no customer, date or amount).
 */
final class SaleRows {
    /** Longer summaries are cut: a summary is a line, not the order's whole text. */
    static final int MAX_SUMMARY = 300;

    /** What the sales of one reading share. */
    record Context(SalesPreset preset, Map<SaleField, List<Integer>> columns, char decimalMark, DateOrder order,
                   ZoneId here, Set<String> unknownZones) {
    }

    private final List<CsvContacts.Row> rows;
    private final Context context;
    private final String where;
    private final String ref;

    SaleRows(List<CsvContacts.Row> rows, Context context) {
        this.rows = rows;
        this.context = context;
        String r = oneLine(first(SaleField.REFERENCE));
        this.ref = r.isEmpty() ? null : r;
        this.where = where();
    }

    private String where() {
        long firstLine = rows.get(0).line();
        long lastLine = rows.get(rows.size() - 1).line();
        String lines = firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "–" + lastLine;
        if (ref != null && ref.length() <= 40) {
            switch (context.preset()) {
                case SHOPIFY -> {
                    return "Order " + ref + " (" + lines + ")";
                }
                case SQUARE -> {
                    return "Transaction " + ref + " (" + lines + ")";
                }
                default -> {
                    return "L" + lines.substring(1) + " (" + ref + ")";
                }
            }
        }
        return "L" + lines.substring(1);
    }

    private NotTaken not(NotTaken.Reason reason, String detail) {
        return new NotTaken(rows.get(0).line(), where, reason, detail);
    }

    /** The sale, or why it is not one to take. */
    Object read() {
        if (ref != null && ref.length() > Interaction.MAX_REF) {
            return not(NotTaken.Reason.UNREADABLE, "the reference is longer than " + Interaction.MAX_REF
                    + " characters");
        }
        NotTaken status = status();
        if (status != null) {
            return status;
        }
        BigDecimal amount;
        BigDecimal refunded;
        SaleField reading = SaleField.AMOUNT;
        try {
            amount = Money.parse(first(SaleField.AMOUNT), context.decimalMark());
            reading = SaleField.REFUNDED;
            refunded = Money.parse(first(SaleField.REFUNDED), context.decimalMark());
        } catch (InvalidValueException e) {
            String why = e.getMessage().equals(Amount.NOT_A_NUMBER) ? "not an amount Rapport reads"
                    : lowerFirst(e.getMessage());
            return not(NotTaken.Reason.BAD_AMOUNT, (reading == SaleField.AMOUNT ? "the amount \""
                    : "the amount refunded \"") + shortened(first(reading)) + "\": " + why);
        }
        if (amount != null && amount.signum() < 0) {
            return not(NotTaken.Reason.REFUND, "a refund (" + amount.toPlainString() + ")");
        }
        String note = null;
        if (amount != null && refunded != null && refunded.signum() != 0) {
            BigDecimal kept = amount.subtract(refunded.abs());
            if (kept.signum() <= 0) {
                return not(NotTaken.Reason.REFUNDED, "refunded in full");
            }
            note = "partly refunded: " + kept.toPlainString() + " of " + amount.toPlainString() + " kept";
            amount = kept;
        }
        String dateCell = first(SaleField.DATE);
        if (dateCell.isBlank()) {
            return not(NotTaken.Reason.NO_DATE, "no date");
        }
        SaleDates.Stamp stamp = SaleDates.stamp(dateCell, context.order());
        if (stamp == null) {
            return not(NotTaken.Reason.NO_DATE, "\"" + shortened(dateCell) + "\" is not a date Rapport reads"
                    + (context.order() == null && SaleDates.evidence(List.of(dateCell)).slashed() > 0
                    ? " (say whether day or month comes first)" : ""));
        }
        if (amount == null) {
            return not(NotTaken.Reason.NO_AMOUNT, "no amount");
        }
        String email = email();
        String phone = phone();
        String[] name = name();
        if (email == null && phone == null && name[0].isEmpty() && name[1].isEmpty()) {
            return not(NotTaken.Reason.NO_CUSTOMER, "no customer (no email, phone or name)");
        }
        return new SaleRecord(rows.get(0).line(), where, ref, at(stamp), amount, email, phone, name[0], name[1],
                summary(), note);
    }

    /** A refund, or a refunded, voided or cancelled order; {@code null} for a sale. */
    private NotTaken status() {
        String s = Text.fold(first(SaleField.STATUS));
        NotTaken said = status(s);
        if (said == null && !first(SaleField.CANCELLED).isBlank()) {
            return not(NotTaken.Reason.CANCELLED, "cancelled order");
        }
        return said;
    }

    private NotTaken status(String s) {
        if (s.isBlank() || s.contains("partial") || s.contains("partiel") || s.contains("teilweise")
                || s.contains("parcial")) {
            return null;
        }
        if (s.contains("refund") && !s.contains("refunded") || s.contains("remboursement")
                || s.contains("erstattung") || s.contains("reembolso") || s.contains("devolucion")
                || s.contains("return") || s.contains("retour")) {
            return not(NotTaken.Reason.REFUND, "a refund");
        }
        if (s.contains("refunded") || s.contains("rembourse") || s.contains("erstattet")
                || s.contains("reembolsado") || s.contains("devuelto")) {
            return not(NotTaken.Reason.REFUNDED, "refunded order");
        }
        if (s.contains("void") || s.contains("storn") || s.contains("anul")) {
            return not(NotTaken.Reason.VOIDED, "voided");
        }
        if (s.contains("cancel") || s.contains("annul")) {
            return not(NotTaken.Reason.CANCELLED, "cancelled order");
        }
        return null;
    }

    private LocalDateTime at(SaleDates.Stamp stamp) {
        LocalTime time = stamp.time();
        if (time == null) {
            time = SaleDates.time(first(SaleField.TIME));
        }
        ZoneId zone = stamp.offset();
        if (zone == null) {
            String zoneName = first(SaleField.TIME_ZONE);
            zone = SaleDates.zone(zoneName);
            if (zone == null && !zoneName.isBlank()) {
                context.unknownZones().add(shortened(zoneName));
            }
        }
        // a date with no time is at noon, as the book takes it
        return SaleDates.here(stamp.date(), time == null ? LocalTime.NOON : time, zone, context.here())
                .truncatedTo(ChronoUnit.MINUTES); // the book keeps contacts to the minute
    }

    private String email() {
        for (String v : all(SaleField.EMAIL)) {
            String e = v.strip();
            e = e.regionMatches(true, 0, "mailto:", 0, 7) ? e.substring(7) : e;
            if (Email.isValid(e)) {
                return e;
            }
        }
        return null;
    }

    private String phone() {
        for (String v : all(SaleField.PHONE)) {
            String p = oneLine(v.startsWith("'") ? v.substring(1) : v);
            if (p.chars().anyMatch(Character::isDigit) && p.length() <= 64) {
                return p;
            }
        }
        return null;
    }

    /** First and last name: a full name split as client import splits it, else the two columns. */
    private String[] name() {
        String full = oneLine(first(SaleField.FULL_NAME));
        if (!full.isEmpty()) {
            return NamesAndBirthdays.splitFullName(cut(full, 200));
        }
        return new String[] {cut(oneLine(first(SaleField.FIRST_NAME)), 100),
            cut(oneLine(first(SaleField.LAST_NAME)), 100)};
    }

    /** The items of every row, "2 × Rose bouquet, Gift card". */
    private String summary() {
        List<String> items = new ArrayList<>();
        List<Integer> itemColumns = context.columns().getOrDefault(SaleField.ITEMS, List.of());
        List<Integer> quantityColumns = context.columns().getOrDefault(SaleField.QUANTITY, List.of());
        for (CsvContacts.Row row : rows) {
            String item = "";
            for (int i : itemColumns) {
                item = oneLine(SalesCsv.cell(row, i));
                if (!item.isEmpty()) {
                    break;
                }
            }
            if (item.isEmpty()) {
                continue;
            }
            String quantity = quantityColumns.isEmpty() ? "" : oneLine(SalesCsv.cell(row, quantityColumns.get(0)));
            if (quantity.matches("\\d{1,6}(\\.0+)?") && Integer.parseInt(quantity.replaceAll("\\..*", "")) > 1) {
                item = quantity.replaceAll("\\..*", "") + " × " + item;
            }
            items.add(item);
        }
        return cut(String.join(", ", items), MAX_SUMMARY);
    }

    /** The first cell of the field that is not blank, over the rows, then the columns. */
    private String first(SaleField field) {
        List<String> all = all(field);
        return all.isEmpty() ? "" : all.get(0);
    }

    private List<String> all(SaleField field) {
        List<String> out = new ArrayList<>();
        for (CsvContacts.Row row : rows) {
            for (int i : context.columns().getOrDefault(field, List.of())) {
                String v = SalesCsv.cell(row, i);
                if (!v.isBlank()) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** Line breaks and runs of spaces folded to one space, trimmed. */
    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 2)) ? max - 2 : max - 1;
        return s.substring(0, end).strip() + "…";
    }

    private static String shortened(String s) {
        return cut(oneLine(s), 40);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
