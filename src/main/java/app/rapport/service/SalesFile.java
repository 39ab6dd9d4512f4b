package app.rapport.service;

import app.rapport.io.contacts.CsvContacts;
import app.rapport.io.sales.DateOrder;
import app.rapport.io.sales.NotTaken;
import app.rapport.io.sales.SaleField;
import app.rapport.io.sales.SaleRecord;
import app.rapport.io.sales.SalesCsv;
import app.rapport.io.sales.SalesPreset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A sales export read, before its sales are matched to clients: the preview the import screen
 * shows and the choices it offers (preset, each column's field, the order of day and month), and
 * the sales they read. Each {@code with...} gives the same file read again with one choice changed.
 *
 * @param dateOrder the order of day and month the owner chose, or {@code null} to take the file's
 * @param zone this computer's zone, where times given with a zone or offset are moved to
 */
public record SalesFile(Path file, CsvContacts.Table table, SalesPreset preset, List<SaleField> mapping,
                        DateOrder dateOrder, ZoneId zone, SalesCsv.Reading reading) {
    public SalesFile {
        mapping = List.copyOf(mapping);
    }

    static SalesFile of(Path file, CsvContacts.Table table, SalesPreset preset, List<SaleField> mapping,
            DateOrder dateOrder, ZoneId zone) {
        return new SalesFile(file, table, preset, mapping, dateOrder, zone,
                SalesCsv.sales(table, preset, mapping, dateOrder, zone));
    }

    /**
     * What was read, in words: "Read 10 rows as Shopify orders: 4 sales, 3 not taken.", or, while
     * the order of day and month must still be said, that the sales wait for it.
     */
    public String describe() {
        int rows = table.rows().size();
        String read = "Read " + rows + (rows == 1 ? " row" : " rows") + " as " + preset.label() + ": ";
        if (needsDateOrder()) {
            return read + "their dates wait for the order of day and month.";
        }
        return read + count(sales().size(), "sale") + ", " + notTaken().size() + " not taken.";
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    public List<SaleRecord> sales() {
        return reading.sales();
    }

    public List<NotTaken> notTaken() {
        return reading.notTaken();
    }

    /** What could not be read at all, each naming its line, and zones Rapport does not know. */
    public List<String> problems() {
        return reading.problems();
    }

    public List<String> headers() {
        return table.headers();
    }

    /** The first rows, as the mapping step previews them. */
    public List<List<String>> previewRows() {
        return table.preview().stream().map(CsvContacts.Row::cells).toList();
    }

    /** Each column's field, in words (see {@link #fieldChoices()}). */
    public List<String> mappingLabels() {
        return mapping.stream().map(SaleField::label).toList();
    }

    /** The fields a column can be, in words, for the mapping step. */
    public static List<String> fieldChoices() {
        return Arrays.stream(SaleField.values()).map(SaleField::label).toList();
    }

    /** The presets, in words. */
    public static List<String> presetChoices() {
        return Arrays.stream(SalesPreset.values()).map(SalesPreset::label).toList();
    }

    public String presetLabel() {
        return preset.label();
    }

    /** The orders of day and month, in words, for the question the screen asks. */
    public static List<String> dateOrderChoices() {
        return Arrays.stream(DateOrder.values()).map(DateOrder::label).toList();
    }

    /** The order of day and month the owner chose, in words, or "" when the file's own is taken. */
    public String dateOrderLabel() {
        return dateOrder == null ? "" : dateOrder.label();
    }

    /** The same file with its slashed dates read in the order of this label ("" or unknown: the file's). */
    public SalesFile withDateOrderLabel(String label) {
        return withDateOrder(Arrays.stream(DateOrder.values()).filter(o -> o.label().equals(label)).findFirst()
                .orElse(null));
    }

    /** Why the owner must say whether day or month comes first, in words ("" when they need not). */
    public String dateQuestion() {
        return needsDateOrder() ? dateEvidence().question() : "";
    }

    /**
     * Why the order of day and month is asked, in words, whether the owner has said it yet or not
     * (the screen keeps the question, to change the answer); "" when the file settles it.
     */
    public String dateOrderQuestion() {
        DateOrder.Evidence evidence = dateEvidence();
        return evidence.mustAsk() ? evidence.question() : "";
    }

    /** {@link #missing()} in words: the fields to choose a column for. */
    public List<String> missingLabels() {
        return missing().stream().map(SaleField::label).toList();
    }

    /** What the file's date columns show of the order of day and month. */
    public DateOrder.Evidence dateEvidence() {
        return SalesCsv.dateEvidence(table, mapping);
    }

    /** Whether the owner must say whether day or month comes first before the file can be imported. */
    public boolean needsDateOrder() {
        return dateOrder == null && dateEvidence().mustAsk();
    }

    /**
     * The fields an import needs that no column holds: a date, an amount, and someone (an email, a
     * phone or a name); empty when the file can be imported.
     */
    public Set<SaleField> missing() {
        Set<SaleField> missing = EnumSet.noneOf(SaleField.class);
        for (SaleField needed : List.of(SaleField.DATE, SaleField.AMOUNT)) {
            if (!mapping.contains(needed)) {
                missing.add(needed);
            }
        }
        if (List.of(SaleField.EMAIL, SaleField.PHONE, SaleField.FULL_NAME, SaleField.FIRST_NAME, SaleField.LAST_NAME)
                .stream().noneMatch(mapping::contains)) {
            missing.add(SaleField.FULL_NAME);
        }
        return missing;
    }

    /** The same file read with another preset, its mapping made anew. */
    public SalesFile withPreset(SalesPreset p) {
        return of(file, table, p, p.mapping(table.headers()), dateOrder, zone);
    }

    /** The same file read with another preset, by its label. */
    public SalesFile withPresetLabel(String label) {
        return withPreset(Arrays.stream(SalesPreset.values()).filter(p -> p.label().equals(label)).findFirst()
                .orElse(SalesPreset.GENERIC));
    }

    /** The same file with the fields chosen for its columns. */
    public SalesFile remap(List<SaleField> newMapping) {
        List<SaleField> m = new ArrayList<>(newMapping);
        while (m.size() < table.headers().size()) {
            m.add(SaleField.IGNORE);
        }
        return of(file, table, preset, m.subList(0, table.headers().size()), dateOrder, zone);
    }

    /** The same file with the fields chosen for its columns, in words. */
    public SalesFile remapByLabels(List<String> labels) {
        return remap(labels.stream().map(l -> Arrays.stream(SaleField.values()).filter(f -> f.label().equals(l))
                .findFirst().orElse(SaleField.IGNORE)).toList());
    }

    /** The same file with its slashed dates read in this order ({@code null}: as the file settles it). */
    public SalesFile withDateOrder(DateOrder order) {
        return of(file, table, preset, mapping, order, zone);
    }
}
