package app.rapport.cli;

import app.rapport.service.OpenBook;
import app.rapport.service.PlanAhead;
import app.rapport.service.demo.DemoResult;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rapport demo --clients N [--seed S] [--as-of DATE]}: fills an empty book with a sample one. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fill an empty book with N realistic sample clients and about three years of their contacts.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;
    @Mixin
    DataOption data;

    @Option(names = "--clients", required = true, paramLabel = "N", description = "How many clients.")
    int clients;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Same seed, same book (default ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    AsOfOption asOf;

    @Override
    public Integer call() {
        LocalDate end = asOf.day(root.clock);
        long started = System.nanoTime();
        DemoResult result;
        try (OpenBook book = root.openForWriting(data, "rapport demo")) {
            result = book.demo().fill(clients, seed, end);
            book.planAhead().saveAhead(PlanAhead.DAYS); // the app then opens on Today at once
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        root.out.printf("Wrote a sample book of %d clients and %d contacts (ending %s) in %.1f s.%n",
                result.clients(), result.interactions(), end, took.toMillis() / 1000.0);
        return Cli.OK;
    }
}
