package app.rapport.cli;

import app.rapport.letters.LabelLayout;
import app.rapport.service.OpenBook;
import app.rapport.service.OutputTarget;
import app.rapport.service.ServiceException;
import app.rapport.service.SheetService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rapport labels [--layout ...] [--client ID]... --out FILE.pdf}: address labels. */
@Command(name = "labels", mixinStandardHelpOptions = true,
        description = "Write address labels to a PDF: the clients named, or every active client with an address.")
final class LabelsCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;
    @Mixin
    DataOption data;

    @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "avery-5160", converter = Choices.Layout.class,
            description = "avery-5160 (US Letter, 30 a sheet) or avery-l7160 (A4, 21 a sheet); default "
                    + "${DEFAULT-VALUE}.")
    String layout;

    @Option(names = "--client", paramLabel = "ID", description = "A client to print (repeat for more).")
    List<String> clients = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    Path out;

    @Override
    public Integer call() {
        LabelLayout sheet = LabelLayout.byId(layout)
                .orElseThrow(() -> new ServiceException("There is no label layout \""
                + layout + "\". Use " + Arrays.stream(LabelLayout.values()).map(LabelLayout::id)
                .collect(Collectors.joining(" or ")) + "."));
        try (OpenBook book = root.openForReading(data, "rapport labels")) {
            OutputTarget.check(book.dataFolder(), out); // before the sheet is made: the save checks again
            SheetService.LabelSheet labels = book.sheets().labels(sheet, clients);
            if (!labels.skipped().isEmpty()) {
                root.err.println("rapport: no postal address, skipped: "
                        + Terminal.safe(String.join(", ", labels.skipped())));
            }
            labels.pdf().unprintableWarning().ifPresent(w -> root.err.println("rapport: warning: " + Terminal.safe(w)));
            if (labels.labels() == 0) {
                throw new ServiceException("None of these clients has a postal address: no labels written.");
            }
            book.printing().save(labels.pdf(), out);
            root.out.printf("Wrote %d label%s on %d sheet%s (%s) to %s.%n", labels.labels(),
                    labels.labels() == 1 ? "" : "s", labels.pdf().pages(), labels.pdf().pages() == 1 ? "" : "s",
                    sheet.label(), out);
        }
        return Cli.OK;
    }
}
