package app.rapport.ui.letters;

import app.rapport.letters.Envelope;
import app.rapport.model.Interaction;
import app.rapport.service.LetterDraft;
import app.rapport.service.LetterService;
import app.rapport.service.PrintablePdf;
import app.rapport.service.PrintingService;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.Navigator;
import app.rapport.ui.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;

/**
 * The letters of a batch going out: the ones ticked are checked (a template with mistakes stops
 * them), the owner is warned of what they should know (a letter without its personal line...), the
 * pages are set in the background and sent to the printer or a PDF; then the owner says which
 * notes went out, and those are logged as handwritten notes, their follow-ups done.
 */
final class NoteBatchOutput {
    private final LetterService letters;
    private final PrintingService printing;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Navigator navigator;
    private final NoteBatchViewModel model;
    private final Label status;
    private final Runnable afterLogged;

    /**
     * @param status where the batch says how the job goes
     * @param afterLogged run once notes were logged and left the batch
     */
    NoteBatchOutput(LetterService letters, PrintingService printing, TaskRunner runner, Dialogs dialogs,
            Navigator navigator,
            NoteBatchViewModel model, Label status, Runnable afterLogged) {
        this.letters = letters;
        this.printing = printing;
        this.runner = runner;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.model = model;
        this.status = status;
        this.afterLogged = afterLogged;
    }

    /** Where the finished pages go: the printer or a file; empty when the owner cancelled. */
    private interface Destination {
        Optional<String> send(PrintablePdf paper) throws Exception;
    }

    void print() {
        output("Print", paper -> dialogs.print(paper, jobName()).map(p -> "Sent to " + p + "."));
    }

    void savePdf() {
        Optional<Path> file = dialogs.chooseFileToSave("Save the letters as PDF", "PDF documents", "pdf",
                model.included() == 1 ? "letter.pdf" : "letters.pdf");
        file.ifPresent(f -> output("Save", paper -> {
            printing.save(paper, f);
            return Optional.of("Saved to " + f + ".");
        }));
    }

    /** Checks, warns, makes the pages, sends them, then asks which notes went out. */
    private void output(String verb, Destination destination) {
        String doing = verb.toLowerCase(Locale.ROOT);
        List<LetterDraft> drafts = model.toPrint();
        if (drafts.isEmpty()) {
            dialogs.error("Nothing to " + doing, NoteBatchViewModel.NOTHING_CHOSEN);
            return;
        }
        List<String> problems = model.problems();
        if (!problems.isEmpty()) {
            dialogs.error("A template has mistakes", "These letters cannot print until their template is fixed"
                    + " (Letters screen):\n\n" + String.join("\n", problems));
            return;
        }
        Optional<Envelope> envelope = model.envelopeChosen();
        status.setText("Setting " + drafts.size() + (drafts.size() == 1 ? " letter" : " letters") + "…");
        runner.run(() -> letters.letters(drafts, envelope, false), paper -> {
            List<String> warnings = new ArrayList<>(model.warnings());
            paper.unprintableWarning().ifPresent(warnings::add);
            if (!warnings.isEmpty() && !dialogs.confirm("Before you " + doing, String.join("\n\n", warnings),
                    verb + " anyway")) {
                status.setText("");
                return;
            }
            runner.run(() -> destination.send(paper), done -> {
                if (done.isEmpty()) {
                    status.setText("Nothing printed.");
                    return;
                }
                status.setText(done.get() + " " + paper.pages() + (paper.pages() == 1 ? " page." : " pages."));
                askWritten(drafts);
            }, e -> {
                status.setText("");
                dialogs.error("Could not " + doing, ErrorMessages.plain(e));
            });
        }, e -> {
            status.setText("");
            dialogs.error("Could not set the letters", ErrorMessages.plain(e));
        });
    }

    private static String label(LetterDraft d) {
        return d.clientName() + " — " + d.template().title();
    }

    private void askWritten(List<LetterDraft> drafts) {
        List<String> labels = drafts.stream().map(NoteBatchOutput::label).toList();
        Optional<List<String>> chosen = dialogs.chooseMany(drafts.size() == 1 ? "Mark this note as written?"
                        : "Mark these notes as written?",
                "Untick any letter you did not send. Each one ticked is logged as a handwritten note in the client's"
                        + " timeline, and its follow-up is done.", labels, "Mark as written");
        if (chosen.isEmpty() || chosen.get().isEmpty()) {
            return;
        }
        List<LetterDraft> confirmed = drafts.stream().filter(d -> chosen.get().contains(label(d))).toList();
        runner.run(() -> letters.markWritten(confirmed), (List<Interaction> logged) -> {
            model.written += logged.size();
            model.removeWritten(confirmed);
            afterLogged.run();
            String message = logged.size() == 1 ? "Logged the note to " + confirmed.get(0).clientName() + "."
                    : "Logged " + logged.size() + " handwritten notes.";
            status.setText(message);
            navigator.status(message);
            navigator.bookChanged();
        }, e -> dialogs.error("Could not log the notes", ErrorMessages.plain(e)));
    }

    private String jobName() {
        List<LetterDraft> drafts = model.toPrint();
        return drafts.size() == 1 ? "Letter to " + drafts.get(0).clientName() : "Rapport: " + drafts.size()
                + " letters";
    }
}
