package app.rapport.cli;

import app.rapport.service.ImportResult;
import app.rapport.service.BookServices;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rapport import FILE.json [--replace]}: a book into this one, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read a book (FILE.json) into this one; all or nothing.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;
    @Mixin
    DataOption data;

    @Parameters(paramLabel = "FILE.json", description = "The book to read.")
    Path file;

    @Option(names = "--replace", description = "Replace this book instead of adding to it.")
    boolean replace;

    @Override
    public Integer call() {
        ImportResult result;
        try (BookServices book = BookServices.open(root.dataFolder(data), false, root.clock, "rapport import")) {
            result = book.transfer().importBook(file, replace);
        }
        root.out.printf("%s %d clients and %d contacts from %s.%n", replace ? "Replaced the book with" : "Imported",
                result.clients(), result.interactions(), file);
        result.notes().forEach(note -> root.out.println("Note: " + note));
        return Cli.OK;
    }
}
