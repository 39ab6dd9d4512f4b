package app.rapport.cli;

import app.rapport.service.ContactFile;
import app.rapport.service.ContactImportReport;
import app.rapport.service.ContactImportService;
import app.rapport.service.DuplicatePolicy;
import app.rapport.service.ImportResult;
import app.rapport.service.OpenBook;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rapport import FILE.json [--replace]}: a book into this one, all or nothing;
 * {@code rapport import FILE.csv|FILE.vcf [--preset ...] [--encoding E] [--dry-run]}: clients from a
 * spreadsheet or a contacts export, with a report.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read a book (FILE.json) into this one, all or nothing; or clients from FILE.csv or FILE.vcf,"
                + " with a report of what was added, merged and skipped.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;
    @Mixin
    DataOption data;

    @Parameters(paramLabel = "FILE", description = "A book (.json), a spreadsheet (.csv) or contacts (.vcf).")
    Path file;

    @Option(names = "--replace", description = "JSON: replace this book instead of adding to it.")
    boolean replace;

    @Option(names = "--preset", paramLabel = "PRESET", converter = Choices.Preset.class,
            description = "CSV: google, outlook, rapport (Rapport's own export) or generic (default: recognised from"
                    + " the headers).")
    String preset;

    @Option(names = "--encoding", paramLabel = "E", converter = Choices.Encoding.class,
            description = "CSV/vCard: the file's encoding when it is neither UTF-8 nor UTF-16 (both are recognised),"
                    + " e.g. " + ContactImportService.WINDOWS_1252 + "; any name Java knows.")
    String encoding;

    @Option(names = "--dry-run", description = "CSV/vCard: report what would happen and change nothing.")
    boolean dryRun;

    @Option(names = "--duplicates", paramLabel = "skip|merge|add", defaultValue = "skip",
            converter = Choices.Duplicates.class,
            description = "CSV/vCard: what to do with a client already in the book (same email, or same name and"
                    + " phone) or twice in the file; default skip.")
    DuplicatePolicy duplicates;

    @Override
    public Integer call() {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".vcf") || name.endsWith(".vcard")) {
            return importContacts();
        }
        ImportResult result;
        try (OpenBook book = root.openForWriting(data, "rapport import")) {
            result = book.transfer().importBook(file, replace);
        }
        root.out.printf("%s %d clients and %d contacts from %s.%n", replace ? "Replaced the book with" : "Imported",
                result.clients(), result.interactions(), Terminal.safe(file.toString()));
        result.notes().forEach(note -> root.out.println("Note: " + Terminal.safe(note)));
        return Cli.OK;
    }

    private int importContacts() {
        DuplicatePolicy policy = duplicates;
        ContactImportReport report;
        try (OpenBook book = root.openForWriting(data, "rapport import")) {
            ContactFile read = book.contactImport().read(file, encoding, preset);
            root.out.println(read.describe());
            report = book.contactImport().importContacts(read, d -> policy, dryRun);
        }
        root.out.println(report.summary());
        report.lines().forEach(line -> root.out.println("  " + Terminal.safe(line)));
        return Cli.OK;
    }
}
