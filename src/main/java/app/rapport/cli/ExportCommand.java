package app.rapport.cli;

import app.rapport.service.ExportResult;
import app.rapport.service.BookServices;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rapport export FILE.json}: the whole book as JSON. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the whole book to FILE.json.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;
    @Mixin
    DataOption data;

    @Parameters(paramLabel = "FILE.json", description = "Where to write the book.")
    Path file;

    @Override
    public Integer call() {
        ExportResult result;
        try (BookServices book = BookServices.openForReading(root.dataFolder(data), root.clock, "rapport export")) {
            result = book.transfer().exportBook(file);
        }
        root.out.printf("Exported %d clients and %d contacts to %s.%n", result.clients(), result.interactions(), file);
        return Cli.OK;
    }
}
