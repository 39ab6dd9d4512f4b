package app.rapport.ui.letters;

import app.rapport.model.ClientRef;
import app.rapport.model.LetterTemplate;
import app.rapport.service.LetterDraft;
import app.rapport.service.LetterService;
import app.rapport.service.PrintablePdf;
import app.rapport.service.PrintingService;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.TaskRunner;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;

/**
 * The Letters screen's preview: the template in the editor as a client would get it, drawn in the
 * background from the very pages that print, with a word under it for each field that has no value
 * for that client (highlighted on the page).
 */
final class LetterPreview {
    static final String NO_CLIENT = "Add a client to see this letter as they would get it.";

    private final LetterService letters;
    private final PrintingService printing;
    private final TaskRunner runner;
    private final PagePreview pages;
    private final Label warnings;

    LetterPreview(LetterService letters, PrintingService printing, TaskRunner runner, ScrollPane scroll, VBox pageBox,
            Label warnings) {
        this.letters = letters;
        this.printing = printing;
        this.runner = runner;
        this.pages = new PagePreview(scroll, pageBox);
        this.warnings = warnings;
        showWarnings(List.of());
    }

    /** Draws {@code template} for {@code client}; nothing changes without a template. */
    void show(Optional<LetterTemplate> template, ClientRef client) {
        if (template.isEmpty()) {
            return;
        }
        if (client == null) {
            pages.message(NO_CLIENT);
            return;
        }
        runner.run(() -> {
            LetterDraft draft = letters.draft(client.id(), template.get(), null);
            PrintablePdf paper = letters.letters(List.of(draft), Optional.empty(), true);
            return new Drawn(draft.warnings(), PagePreview.images(printing.pageImages(paper, PagePreview.DPI)));
        }, drawn -> {
            showWarnings(drawn.warnings());
            pages.show(drawn.pages());
        }, e -> pages.message(PagePreview.CANNOT_DRAW + ErrorMessages.plain(e)));
    }

    private record Drawn(List<String> warnings, List<Image> pages) {
    }

    private void showWarnings(List<String> words) {
        warnings.setText(String.join("\n", words));
        warnings.setVisible(!words.isEmpty());
        warnings.setManaged(!words.isEmpty());
    }
}
