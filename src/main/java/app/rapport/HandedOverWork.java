package app.rapport;

import app.rapport.channel.ChannelServer;
import app.rapport.channel.ImportSales;
import app.rapport.channel.LogContact;
import app.rapport.cli.Cli;
import app.rapport.model.Client;
import app.rapport.model.ExplainedException;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.InvalidValueException;
import app.rapport.service.ContactScript;
import app.rapport.service.OpenBook;
import app.rapport.service.SalesImportService;
import app.rapport.service.SalesImportService.NewClients;
import app.rapport.service.ServiceException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work a command hands to the running app ({@code rapport log}, {@code rapport import-sales}
 * while the app has the book open): done on the channel's thread with the app's own book, by the
 * same service code as the command run alone, so with the same checks and the same one-line
 * messages; then shown at once, as a change made in the app is, with a line for the status bar.
 */
final class HandedOverWork {
    private static final Logger LOG = LoggerFactory.getLogger(HandedOverWork.class);

    private final Supplier<OpenBook> book;
    private final Clock clock;
    private final Consumer<String> changed;

    /**
     * @param book the book the channel answers for (the app's own, as it is open now)
     * @param changed told, on the channel's thread, that the book changed, in words for the status bar
     */
    HandedOverWork(Supplier<OpenBook> book, Clock clock, Consumer<String> changed) {
        this.book = book;
        this.clock = clock;
        this.changed = changed;
    }

    /** The requests: {@code log} and {@code import-sales}. */
    List<ChannelServer.Handler> handlers() {
        return List.of(new LogContact(c -> asTheCommandWould(() -> log(c))),
                new ImportSales(o -> asTheCommandWould(() -> importSales(o))));
    }

    private String log(LogContact.Contact c) {
        OpenBook open = open();
        Interaction logged = open.contacts().log(new ContactScript(c.client(), c.kind(), c.at(), c.direction(),
                c.experience(), c.amount(), c.summary(), c.notes()), LocalDateTime.now(clock));
        String who = open.clients().find(logged.clientId()).map(Client::displayName)
                .orElse(logged.clientId());
        changed.accept("Logged " + what(logged.kind()) + " for " + who + " from a script.");
        return logged.id();
    }

    /** "a purchase", "an email", "a contact" (for OTHER). */
    static String what(InteractionKind kind) {
        return switch (kind) {
            case EMAIL -> "an email";
            case OTHER -> "a contact";
            default -> "a " + kind.label().toLowerCase(Locale.ROOT);
        };
    }

    private ImportSales.Report importSales(ImportSales.Order o) {
        SalesImportService.CommandRun run = open().sales().importAsCommanded(Path.of(o.file()), o.encoding(),
                o.preset(), o.dateOrder(), newClients(o.newClients()), o.dryRun());
        if (!o.dryRun() && (run.report().purchases() > 0 || run.report().newClients() > 0)) {
            changed.accept("Imported sales from a script: " + run.report().summary());
        }
        return new ImportSales.Report(run.read(), run.report().summary(), run.report().lines());
    }

    private static NewClients newClients(String name) {
        if (name == null) {
            return NewClients.ADD;
        }
        for (NewClients n : NewClients.values()) {
            if (n.name().equalsIgnoreCase(name.strip())) {
                return n;
            }
        }
        throw new ServiceException("Unknown new-clients choice \"" + name + "\": use add or skip.");
    }

    private OpenBook open() {
        OpenBook open = book.get();
        if (open == null) {
            throw new ServiceException("The Rapport app is opening the book again: try again in a moment.");
        }
        return open;
    }

    /**
     * Runs {@code work}; a failure nobody expected is said as the command says it, the details in
     * the log (never the libraries' words on the other end's terminal).
     */
    private static <T> T asTheCommandWould(Supplier<T> work) {
        try {
            return work.get();
        } catch (ExplainedException | InvalidValueException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("Work handed over by a command failed unexpectedly", e);
            throw new IllegalStateException(Cli.UNEXPECTED, e);
        }
    }
}
