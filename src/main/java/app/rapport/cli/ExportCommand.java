package app.rapport.cli;

import app.rapport.service.ExportResult;
import app.rapport.service.OpenBook;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rapport export FILE.json|FILE.csv|FILE.vcf|FILE.ics}: the whole book as JSON; clients as
 * CSV or vCard 4.0; the open follow-ups of the next 30 days as iCalendar.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the whole book to FILE.json;"
        + " the clients to FILE.csv or FILE.vcf (vCard 4.0); the follow-ups of the next 30 days to FILE.ics.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;
    @Mixin
    DataOption data;

    @Parameters(paramLabel = "FILE", description = "Where to write: .json, .csv, .vcf or .ics.")
    Path file;

    @picocli.CommandLine.Option(names = "--bom", description = "CSV: start with a byte-order mark, for Excel.")
    boolean bom;

    @Override
    public Integer call() {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".vcf") || name.endsWith(".ics")) {
            try (OpenBook book = root.openForReading(data, "rapport export")) {
                if (name.endsWith(".csv")) {
                    root.out.printf("Exported %d clients to %s.%n", book.contactExport().exportCsv(file, bom), file);
                } else if (name.endsWith(".vcf")) {
                    root.out.printf("Exported %d clients to %s.%n", book.contactExport().exportVcard(file), file);
                } else {
                    root.out.printf("Exported %d follow-ups of the next 30 days to %s.%n",
                            book.contactExport().exportCalendar(file), file);
                }
            }
            return Cli.OK;
        }
        ExportResult result;
        try (OpenBook book = root.openForReading(data, "rapport export")) {
            result = book.transfer().exportBook(file);
        }
        root.out.printf("Exported %d clients and %d contacts to %s.%n", result.clients(), result.interactions(), file);
        return Cli.OK;
    }
}
