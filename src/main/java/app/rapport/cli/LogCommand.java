package app.rapport.cli;

import app.rapport.channel.LogContact;
import app.rapport.model.ExplainedException;
import app.rapport.model.Interaction;
import app.rapport.service.ContactScript;
import app.rapport.service.OpenBook;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rapport log --client ID --kind KIND [--at DATETIME] [--direction D] [--experience E]
 * [--amount A] [--summary S] [--notes N]}: one contact from a script, checked as the app's form
 * checks it; prints the new interaction's id. A bad value is exit 1 with one line, nothing written.
 */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Log one contact with a client (default: now, the kind's direction, NEUTRAL) and print its id.")
final class LogCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;
    @Mixin
    DataOption data;

    @Option(names = "--client", required = true, paramLabel = "ID", description = "The client's id, e.g. c-0001.")
    String client;

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "CALL, VISIT, MEETING, EMAIL, PURCHASE, THANK_YOU_CALL, HANDWRITTEN_NOTE, GIFT, COMPLAINT,"
                    + " REFERRAL or OTHER.")
    String kind;

    @Option(names = "--at", paramLabel = "DATETIME",
            description = "When: 2026-11-22T14:30, or a date (then noon); default now. Not in the future.")
    String at;

    @Option(names = "--direction", paramLabel = "D",
            description = "INBOUND or OUTBOUND (default: INBOUND for purchases and complaints, else OUTBOUND).")
    String direction;

    @Option(names = "--experience", paramLabel = "E", description = "POSITIVE, NEUTRAL (default) or NEGATIVE.")
    String experience;

    @Option(names = "--amount", paramLabel = "A", description = "What was spent, for a PURCHASE: 120.00.")
    String amount;

    @Option(names = "--summary", paramLabel = "S", description = "A few words: Wedding cake.")
    String summary;

    @Option(names = "--notes", paramLabel = "N", description = "Notes.")
    String notes;

    @Override
    public Integer call() {
        Path folder = root.dataFolder(data);
        boolean teamBook = root.teamBook(data).isPresent(); // written beside the apps: nothing to hand over
        Optional<JsonNode> handedOver = teamBook ? Optional.empty() : HandOver.toTheApp(folder,
                book -> LogContact.request(book, new LogContact.Contact(client, kind, at, direction, experience,
                        amount, summary, notes)), HandOver.LOG_WAIT);
        if (handedOver.isPresent()) {
            String id = handedOver.get().path(LogContact.ID).asText("");
            if (id.isBlank()) {
                throw new ExplainedException("The Rapport app that has the book open did not say the new contact's"
                        + " id: look in the app before you log it again.");
            }
            root.out.println(id);
            return Cli.OK;
        }
        Interaction logged;
        try (OpenBook book = root.openForWriting(data, "rapport log")) {
            logged = book.contacts().log(new ContactScript(client, kind, at, direction, experience, amount, summary,
                    notes), LocalDateTime.now(root.clock));
        }
        root.out.println(logged.id());
        return Cli.OK;
    }
}
