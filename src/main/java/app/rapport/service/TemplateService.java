package app.rapport.service;

import app.rapport.letters.BuiltInTemplates;
import app.rapport.letters.MergeField;
import app.rapport.letters.TemplateText;
import app.rapport.model.FollowUpRule;
import app.rapport.model.LetterTemplate;
import app.rapport.model.Text;
import app.rapport.store.BookStore;
import app.rapport.store.BookTx;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Letter templates: the built-in ones (as the owner edited them) and the owner's own. */
public final class TemplateService {
    public static final String BUILT_IN_CANNOT_BE_DELETED = "A built-in template cannot be deleted; reset it instead.";

    private final BookStore store;

    public TemplateService(BookStore store) {
        this.store = store;
    }

    /** A template as the owner sees it in the list. */
    public record TemplateEntry(LetterTemplate template, boolean builtIn, boolean edited) {
    }

    /** Every template: the built-in ones (as edited), then the owner's own, by title. */
    public List<TemplateEntry> all() {
        Map<String, LetterTemplate> stored = store.read(tx -> tx.letters().templates()).stream()
                .collect(Collectors.toMap(LetterTemplate::name, t -> t, (a, b) -> a, LinkedHashMap::new));
        List<TemplateEntry> entries = new ArrayList<>();
        for (LetterTemplate builtIn : BuiltInTemplates.all()) {
            LetterTemplate edited = stored.remove(builtIn.name());
            entries.add(new TemplateEntry(edited == null ? builtIn : edited, true, edited != null));
        }
        stored.values().stream().sorted(Comparator.comparing(LetterTemplate::title, String.CASE_INSENSITIVE_ORDER))
                .forEach(t -> entries.add(new TemplateEntry(t, false, false)));
        return entries;
    }

    /** The template called {@code name}, as edited. */
    public LetterTemplate get(String name) {
        return find(name).orElseThrow(() -> new ServiceException("There is no template called \"" + name
                + "\". The templates are: " + all().stream().map(e -> e.template().name())
                .collect(Collectors.joining(", ")) + "."));
    }

    private Optional<LetterTemplate> find(String name) {
        return store.read(tx -> find(tx, name));
    }

    /** The template called {@code name}, as edited, inside a transaction. */
    static Optional<LetterTemplate> find(BookTx tx, String name) {
        return tx.letters().template(name).or(() -> BuiltInTemplates.find(name));
    }

    /** The template a note for this follow-up starts from. */
    public static String templateFor(FollowUpRule rule) {
        return BuiltInTemplates.forRule(rule);
    }

    /** What is wrong in a body (unknown fields, unclosed braces), one line each; empty when none. */
    public List<String> problems(String body) {
        return TemplateText.parse(body).problems().stream().map(Object::toString).toList();
    }

    /** Every field a template may use, as written in a template, with what it holds. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (MergeField f : MergeField.values()) {
            fields.put(f.token(), f.label());
        }
        return fields;
    }

    /** Saves an edited or new template; a body with unknown fields is refused. */
    public LetterTemplate save(LetterTemplate template) {
        List<String> problems = problems(template.body());
        if (!problems.isEmpty()) {
            throw new ServiceException("The template has mistakes: " + String.join("; ", problems));
        }
        Optional<LetterTemplate> builtIn = BuiltInTemplates.find(template.name());
        store.writeVoid(tx -> {
            if (builtIn.isPresent() && builtIn.get().equals(template)) {
                tx.letters().deleteTemplate(template.name());
            } else {
                tx.letters().saveTemplate(template);
            }
        });
        return template;
    }

    /** A name for a new template from its title, not yet used ("Spring sale!" → spring-sale). */
    public String newName(String title) {
        String base = Text.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "my-template";
        }
        base = base.length() > 50 ? base.substring(0, 50).replaceAll("-+$", "") : base;
        String name = base;
        for (int n = 2; find(name).isPresent(); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** Deletes one of the owner's own templates. */
    public void delete(String name) {
        if (BuiltInTemplates.isBuiltIn(name)) {
            throw new ServiceException(BUILT_IN_CANNOT_BE_DELETED);
        }
        store.writeVoid(tx -> tx.letters().deleteTemplate(name));
    }

    /** Puts a built-in template back as Rapport ships it. */
    public LetterTemplate reset(String name) {
        LetterTemplate original = BuiltInTemplates.find(name)
                .orElseThrow(() -> new ServiceException("Only a built-in template can be reset."));
        store.writeVoid(tx -> tx.letters().deleteTemplate(name));
        return original;
    }
}
