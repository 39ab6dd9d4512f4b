package app.rapport.ui.letters;

import app.rapport.model.LetterTemplate;
import app.rapport.service.TemplateService;
import app.rapport.service.TemplateService.TemplateEntry;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.Navigator;
import app.rapport.ui.SaveConflicts;
import app.rapport.ui.TaskRunner;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The Letters screen's changes to its templates, each in the background: save, reset, delete and
 * create. After each, the list is read again and shown with the template to open. A save that
 * someone else's change came before keeps the owner's edits in the editor and asks what to do with
 * them ({@link SaveConflicts}).
 */
final class TemplateChanges {
    private final TemplateService templates;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Navigator navigator;
    private final BiConsumer<List<TemplateEntry>, String> show;

    /** @param show shows the list read again, with the template of the name given open (the first when null) */
    TemplateChanges(TemplateService templates, TaskRunner runner, Dialogs dialogs, Navigator navigator,
            BiConsumer<List<TemplateEntry>, String> show) {
        this.templates = templates;
        this.runner = runner;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.show = show;
    }

    /** Saves {@code t} as edited from {@code version}, then opens {@code select}. */
    void save(LetterTemplate t, long version, String select) {
        change(() -> templates.save(t, version), select,
                () -> navigator.status("Saved the template \"" + t.title() + "\"."),
                e -> {
                    if (!SaveConflicts.ask(e, dialogs, current -> save(t, current, select),
                            () -> change(() -> { }, t.name(), "Could not read the templates", () -> { }))) {
                        dialogs.error("The template was not saved", ErrorMessages.plain(e));
                    }
                });
    }

    void reset(String name) {
        change(() -> templates.reset(name), name, "The template was not reset", () -> { });
    }

    void delete(String name) {
        change(() -> templates.delete(name), null, "The template was not deleted", () -> { });
    }

    /** Creates a template with this title and the new template's body, opens it, then runs {@code then}. */
    void create(String title, Runnable then) {
        runner.run(() -> {
            LetterTemplate t = new LetterTemplate(templates.newName(title), title, LettersViewModel.NEW_BODY, null);
            templates.save(t, 0);
            return new Created(t.name(), templates.all());
        }, created -> {
            show.accept(created.entries(), created.name());
            then.run();
        }, e -> dialogs.error("The template was not created", ErrorMessages.plain(e)));
    }

    private record Created(String name, List<TemplateEntry> entries) {
    }

    /**
     * Changes the templates in the background, then shows the list again with {@code select} open
     * (and says so with {@code done}); a failure is said under the title {@code failure}.
     */
    private void change(Runnable work, String select, String failure, Runnable done) {
        change(work, select, done, e -> dialogs.error(failure, ErrorMessages.plain(e)));
    }

    private void change(Runnable work, String select, Runnable done, Consumer<Throwable> failed) {
        runner.run(() -> {
            work.run();
            return templates.all();
        }, entries -> {
            done.run();
            show.accept(entries, select);
        }, failed);
    }
}
