package app.rapport.ui.letters;

import app.rapport.model.ClientRef;
import app.rapport.model.LetterTemplate;
import app.rapport.model.PageSize;
import app.rapport.service.TemplateService.TemplateEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Letters screen's state: the template in the editor, as saved and as the owner has it now;
 * the mistakes in its body, whether it can be saved and the words beside Save; and the clients a
 * preview can be for, with the one it is for.
 */
final class LettersViewModel {
    static final String OWNERS_PAPER = "Your letter paper (Settings)";
    /** A new template's body: a greeting and the signature, with room between for the letter. */
    static final String NEW_BODY = "Dear {{client.greetingName}},\n\n\n\n{{business.signature}}";
    static final String NOT_SAVED = "Not saved";

    /** A paper choice: a size, or the owner's letter paper (null). */
    record PaperChoice(PageSize size) {
        @Override
        public String toString() {
            return size == null ? OWNERS_PAPER : size.label();
        }
    }

    /** The owner's letter paper, then every size. */
    static final List<PaperChoice> PAPERS = Stream.concat(Stream.of(new PaperChoice(null)),
            Stream.of(PageSize.values()).map(PaperChoice::new)).toList();

    final StringProperty title = new SimpleStringProperty("");
    final StringProperty body = new SimpleStringProperty("");
    final ObjectProperty<PaperChoice> paper = new SimpleObjectProperty<>();
    final ObjectProperty<ClientRef> previewClient = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<TemplateEntry> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper savedWords = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(false);
    private final Function<String, List<String>> mistakes;
    private final List<ClientRef> clients = new ArrayList<>();
    private Runnable edited = () -> { };
    /** Set while a template is put in the editor, so that it does not count as the owner's edit. */
    private boolean loading;

    /** @param mistakes a body's mistakes in words (an unknown field...); empty when it has none */
    LettersViewModel(Function<String, List<String>> mistakes) {
        this.mistakes = mistakes;
        title.addListener((o, was, now) -> onEdit());
        body.addListener((o, was, now) -> onEdit());
        paper.addListener((o, was, now) -> onEdit());
    }

    /** Runs {@code then} after each edit the owner makes to the template in the editor. */
    void whenEdited(Runnable then) {
        edited = then;
    }

    /** Puts a template in the editor, as saved. */
    void show(TemplateEntry entry) {
        shown.set(entry);
        loading = true;
        try {
            title.set(entry.template().title());
            body.set(entry.template().body());
            paper.set(new PaperChoice(entry.template().paper()));
        } finally {
            loading = false;
        }
        savedWords.set(entry.builtIn() ? entry.edited() ? "Built in, edited by you" : "Built in" : "Yours");
        check();
    }

    /** Empties the editor's idea of what is saved, before the list is read again after a save or a change. */
    void forget() {
        shown.set(null);
    }

    private void onEdit() {
        if (loading || shown.get() == null) {
            return;
        }
        check();
        savedWords.set(isDirty() ? NOT_SAVED : "");
        edited.run();
    }

    private void check() {
        List<String> found = mistakes.apply(body.get());
        problems.set(String.join("\n", found));
        canSave.set(found.isEmpty() && !title.get().isBlank() && isDirty());
    }

    /** The template as the editor holds it, saved or not; empty with nothing shown, or no title. */
    Optional<LetterTemplate> current() {
        TemplateEntry entry = shown.get();
        if (entry == null || title.get().isBlank()) {
            return Optional.empty();
        }
        PaperChoice choice = paper.get();
        return Optional.of(new LetterTemplate(entry.template().name(), title.get(), body.get(),
                choice == null ? null : choice.size()));
    }

    /** Whether the editor holds changes not saved yet. */
    boolean isDirty() {
        TemplateEntry entry = shown.get();
        return entry != null && current().map(t -> !t.equals(entry.template())).orElse(true);
    }

    /** Whether the changes could be saved: a title, and no mistakes in the body. */
    boolean couldBeSaved() {
        return !title.get().isBlank() && mistakes.apply(body.get()).isEmpty();
    }

    /**
     * The template to open once the list is read: the one named {@code name}, else the first;
     * empty when the list is empty.
     */
    static Optional<TemplateEntry> toOpen(List<TemplateEntry> entries, String name) {
        return entries.stream().filter(e -> e.template().name().equals(name)).findFirst()
                .or(() -> entries.stream().findFirst());
    }

    /** Whether the owner's unsaved edits stay in the editor when {@code chosen} is the template they edit. */
    boolean keepsEdits(TemplateEntry chosen) {
        return isDirty() && chosen.template().name().equals(shown.get().template().name());
    }

    /**
     * The clients a preview can be for; the first becomes the one it is for, when none was.
     *
     * @return the client chosen so, to show in the preview's field
     */
    Optional<ClientRef> clients(List<ClientRef> refs) {
        clients.clear();
        clients.addAll(refs);
        if (previewClient.get() == null && !clients.isEmpty()) {
            previewClient.set(clients.get(0));
            return Optional.of(clients.get(0));
        }
        return Optional.empty();
    }

    /** The clients a preview can be for, as the preview's field offers them while the owner types. */
    List<ClientRef> clientList() {
        return Collections.unmodifiableList(clients);
    }

    /** The client with exactly this name (case aside). */
    Optional<ClientRef> named(String typed) {
        return clients.stream().filter(r -> r.displayName().equalsIgnoreCase(typed.strip())).findFirst();
    }

    ReadOnlyObjectProperty<TemplateEntry> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    TemplateEntry shown() {
        return shown.get();
    }

    /** The body's mistakes, one a line; "" when there are none. */
    ReadOnlyStringProperty problems() {
        return problems.getReadOnlyProperty();
    }

    /** Beside Save: where the template comes from, or that it is not saved. */
    ReadOnlyStringProperty savedWords() {
        return savedWords.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canSave() {
        return canSave.getReadOnlyProperty();
    }
}
