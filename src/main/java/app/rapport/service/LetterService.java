package app.rapport.service;

import app.rapport.letters.BuiltInTemplates;
import app.rapport.letters.Envelope;
import app.rapport.letters.Letter;
import app.rapport.letters.MergeField;
import app.rapport.letters.PrintDocument;
import app.rapport.letters.TemplateText;
import app.rapport.model.Agenda;
import app.rapport.model.Business;
import app.rapport.model.Client;
import app.rapport.model.Dates;
import app.rapport.model.FollowUp;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.LetterTemplate;
import app.rapport.model.Settings;
import app.rapport.store.BookStore;
import app.rapport.store.BookTx;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Letters to clients: a letter drafted for a client from a template, the letters as they print
 * (with the letterhead, and envelopes), the notes due today, and the record that notes went out.
 */
public final class LetterService {
    private final BookStore store;
    private final PlanningService planning;
    private final FollowUpService followUps;
    private final TemplateService templates;
    private final LetterheadService letterhead;
    private final Clock clock;
    private final Locale locale;

    public LetterService(BookStore store, PlanningService planning, FollowUpService followUps,
            TemplateService templates, LetterheadService letterhead, Clock clock, Locale locale) {
        this.store = store;
        this.planning = planning;
        this.followUps = followUps;
        this.templates = templates;
        this.letterhead = letterhead;
        this.clock = clock;
        this.locale = locale;
    }

    // ---- drafting --------------------------------------------------------------------------

    /**
     * The letter for a client: for {@code followUp} when given, else for the client's next note
     * due if there is one (which the letter then completes), else a plain note.
     */
    public LetterDraft noteFor(String clientId, FollowUp followUp) {
        FollowUp f = followUp != null ? followUp : planning.client(clientId).stream()
                .flatMap(p -> p.open().stream()).filter(o -> o.action().includesNote()).findFirst().orElse(null);
        return draft(clientId, f == null ? BuiltInTemplates.PLAIN_NOTE : TemplateService.templateFor(f.rule()), f);
    }

    /** The letter for a client from a saved template. */
    public LetterDraft draft(String clientId, String templateName, FollowUp followUp) {
        return draft(clientId, templates.get(templateName), followUp);
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
        return new LetterDraft(client.id(), client.displayName(), template, text.merge(values), recipient(client),
                client.address().isPostable(), Dates.longDate(today), "", template.pageSize(settings.paper()),
                tx.letters().lastSent(client.id(), template.name()), today,
                text.problems().stream().map(Object::toString).toList(), followUp);
    }

    /** The lines a letter, an envelope or a label is addressed with: the name, the company, the address. */
    static List<String> recipient(Client client) {
        List<String> lines = new ArrayList<>();
        lines.add(client.displayName());
        boolean hasName = !(client.firstName().isBlank() && client.lastName().isBlank());
        if (hasName && !client.company().isBlank()) {
            lines.add(client.company());
        }
        lines.addAll(client.address().lines());
        return lines;
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
                        v.put(MergeField.LAST_PURCHASE_AMOUNT,
                                NumberFormat.getNumberInstance(locale).format(p.amount()));
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

    // ---- the letters as they print ---------------------------------------------------------

    /**
     * The letters (each followed by its envelope when {@code envelope} is given), as they print; a
     * preview shows fields with no value highlighted by name.
     */
    public PrintablePdf letters(List<LetterDraft> drafts, Optional<Envelope> envelope, boolean preview) {
        Business sender = store.read(tx -> tx.settings().load().business());
        byte[] logo = letterhead.logo();
        try (PrintDocument doc = new PrintDocument(drafts.size() == 1 ? "Letter to " + drafts.get(0).clientName()
                : drafts.size() + " letters")) {
            for (LetterDraft d : drafts) {
                doc.addLetter(new Letter(sender, logo, d.recipient(), d.date(), d.merged(), d.personalLine(), d.page()),
                        preview);
                if (envelope.isPresent() && d.postable()) {
                    doc.addEnvelope(envelope.get(), sender, d.recipient());
                }
            }
            return PrintablePdf.of(doc);
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

    // ---- the day's notes -------------------------------------------------------------------

    /** A letter for each note due today or overdue, from the template that fits its rule. */
    public List<LetterDraft> notesDue() {
        Agenda agenda = planning.agenda();
        return store.read(tx -> {
            Settings settings = tx.settings().load();
            Map<String, LetterTemplate> byName = new HashMap<>();
            List<LetterDraft> drafts = new ArrayList<>();
            for (FollowUp f : agenda.followUps()) {
                if (f.action().includesNote() && !f.due().isAfter(agenda.asOf())) {
                    LetterTemplate t = byName.computeIfAbsent(TemplateService.templateFor(f.rule()),
                            name -> TemplateService.find(tx, name).orElseThrow());
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
                if (d.followUp() != null) {
                    followUps.checkStillOpen(tx, d.followUp()); // another computer may have written it meanwhile
                }
                Interaction note = new Interaction(tx.interactions().nextId(), d.clientId(), LocalDateTime.now(clock),
                        InteractionKind.HANDWRITTEN_NOTE, null, null, null, d.template().title(),
                        d.personalLine().strip()).withBy(followUps.by());
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
