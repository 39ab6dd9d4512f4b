package app.rapport.cli;

import app.rapport.service.BookSharing;
import app.rapport.service.ImportResult;
import app.rapport.service.OpenBook;
import app.rapport.service.TeamBookAddress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rapport share --to URL}: copies this book into an empty team book, all or nothing. */
@Command(name = "share", mixinStandardHelpOptions = true,
        description = "Copy this book (from --data) into an empty team book at URL, all or nothing.")
final class ShareCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;
    @Mixin
    DataOption data;

    @Option(names = "--to", paramLabel = "URL", required = true,
            description = "The team book: postgresql://HOST[:PORT]/DATABASE[?user=NAME&sslmode=MODE].")
    String to;

    @Override
    public Integer call() {
        TeamBookAddress address = root.address(to);
        ImportResult copied;
        try (OpenBook from = OpenBook.openForReading(root.dataFolder(data), root.clock, "rapport share");
                OpenBook team = root.openTeam(address, data)) {
            copied = BookSharing.share(from, team);
        }
        root.out.printf("Shared the book into the %s: %d clients and %d contacts.%n", Terminal.safe(address.describe()),
                copied.clients(), copied.interactions());
        copied.notes().forEach(note -> root.out.println("Note: " + Terminal.safe(note)));
        return Cli.OK;
    }
}
