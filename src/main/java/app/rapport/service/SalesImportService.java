package app.rapport.service;

import app.rapport.io.contacts.CsvContacts;
import app.rapport.io.sales.DateOrder;
import app.rapport.io.sales.SaleField;
import app.rapport.io.sales.SalesPreset;
import app.rapport.store.BookStore;
import app.rapport.store.BookTx;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Purchases in from a till's or a web shop's export (Shopify, Square, any spreadsheet). A file is
 * read into a {@link SalesFile} (the preview: preset, column mapping, order of day and month, what
 * its sales are), then imported: each sale matched to a client (email, else phone, else full name),
 * made a PURCHASE unless the book has it already, all in one transaction, or only reported (dry
 * run). The screen reads, lets the owner change the choices ({@code SalesFile.with...}), dry-runs,
 * then imports; the command line does the same in one go.
 */
public final class SalesImportService {
    /** What to do with a sale that names someone no client matches. */
    public enum NewClients {
        /** Make a client of them (client since the sale's date). */
        ADD,
        /** List the sale instead. */
        SKIP
    }

    private final BookStore store;
    private final Clock clock;
    private final Identity identity;

    public SalesImportService(BookStore store, Clock clock, Identity identity) {
        this.store = store;
        this.clock = clock;
        this.identity = identity;
    }

    /** The presets as the command line names them: shopify, square, generic. */
    public static List<String> presetNames() {
        return Arrays.stream(SalesPreset.values()).map(SalesPreset::cliName).toList();
    }

    /** The orders of day and month as the command line names them: dmy, mdy. */
    public static List<String> dateOrderNames() {
        return Arrays.stream(DateOrder.values()).map(SalesImportService::dateOrderName).toList();
    }

    /**
     * Reads a sales export, with the preset and order of day and month named as the command line
     * names them.
     *
     * @param presetName shopify, square or generic; {@code null} to recognise the file by its headers
     * @param dateOrderName dmy or mdy; {@code null} to take the order the file settles
     * @throws ServiceException naming the choices, for a name that is none of them
     */
    public SalesFile read(Path file, String encoding, String presetName, String dateOrderName) {
        SalesPreset preset = presetName == null ? null : Arrays.stream(SalesPreset.values())
                .filter(p -> p.cliName().equalsIgnoreCase(presetName.strip())).findFirst()
                .orElseThrow(() -> new ServiceException("Unknown preset \"" + presetName + "\": use "
                        + String.join(", ", presetNames()) + "."));
        DateOrder order = dateOrderName == null ? null : Arrays.stream(DateOrder.values())
                .filter(o -> dateOrderName(o).equalsIgnoreCase(dateOrderName.strip())).findFirst()
                .orElseThrow(() -> new ServiceException("Unknown date order \"" + dateOrderName
                        + "\": use dmy or mdy."));
        return readAs(file, encoding, preset, order);
    }

    /**
     * Reads a sales export.
     *
     * @param encoding {@code null} for UTF-8 (or UTF-16, recognised); e.g. "windows-1252" when the owner chose it
     * @param preset {@code null} to recognise Shopify and Square exports by their headers
     * @param dateOrder {@code null} to take the order of day and month the file settles
     */
    public SalesFile readAs(Path file, String encoding, SalesPreset preset, DateOrder dateOrder) {
        CsvContacts.Table table = CsvContacts.read(ImportedText.read(file, encoding));
        SalesPreset chosen = preset != null ? preset : SalesPreset.detect(table.headers());
        return SalesFile.of(file, table, chosen, chosen.mapping(table.headers()), dateOrder, clock.getZone());
    }

    /**
     * Imports the file's sales: all in one transaction, or nothing written when {@code dryRun}.
     *
     * @throws ServiceException when the file lacks a column the import needs, or the order of day and
     *         month must be said first ({@link SalesFile#needsDateOrder()})
     */
    public SalesReport importSales(SalesFile file, NewClients newClients, boolean dryRun) {
        Set<SaleField> missing = file.missing();
        if (!missing.isEmpty()) {
            throw new ServiceException("No column of the file holds " + missing.stream().map(SalesImportService::what)
                    .collect(Collectors.joining(" or ")) + ": choose it in the column mapping.");
        }
        if (file.needsDateOrder()) {
            throw new ServiceException(file.dateEvidence().question() + " Say whether the day or the month comes"
                    + " first.");
        }
        Function<BookTx, SalesReport> work = tx -> new SalesImport(tx, clock, identity.name(), newClients)
                .run(file, dryRun);
        return dryRun ? store.read(work::apply) : store.write(work::apply);
    }

    /** What {@code rapport import-sales} prints: what was read, then the report. */
    public record CommandRun(String read, SalesReport report) {
    }

    /**
     * {@code rapport import-sales} in one go, run alone or handed to the running app (the same
     * checks and messages either way): reads the file with the options as the command line names
     * them, then imports it, or only reports when {@code dryRun}.
     *
     * @throws ServiceException for what {@link #read} and {@link #importSales} refuse, and when the
     *         order of day and month must be said with {@code --date-order}
     */
    public CommandRun importAsCommanded(Path file, String encoding, String presetName, String dateOrderName,
            NewClients newClients, boolean dryRun) {
        SalesFile read = read(file, encoding, presetName, dateOrderName);
        if (read.needsDateOrder()) {
            throw new ServiceException(read.dateQuestion() + " Say which with --date-order dmy (day first) or mdy"
                    + " (month first); nothing was imported.");
        }
        return new CommandRun(read.describe(), importSales(read, newClients, dryRun));
    }

    private static String what(SaleField f) {
        return switch (f) {
            case DATE -> "the dates";
            case AMOUNT -> "the amounts";
            default -> "the customer (an email, a phone or a name)";
        };
    }

    /** "dmy" or "mdy", for the command line. */
    public static String dateOrderName(DateOrder order) {
        return order.name().toLowerCase(Locale.ROOT);
    }
}
