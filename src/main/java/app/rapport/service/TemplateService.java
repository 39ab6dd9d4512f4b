package app.rapport.service;

import app.rapport.letters.BuiltInTemplates;
import app.rapport.letters.MergeField;
import app.rapport.letters.TemplateText;
import app.rapport.model.FollowUpRule;
import app.rapport.model.LetterTemplate;
import app.rapport.model.RecordVersion;
import app.rapport.model.Text;
import app.rapport.store.BookStore;
import app.rapport.store.BookTx;
import java.time.Clock;
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
    private final Conflicts conflicts;

    /** Changes made here are by {@code identity}. */
    public TemplateService(BookStore store, Clock clock, Identity identity) {
        this.store = store;
        this.conflicts = new Conflicts(clock, identity);
    }

    /**
     * A template as the owner sees it in the list.
     *
     * @param version the version to save it at once edited (0 for one the book does not hold: a
     *        built-in template as Rapport ships it)
     */
    public record TemplateEntry(LetterTemplate template, boolean builtIn, boolean edited, long version) {
    }

    /** Every template: the built-in ones (as edited), then the owner's own, by title. */
    public List<TemplateEntry> all() {
        Map<String, TemplateEntry> stored = store.read(tx -> tx.letters().templates().stream()
                .collect(Collectors.toMap(LetterTemplate::name, t -> new TemplateEntry(t, false, false,
                        version(tx, t.name())), (a, b) -> a, LinkedHashMap::new)));
        List<TemplateEntry> entries = new ArrayList<>();
        for (LetterTemplate builtIn : BuiltInTemplates.all()) {
            TemplateEntry edited = stored.remove(builtIn.name());
            entries.add(edited == null ? new TemplateEntry(builtIn, true, false, 0)
                    : new TemplateEntry(edited.template(), true, true, edited.version()));
        }
        stored.values().stream().sorted(Comparator.comparing(e -> e.template().title(), String.CASE_INSENSITIVE_ORDER))
                .forEach(entries::add);
        return entries;
    }

    private static long version(BookTx tx, String name) {
        return tx.letters().templateVersion(name).map(RecordVersion::number).orElse(0L);
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

    /**
     * Saves a template as edited from {@code version} (0 for a new one, or a built-in one as
     * Rapport ships it); a body with unknown fields is refused. A built-in template saved as
     * Rapport ships it is kept no more.
     *
     * @throws ConflictException when it changed, came or went since {@code version} (nothing is saved)
     */
    public LetterTemplate save(LetterTemplate template, long version) {
        List<String> problems = problems(template.body());
        if (!problems.isEmpty()) {
            throw new ServiceException("The template has mistakes: " + String.join("; ", problems));
        }
        Optional<LetterTemplate> builtIn = BuiltInTemplates.find(template.name());
        store.writeVoid(tx -> {
            boolean saved;
            if (builtIn.isPresent() && builtIn.get().equals(template)) {
                saved = version == 0 ? tx.letters().templateVersion(template.name()).isEmpty()
                        : tx.letters().deleteTemplate(template.name(), version);
            } else {
                saved = tx.letters().saveTemplate(template, version, conflicts.by(), conflicts.now());
            }
            if (!saved) {
                throw conflict(tx, template, builtIn.isPresent());
            }
        });
        return template;
    }

    private ConflictException conflict(BookTx tx, LetterTemplate template, boolean builtIn) {
        String what = "the template \"" + template.title() + "\"";
        return tx.letters().templateVersion(template.name()).map(now -> conflicts.changed(what, now))
                .orElseGet(() -> ConflictException.changed("Someone else " + (builtIn ? "put " + what
                        + " back as Rapport wrote it" : "deleted " + what) + " while you were editing.", 0));
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
