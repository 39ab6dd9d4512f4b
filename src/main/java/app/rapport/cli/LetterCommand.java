package app.rapport.cli;

import app.rapport.service.LetterDraft;
import app.rapport.service.LetterService;
import app.rapport.service.OpenBook;
import app.rapport.service.OutputTarget;
import app.rapport.service.PrintablePdf;
import app.rapport.service.ServiceException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rapport letter --client ID [--template NAME] --out FILE.pdf}: one letter, exactly as it prints. */
@Command(name = "letter", mixinStandardHelpOptions = true,
        description = "Write the letter for one client to a PDF, exactly as it would print.")
final class LetterCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;
    @Mixin
    DataOption data;

    @Option(names = "--client", required = true, paramLabel = "ID", description = "The client's id.")
    String client;

    @Option(names = "--template", paramLabel = "NAME",
            description = "The template (default: the one that fits the client's note due, else plain-note).")
    String template;

    @Option(names = "--line", paramLabel = "TEXT", description = "A personal line printed after the letter.")
    String line;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    Path out;

    @Override
    public Integer call() {
        try (OpenBook book = root.openForReading(data, "rapport letter")) {
            LetterService letters = book.letters();
            OutputTarget.check(book.dataFolder(), out); // before the letter is made: the save checks again
            if (book.clients().find(client).isEmpty()) {
                throw new ServiceException("There is no client " + client + " in the book.");
            }
            LetterDraft draft = (template == null ? letters.noteFor(client, null)
                    : letters.draft(client, template, null))
                    .withPersonalLine(line);
            letters.checkPrintable(List.of(draft));
            PrintablePdf document = letters.letters(List.of(draft), Optional.empty(), false);
            draft.warnings().forEach(w -> root.err.println("rapport: warning: " + Terminal.safe(w)));
            document.unprintableWarning().ifPresent(w -> root.err.println("rapport: warning: " + Terminal.safe(w)));
            book.printing().save(document, out);
            root.out.printf("Wrote the \"%s\" letter to %s (%d page%s) to %s.%n",
                    Terminal.safe(draft.template().title()),
                    Terminal.safe(draft.clientName()), document.pages(), document.pages() == 1 ? "" : "s", out);
        }
        return Cli.OK;
    }
}
