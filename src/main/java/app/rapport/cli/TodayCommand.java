package app.rapport.cli;

import app.rapport.model.Agenda;
import app.rapport.model.Bucket;
import app.rapport.model.FollowUp;
import app.rapport.service.OpenBook;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rapport today [--as-of DATE] [--json]}: the agenda, as text for people or JSON for programs. */
@Command(name = "today", mixinStandardHelpOptions = true,
        description = "Print the follow-ups due by a date: overdue, today, and the coming week.")
final class TodayCommand implements Callable<Integer> {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    @ParentCommand
    RapportCommand root;
    @Mixin
    DataOption data;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--json", description = "Print the agenda JSON of FORMATS.md.")
    boolean json;

    @Override
    public Integer call() {
        LocalDate day = asOf.day(root.clock);
        try (OpenBook book = root.openForReading(data, "rapport today")) {
            Agenda agenda = book.planning().agenda(day);
            if (json) {
                book.planning().writeJson(agenda, root.out);
                root.out.flush();
            } else {
                printText(day, agenda.followUps());
            }
        }
        return Cli.OK;
    }

    private void printText(LocalDate day, List<FollowUp> followUps) {
        root.out.printf("Follow-ups for %s: %s%n", DAY.format(day),
                followUps.isEmpty() ? "all caught up." : followUps.size() + " to do.");
        for (Bucket bucket : Bucket.values()) {
            List<FollowUp> in = followUps.stream().filter(f -> f.bucket(day) == bucket).toList();
            if (in.isEmpty()) {
                continue;
            }
            root.out.printf("%n%s (%d)%n", bucket.label(), in.size());
            for (FollowUp f : in) {
                root.out.printf("  %-10s %-24s %-24s %s%n", SHORT.format(f.due()), Terminal.safe(f.clientName()),
                        f.action().label(), Terminal.safe(f.reason()));
            }
        }
    }
}
