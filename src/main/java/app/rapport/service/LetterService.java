package app.rapport.service;

import app.rapport.letters.BuiltInTemplates;
import app.rapport.letters.CallSheet;
import app.rapport.letters.Envelope;
import app.rapport.letters.LabelLayout;
import app.rapport.letters.Letter;
import app.rapport.letters.MergeField;
import app.rapport.letters.PdfPages;
import app.rapport.letters.PrintDocument;
import app.rapport.letters.Printing;
import app.rapport.letters.PrintingException;
import app.rapport.letters.TemplateText;
import app.rapport.model.Business;
import app.rapport.model.Client;
import app.rapport.model.Dates;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.LetterTemplate;
import app.rapport.model.Settings;
import app.rapport.store.BookStore;
import app.rapport.store.BookTx;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Letters: the templates (built-in, edited, the owner's own), a letter drafted for a client, the
 * PDF that previews, prints and saves, the notes due today, and the record that notes went out.
 */
public final class LetterService {
    public static final String BUILT_IN_CANNOT_BE_DELETED = "A built-in template cannot be deleted; reset it instead.";
    /** The letterhead's logo, when the owner chose one: a file in the data folder. */
    public static final List<String> LOGO_FILES = List.of("letterhead-logo.png", "letterhead-logo.jpg");

    private final BookStore store;
    private final PlanningService planning;
    private final FollowUpService followUps;
    private final Path dataFolder;
    private final Clock clock;
    private final Locale locale;

    public LetterService(BookStore store, PlanningService planning, FollowUpService followUps, Path dataFolder,
            Clock clock, Locale locale) {
        this.store = store;
        this.planning = planning;
        this.followUps = followUps;
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.locale = locale;
    }

    // ---- templates -------------------------------------------------------------------------

    /** A template as the owner sees it in the list. */
    public record TemplateEntry(LetterTemplate template, boolean builtIn, boolean edited) {
    }

    /** Every template: the built-in ones (as edited), then the owner's own, by title. */
    public List<TemplateEntry> templates() {
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

    public LetterTemplate template(String name) {
        return findTemplate(name).orElseThrow(() -> new ServiceException("There is no template called \"" + name
                + "\". The templates are: " + templates().stream().map(e -> e.template().name())
                .collect(Collectors.joining(", ")) + "."));
    }

    private Optional<LetterTemplate> findTemplate(String name) {
        Optional<LetterTemplate> stored = store.read(tx -> tx.letters().template(name));
        return stored.isPresent() ? stored : BuiltInTemplates.find(name);
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
        String base = app.rapport.model.Text.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "my-template";
        }
        base = base.length() > 50 ? base.substring(0, 50).replaceAll("-+$", "") : base;
        String name = base;
        for (int n = 2; findTemplate(name).isPresent(); n++) {
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

    /** The template a note for this follow-up starts from. */
    public static String templateFor(FollowUpRule rule) {
        return BuiltInTemplates.forRule(rule);
    }

    // ---- drafting --------------------------------------------------------------------------

    /**
     * The letter for a client: for {@code followUp} when given, else for the client's next note
     * due if there is one (which the letter then completes), else a plain note.
     */
    public LetterDraft noteFor(String clientId, FollowUp followUp) {
        FollowUp f = followUp != null ? followUp : planning.client(clientId).stream()
                .flatMap(p -> p.open().stream()).filter(o -> o.action().includesNote()).findFirst().orElse(null);
        return draft(clientId, f == null ? BuiltInTemplates.PLAIN_NOTE : templateFor(f.rule()), f);
    }

    /** The letter for a client from a saved template. */
    public LetterDraft draft(String clientId, String templateName, FollowUp followUp) {
        return draft(clientId, template(templateName), followUp);
    }

    /** The letter for a client from a template as it stands (saved or not, for the editor's preview). */
    public LetterDraft draft(String clientId, LetterTemplate template, FollowUp followUp) {
        return store.read(tx -> draft(tx, tx.settings().load(), clientId, template, followUp));
    }

    private LetterDraft draft(BookTx tx, Settings settings, String clientId, LetterTemplate template,
            FollowUp followUp) {
        Client client = tx.clients().find(clientId)
                .orElseThrow(() -> new ServiceException("There is no client " + clientId + " in the book."));
        LocalDate today = LocalDate.now(clock);
        TemplateText text = TemplateText.parse(template.body());
        Map<MergeField, String> values = values(tx, client, settings.business(), today);
        List<String> recipient = new ArrayList<>();
        recipient.add(client.displayName());
        boolean hasName = !(client.firstName().isBlank() && client.lastName().isBlank());
        if (hasName && !client.company().isBlank()) {
            recipient.add(client.company());
        }
        recipient.addAll(client.address().lines());
        return new LetterDraft(client.id(), client.displayName(), template, text.merge(values), recipient,
                client.address().isPostable(), Dates.longDate(today), "", template.pageSize(settings.paper()),
                tx.letters().lastSent(client.id(), template.name()), today,
                text.problems().stream().map(Object::toString).toList(), followUp);
    }

    private Map<MergeField, String> values(BookTx tx, Client c, Business business, LocalDate today) {
        Map<MergeField, String> v = new EnumMap<>(MergeField.class);
        v.put(MergeField.CLIENT_FIRST_NAME, c.firstName());
        v.put(MergeField.CLIENT_LAST_NAME, c.lastName());
        v.put(MergeField.CLIENT_DISPLAY_NAME, c.displayName());
        v.put(MergeField.CLIENT_GREETING_NAME, c.firstName().isBlank() ? c.displayName() : c.firstName());
        v.put(MergeField.CLIENT_COMPANY, c.company());
        v.put(MergeField.CLIENT_TITLE, c.title());
        v.put(MergeField.CLIENT_ADDRESS, String.join("\n", c.address().lines()));
        tx.interactions().forClient(c.id()).stream()
                .filter(i -> i.kind() == InteractionKind.PURCHASE)
                .max(Comparator.comparing(Interaction::at))
                .ifPresent(p -> {
                    v.put(MergeField.LAST_PURCHASE_SUMMARY, p.summary());
                    v.put(MergeField.LAST_PURCHASE_DATE, Dates.longDate(p.at().toLocalDate()));
                    if (p.amount() != null) {
                        v.put(MergeField.LAST_PURCHASE_AMOUNT, java.text.NumberFormat.getNumberInstance(locale)
                                .format(p.amount()));
                    }
                });
        tx.clients().referredBy(c.id()).stream()
                .map(ref -> tx.clients().find(ref.id()))
                .flatMap(Optional::stream)
                .max(Comparator.comparing((Client r) -> r.clientSince() == null ? LocalDate.MIN : r.clientSince())
                        .thenComparing(Client::addedAt))
                .ifPresent(r -> v.put(MergeField.REFERRED_NAME, r.displayName()));
        if (c.clientSince() != null) {
            v.put(MergeField.CLIENT_SINCE_DATE, Dates.longDate(c.clientSince()));
            int years = Period.between(c.clientSince(), today.plusDays(7)).getYears();
            v.put(MergeField.CLIENT_SINCE_YEARS, years <= 0 ? "" : years == 1 ? "a year" : years + " years");
        }
        v.put(MergeField.BUSINESS_NAME, business.name());
        v.put(MergeField.BUSINESS_ADDRESS, business.address());
        v.put(MergeField.BUSINESS_PHONE, business.phone());
        v.put(MergeField.BUSINESS_SIGNATURE, business.signature());
        v.put(MergeField.OWNER_NAME, business.ownerName());
        v.put(MergeField.TODAY, Dates.longDate(today));
        return v;
    }

    // ---- printable documents -----------------------------------------------------------

    /**
     * The letters (each followed by its envelope when {@code envelope} is given), as they print; a
     * preview shows fields with no value highlighted by name.
     */
    public PrintablePdf letters(List<LetterDraft> drafts, Optional<Envelope> envelope, boolean preview) {
        Business sender = store.read(tx -> tx.settings().load().business());
        byte[] logo = logo();
        try (PrintDocument doc = new PrintDocument(drafts.size() == 1 ? "Letter to " + drafts.get(0).clientName()
                : drafts.size() + " letters")) {
            for (LetterDraft d : drafts) {
                doc.addLetter(new Letter(sender, logo, d.recipient(), d.date(), d.merged(), d.personalLine(), d.page()),
                        preview);
                if (envelope.isPresent() && d.postable()) {
                    doc.addEnvelope(envelope.get(), sender, d.recipient());
                }
            }
            return new PrintablePdf(doc.toPdf(), doc.pageCount(), doc.unprintable());
        }
    }

    /** Refuses drafts whose template has mistakes: nothing prints with an unknown field. */
    public void checkPrintable(List<LetterDraft> drafts) {
        for (LetterDraft d : drafts) {
            if (!d.problems().isEmpty()) {
                throw new ServiceException("The template \"" + d.template().title() + "\" has mistakes, so it cannot"
                        + " print: " + String.join("; ", d.problems()));
            }
        }
    }

    /** Address labels for these clients (all active clients with an address when none are given). */
    public LabelSheet labels(LabelLayout layout, List<String> clientIds) {
        return store.read(tx -> {
            List<Client> clients = new ArrayList<>();
            if (clientIds.isEmpty()) {
                tx.clients().forEach(c -> {
                    if (!c.archived()) {
                        clients.add(c);
                    }
                });
                clients.sort(Comparator.comparing(Client::displayName, String.CASE_INSENSITIVE_ORDER));
            } else {
                for (String id : clientIds) {
                    clients.add(tx.clients().find(id)
                            .orElseThrow(() -> new ServiceException("There is no client " + id + " in the book.")));
                }
            }
            List<List<String>> addresses = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (Client c : clients) {
                if (!c.address().isPostable()) {
                    skipped.add(c.displayName());
                    continue;
                }
                List<String> lines = new ArrayList<>();
                lines.add(c.displayName());
                if (!(c.firstName().isBlank() && c.lastName().isBlank()) && !c.company().isBlank()) {
                    lines.add(c.company());
                }
                lines.addAll(c.address().lines());
                addresses.add(lines);
            }
            try (PrintDocument doc = new PrintDocument("Address labels")) {
                doc.addLabels(layout, addresses);
                return new LabelSheet(new PrintablePdf(doc.toPdf(), doc.pageCount(), doc.unprintable()), addresses.size(),
                        skipped);
            }
        });
    }

    /** Labels made, and the clients left out for want of an address. */
    public record LabelSheet(PrintablePdf pdf, int labels, List<String> skipped) {
    }

    /**
     * The day's calls (overdue and due today) with numbers, reasons and room for notes; empty when
     * no call is due, as there is nothing to print.
     */
    public Optional<PrintablePdf> callSheet() {
        var agenda = planning.agenda();
        record Sheet(Settings settings, List<CallSheet.Row> rows) {
        }
        Sheet sheet = store.read(tx -> {
            List<CallSheet.Row> rows = new ArrayList<>();
            for (FollowUp f : agenda.followUps()) {
                if (f.action().includesCall() && !f.due().isAfter(agenda.asOf())) {
                    String phones = tx.clients().find(f.clientId()).map(c -> c.phones().isEmpty() ? "no phone number"
                            : String.join(" · ", c.phones())).orElse("");
                    String due = f.due().isBefore(agenda.asOf()) ? "overdue since " + Dates.shortDate(f.due()) : "due today";
                    rows.add(new CallSheet.Row(f.clientName(), phones, f.rule().label() + ": " + f.reason(), due));
                }
            }
            return new Sheet(tx.settings().load(), rows);
        });
        if (sheet.rows().isEmpty()) {
            return Optional.empty();
        }
        try (PrintDocument doc = new PrintDocument("Calls")) {
            doc.addCallSheet(new CallSheet("Calls for " + Dates.longDate(agenda.asOf()),
                    sheet.settings().paper(), sheet.rows()));
            return Optional.of(new PrintablePdf(doc.toPdf(), doc.pageCount(), doc.unprintable()));
        }
    }

    /** The pages as pictures, for the preview. */
    public List<BufferedImage> pageImages(PrintablePdf document, float dpi) {
        return PdfPages.render(document.pdf(), dpi);
    }

    /**
     * Writes the PDF to a file, whole or not at all; never over the book or into its folders (see
     * {@link OutputTarget}).
     */
    public void save(PrintablePdf document, Path file) {
        OutputTarget.write(dataFolder, file, out -> {
            out.write(document.pdf());
            return null;
        });
    }

    /**
     * Shows the system's printer dialog and prints. Blocks: call it off the FX thread.
     *
     * @return the printer used, or empty when the owner cancelled
     */
    public Optional<String> print(PrintablePdf document, String jobName) {
        return printWithDialog(document, jobName);
    }

    /** As {@link #print}, for callers that hold no book. */
    public static Optional<String> printWithDialog(PrintablePdf document, String jobName) {
        try {
            return Printing.printWithDialog(document.pdf(), jobName);
        } catch (PrintingException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /** The largest logo file accepted. */
    public static final long MAX_LOGO_BYTES = 5L * 1024 * 1024;
    public static final String LOGO_NOT_AN_IMAGE = "The logo must be a PNG or JPEG picture.";

    /** The letterhead's logo file, when the owner chose one. */
    public Optional<Path> logoFile() {
        return LOGO_FILES.stream().map(dataFolder::resolve).filter(Files::isRegularFile).findFirst();
    }

    /** Puts a PNG or JPEG picture on the letterhead (a copy is kept in the data folder). */
    public Path setLogo(Path image) {
        try {
            long size = Files.size(image);
            if (size > MAX_LOGO_BYTES) {
                throw new ServiceException("The logo is " + size / (1024 * 1024) + " MB; choose a picture under 5 MB.");
            }
            byte[] bytes = Files.readAllBytes(image);
            String name = isPng(bytes) ? LOGO_FILES.get(0) : isJpeg(bytes) ? LOGO_FILES.get(1) : null;
            if (name == null || javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes)) == null) {
                throw new ServiceException(LOGO_NOT_AN_IMAGE);
            }
            Path target = dataFolder.resolve(name);
            Path tmp = Files.createTempFile(dataFolder, ".logo-", ".tmp");
            try {
                Files.write(tmp, bytes);
                Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            for (String other : LOGO_FILES) {
                if (!other.equals(name)) {
                    Files.deleteIfExists(dataFolder.resolve(other));
                }
            }
            return target;
        } catch (IOException e) {
            throw new ServiceException("Cannot use " + image.getFileName() + " as the logo: " + e.getMessage(), e);
        }
    }

    /** Takes the logo off the letterhead. */
    public void removeLogo() {
        try {
            for (String name : LOGO_FILES) {
                Files.deleteIfExists(dataFolder.resolve(name));
            }
        } catch (IOException e) {
            throw new ServiceException("Cannot remove the logo: " + e.getMessage(), e);
        }
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
    }

    private byte[] logo() {
        for (String name : LOGO_FILES) {
            Path file = dataFolder.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readAllBytes(file);
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }

    // ---- the day's notes -------------------------------------------------------------------

    /** A letter for each note due today or overdue, from the template that fits its rule. */
    public List<LetterDraft> notesDue() {
        var agenda = planning.agenda();
        return store.read(tx -> {
            Settings settings = tx.settings().load();
            Map<String, LetterTemplate> templates = new HashMap<>();
            List<LetterDraft> drafts = new ArrayList<>();
            for (FollowUp f : agenda.followUps()) {
                if (f.action().includesNote() && !f.due().isAfter(agenda.asOf())) {
                    LetterTemplate t = templates.computeIfAbsent(templateFor(f.rule()),
                            name -> tx.letters().template(name).or(() -> BuiltInTemplates.find(name)).orElseThrow());
                    drafts.add(draft(tx, settings, f.clientId(), t, f));
                }
            }
            return drafts;
        });
    }

    /**
     * Logs a HANDWRITTEN_NOTE for each letter the owner confirms went out (completing its
     * follow-up, if any) and remembers which template went to whom; all in one transaction.
     */
    public List<Interaction> markWritten(List<LetterDraft> written) {
        return store.write(tx -> {
            List<Interaction> logged = new ArrayList<>();
            for (LetterDraft d : written) {
                if (!tx.clients().exists(d.clientId())) {
                    throw new ServiceException(d.clientName() + " is no longer in the book.");
                }
                Interaction note = new Interaction(tx.interactions().nextId(), d.clientId(),
                        java.time.LocalDateTime.now(clock), InteractionKind.HANDWRITTEN_NOTE, null, null, null,
                        d.template().title(), d.personalLine().strip()).withBy(followUps.by());
                tx.interactions().insert(note);
                if (d.followUp() != null) {
                    followUps.recordDone(tx, d.followUp(), note.summary());
                }
                tx.letters().recordSent(note.id(), d.clientId(), d.template().name(), LocalDate.now(clock));
                logged.add(note);
            }
            return logged;
        });
    }
}
