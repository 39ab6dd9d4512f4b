package app.rapport.cli;

import app.rapport.service.OpenBook;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code rapport check}: the book's integrity; exit 0 when sound, 1 with the reason when not. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the book's integrity: exit 0 when sound, 1 with the reason when not.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;
    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        root.refuseOnTeamBook(data, "A team book's soundness is its server's to check: ask whoever runs it"
                + " (PostgreSQL checks every page it reads).");
        try (OpenBook book = OpenBook.openForReading(root.dataFolder(data), root.clock, "rapport check")) {
            Optional<String> problem = book.fileBackups().orElseThrow().check();
            if (problem.isPresent()) {
                root.err.println("rapport: the book " + book.bookFile() + " is damaged: " + problem.get());
                Cli.suggestRestore(root.dataFolder(data), root.err);
                return Cli.BAD_INPUT;
            }
            root.out.println("The book " + book.bookFile() + " is sound.");
        }
        return Cli.OK;
    }
}
