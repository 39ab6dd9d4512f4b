package app.rapport.cli;

import app.rapport.model.BookStats;
import app.rapport.service.OpenBook;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code rapport stats}: the book's counts as JSON. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Print the book's counts as JSON.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;
    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        BookStats s;
        try (OpenBook book = root.openForReading(data, "rapport stats")) {
            s = book.stats();
        }
        root.out.printf("{\"clients\": %d, \"activeClients\": %d, \"interactions\": %d, \"openFollowUps\": %d}%n",
                s.clients(), s.activeClients(), s.interactions(), s.openFollowUps());
        return 0;
    }
}
