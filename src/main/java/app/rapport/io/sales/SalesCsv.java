package app.rapport.io.sales;

import app.rapport.io.contacts.CsvContacts;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Sales from a CSV export: the rows (read as client import reads them, {@link CsvContacts}) made
 * sales through a column mapping, Shopify's line items grouped into their orders ({@link SaleRows}
 * reads each sale's rows); what is not a sale to take (refunds, refunded or voided orders, rows
 * with no customer, date or amount) named with its row. Pure: no book, no clock; the computer's zone is given.
 */
public final class SalesCsv {
    private SalesCsv() {
    }

    /**
     * What a mapping reads of a table.
     *
     * @param sales the sales to take, in file order
     * @param notTaken what is not a sale to take, in file order
     * @param problems what could not be read at all ("Line 40: a quote is opened and never closed ..."),
     *        and zones Rapport does not know
     */
    public record Reading(List<SaleRecord> sales, List<NotTaken> notTaken, List<String> problems) {
        public Reading {
            sales = List.copyOf(sales);
            notTaken = List.copyOf(notTaken);
            problems = List.copyOf(problems);
        }
    }

    /** What the date columns show of the order of day and month. */
    public static DateOrder.Evidence dateEvidence(CsvContacts.Table table, List<SaleField> mapping) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < mapping.size(); i++) {
            if (mapping.get(i) == SaleField.DATE) {
                for (CsvContacts.Row row : table.rows()) {
                    cells.add(cell(row, i));
                }
            }
        }
        return SaleDates.evidence(cells);
    }

    /**
     * The sales of a table.
     *
     * @param mapping each column's field, in the order of the headers
     * @param order the order of day and month in slashed dates; {@code null} when the file settles it
     *        (dates it leaves open are then "no date")
     * @param here this computer's zone, where times given with a zone or offset are moved to
     */
    public static Reading sales(CsvContacts.Table table, SalesPreset preset, List<SaleField> mapping,
            DateOrder order, ZoneId here) {
        Map<SaleField, List<Integer>> columns = new EnumMap<>(SaleField.class);
        for (int i = 0; i < mapping.size(); i++) {
            columns.computeIfAbsent(mapping.get(i), f -> new ArrayList<>()).add(i);
        }
        List<String> moneyCells = new ArrayList<>();
        for (SaleField f : List.of(SaleField.AMOUNT, SaleField.REFUNDED)) {
            for (int i : columns.getOrDefault(f, List.of())) {
                table.rows().forEach(r -> moneyCells.add(cell(r, i)));
            }
        }
        DateOrder dates = order != null ? order : dateEvidence(table, mapping).settled();
        SaleRows.Context context = new SaleRows.Context(preset, columns, Money.decimalMark(moneyCells), dates, here,
                new LinkedHashSet<>());
        List<SaleRecord> sales = new ArrayList<>();
        List<NotTaken> notTaken = new ArrayList<>();
        for (List<CsvContacts.Row> rows : groups(table, preset, columns)) {
            Object read = new SaleRows(rows, context).read();
            if (read instanceof SaleRecord s) {
                sales.add(s);
            } else {
                notTaken.add((NotTaken) read);
            }
        }
        List<String> problems = new ArrayList<>(table.problems());
        context.unknownZones().forEach(z -> problems.add("The time zone \"" + z + "\" is not one Rapport knows: its"
                + " times are taken as they are written."));
        return new Reading(sales, notTaken, problems);
    }

    /** The rows of each sale: one row each, or (Shopify) the rows sharing an order's reference. */
    private static List<List<CsvContacts.Row>> groups(CsvContacts.Table table, SalesPreset preset,
            Map<SaleField, List<Integer>> columns) {
        List<Integer> refs = columns.getOrDefault(SaleField.REFERENCE, List.of());
        Map<String, List<CsvContacts.Row>> byRef = new LinkedHashMap<>();
        List<List<CsvContacts.Row>> out = new ArrayList<>();
        for (CsvContacts.Row row : table.rows()) {
            String ref = refs.isEmpty() ? "" : cell(row, refs.get(0)).strip();
            if (!preset.groupsRows() || ref.isEmpty()) {
                out.add(List.of(row));
            } else {
                List<CsvContacts.Row> group = byRef.get(ref);
                if (group == null) {
                    group = new ArrayList<>();
                    byRef.put(ref, group);
                    out.add(group);
                }
                group.add(row);
            }
        }
        return out;
    }

    static String cell(CsvContacts.Row row, int i) {
        return i < row.cells().size() ? row.cells().get(i) : "";
    }
}
