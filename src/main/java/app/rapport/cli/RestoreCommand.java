package app.rapport.cli;

import app.rapport.service.RestoreService;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rapport restore BACKUP.db}: replaces the book with a verified backup, after backing up the current one. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the book with a verified backup, after backing up the current one"
                + " (a damaged book is kept aside as rapport.db.corrupt-<time>).")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;
    @Mixin
    DataOption data;

    @Parameters(paramLabel = "BACKUP.db", description = "The backup to restore.")
    Path backup;

    @Override
    public Integer call() {
        root.refuseOnTeamBook(data, "A team book is restored on its server, by whoever runs it; to put a JSON book"
                + " into it, use: rapport import FILE.json --replace --book URL");
        RestoreService.Restored done = RestoreService.restore(root.dataFolder(data), backup, root.clock,
                "rapport restore");
        done.previousBackedUp().ifPresent(p -> root.out.println("The book as it was is backed up to " + p + "."));
        done.damagedKeptAs().ifPresent(p -> root.out.println("The damaged book is kept as " + p + "."));
        root.out.println("Restored the book from " + backup + ".");
        return Cli.OK;
    }
}
