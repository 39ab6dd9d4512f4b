package app.rapport.cli;

import app.rapport.channel.ImportSales;
import app.rapport.service.OpenBook;
import app.rapport.service.SalesImportService;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rapport import-sales FILE.csv [--preset shopify|square|generic] [--new-clients add|skip]
 * [--date-order dmy|mdy] [--encoding E] [--dry-run]}: purchases from a till's or a shop's export,
 * each matched to a client, with a report naming every row not taken. While the app has the book
 * open, the import is handed to it ({@link HandOver}): the app reads the file and replies with the
 * report.
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

    @Option(names = "--new-clients", paramLabel = "add|skip", defaultValue = "add",
            converter = Choices.NewClients.class,
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
        Path folder = root.dataFolder(data);
        Path path = file.toAbsolutePath(); // the app's working folder is another: the same path either way
        boolean teamBook = root.teamBook(data).isPresent(); // written beside the apps: nothing to hand over
        Optional<JsonNode> handedOver = teamBook ? Optional.empty() : HandOver.toTheApp(folder,
                book -> ImportSales.request(book, new ImportSales.Order(path.toString(), encoding, preset, dateOrder,
                        newClients.name().toLowerCase(Locale.ROOT), dryRun)), HandOver.IMPORT_WAIT);
        if (handedOver.isPresent()) {
            ImportSales.Report report = ImportSales.report(handedOver.get());
            print(report.read(), report.summary(), report.lines());
            return Cli.OK;
        }
        SalesImportService.CommandRun run;
        try (OpenBook book = root.openForWriting(data, "rapport import-sales")) {
            run = book.sales().importAsCommanded(path, encoding, preset, dateOrder, newClients, dryRun);
        }
        print(run.read(), run.report().summary(), run.report().lines());
        return Cli.OK;
    }

    private void print(String read, String summary, List<String> lines) {
        root.out.println(read);
        root.out.println(summary);
        lines.forEach(line -> root.out.println("  " + Terminal.safe(line)));
    }
}
