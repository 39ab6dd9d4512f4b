package app.rapport.cli;

import app.rapport.service.BookServices;
import app.rapport.service.SalesFile;
import app.rapport.service.SalesImportService;
import app.rapport.service.SalesReport;
import app.rapport.service.ServiceException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rapport import-sales FILE.csv [--preset shopify|square|generic] [--new-clients add|skip]
 * [--date-order dmy|mdy] [--encoding E] [--dry-run]}: purchases from a till's or a shop's export,
 * each matched to a client, with a report naming every row not taken.
 */
@Command(name = "import-sales", mixinStandardHelpOptions = true,
        description = "Purchases from a till's or web shop's export (Shopify orders, Square transactions, any"
                + " spreadsheet), each matched to a client by email, else phone, else full name. A sale already in"
                + " the book is skipped, so overlapping exports can be imported again; the report names every row"
                + " not taken.")
final class ImportSalesCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;
    @Mixin
    DataOption data;

    @Parameters(paramLabel = "FILE.csv", description = "The export, as CSV.")
    Path file;

    @Option(names = "--preset", paramLabel = "PRESET", converter = Choices.SalesPreset.class,
            description = "shopify, square or generic (default: recognised from the headers).")
    String preset;

    @Option(names = "--new-clients", paramLabel = "add|skip", defaultValue = "add", converter = Choices.NewClients.class,
            description = "A sale with a name or email that no client matches: add makes a new client (client since"
                    + " the sale's date), skip lists the sale instead; default add.")
    SalesImportService.NewClients newClients;

    @Option(names = "--date-order", paramLabel = "dmy|mdy", converter = Choices.DateOrder.class,
            description = "Slashed dates the file leaves open (03/04/2026): dmy for day first, mdy for month first."
                    + " Needed only when no day over 12 settles it.")
    String dateOrder;

    @Option(names = "--encoding", paramLabel = "E", converter = Choices.Encoding.class,
            description = "The file's encoding when it is neither UTF-8 nor UTF-16 (both are recognised), e.g."
                    + " windows-1252.")
    String encoding;

    @Option(names = "--dry-run", description = "Report what would happen and change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        SalesReport report;
        try (BookServices book = BookServices.open(root.dataFolder(data), false, root.clock, "rapport import-sales")) {
            SalesFile read = book.sales().read(file, encoding, preset, dateOrder);
            if (read.needsDateOrder()) {
                throw new ServiceException(read.dateQuestion() + " Say which with --date-order dmy (day first) or mdy"
                        + " (month first); nothing was imported.");
            }
            root.out.println(read.describe());
            report = book.sales().importSales(read, newClients, dryRun);
        }
        root.out.println(report.summary());
        report.lines().forEach(line -> root.out.println("  " + Terminal.safe(line)));
        return Cli.OK;
    }
}
