package app.rapport.cli;

import app.rapport.service.BackupService;
import app.rapport.service.OpenBook;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rapport backup [--to DIR]}: a verified copy of the book now; prints its path. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Take a verified copy of the book now and print its path.")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;
    @Mixin
    DataOption data;

    @Option(names = "--to", paramLabel = "DIR", description = "Where to put it (default: the backup folder).")
    Path to;

    @Override
    public Integer call() {
        root.refuseOnTeamBook(data, "A team book is backed up by its server: ask whoever runs it (pg_dump makes a"
                + " copy), or write a JSON copy here with: rapport export FILE.json --book URL");
        try (OpenBook book = OpenBook.open(root.dataFolder(data), false, root.clock, "rapport backup")) {
            BackupService backups = book.fileBackups().orElseThrow();
            Path written = to == null ? backups.backupNow() : backups.backupTo(to, false);
            root.out.println(written.toAbsolutePath());
        }
        return Cli.OK;
    }
}
