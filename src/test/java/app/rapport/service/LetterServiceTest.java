package app.rapport.service;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.letters.Envelope;
import app.rapport.model.Address;
import app.rapport.model.Business;
import app.rapport.model.Experience;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.LetterTemplate;
import app.rapport.model.PageSize;
import app.rapport.model.Settings;
import app.rapport.store.SqliteBookStore;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates, a client's letter, the notes due and marking them written, the call sheet, the logo. */
class LetterServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC);
    static final Address MAIN_ST = new Address("12 Main St", "Springfield", "IL", "62701", "US");

    @TempDir
    Path dir;
    SqliteBookStore store;
    TemplateService templates;
    LetterheadService letterhead;
    LetterService letters;
    SheetService sheets;
    PlanningService planning;

    @BeforeEach
    void open() {
        store = SqliteBookStore.open(dir);
        store.writeVoid(tx -> {
            tx.settings().save(Settings.defaults().withBusiness(new Business("Harbour Lane Bakery", "Marta Ruiz",
                    "4 Harbour Lane\nSpringfield, IL 62701", "+1 555 0199", "Warm regards,\nMarta")));
            tx.clients().insert(client("c-1").name("Zoë", "Müller").address(MAIN_ST).clientSince("2021-11-25").build());
            tx.clients().insert(client("c-2").name("José", "Nguyễn").referredBy("c-1").clientSince("2026-11-18")
                    .build());
            tx.clients().insert(client("c-3").name("", "").company("O'Brien Ltd").build());
            tx.interactions().insert(contact("i-1", "c-1").kind(InteractionKind.PURCHASE).at("2026-11-12T11:00")
                    .amount("640.00").summary("a three-tier wedding cake").build());
        });
        planning = new PlanningService(store, CLOCK);
        templates = new TemplateService(store, CLOCK, Identity.NONE);
        letterhead = new LetterheadService(dir);
        letters = new LetterService(store, planning, new FollowUpService(store, CLOCK), templates, letterhead, CLOCK,
                Locale.US);
        sheets = new SheetService(store, planning);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static String text(PrintablePdf document) throws Exception {
        try (PDDocument doc = Loader.loadPDF(document.pdf())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void draft_mergesTheClientsFacts() {
        LetterDraft d = letters.draft("c-1", "thank-you-purchase", null);
        assertThat(d.text())
                .contains("Dear Zoë,", "your order on 12 November 2026: a three-tier wedding cake.", "+1 555 0199",
                "Warm regards,\nMarta");
        assertThat(d.recipient()).containsExactly("Zoë Müller", "12 Main St", "Springfield, IL 62701", "US");
        assertThat(d.missing()).isEmpty();
        assertThat(d.warnings()).isEmpty();
        assertThat(d.page()).isEqualTo(PageSize.LETTER);
    }

    @Test
    void draft_referralAndAnniversaryFields() {
        assertThat(letters.draft("c-1", "thank-you-referral", null).text()).contains("sending José Nguyễn our way");
        assertThat(letters.draft("c-1", "anniversary", null).text()).contains("It has been 5 years since",
                "25 November 2021");
    }

    @Test
    void draft_withNoPurchaseOrAddress_warnsBeforePrinting() {
        LetterDraft d = letters.draft("c-3", "thank-you-purchase", null);
        assertThat(d.missing()).containsExactlyInAnyOrder("last purchase", "date of the last purchase");
        assertThat(d.warnings()).anyMatch(w -> w.contains("nothing for:") && w.contains("last purchase"))
                .anyMatch(w -> w.contains("no postal address"));
        assertThat(d.text()).startsWith("Dear O'Brien Ltd,");
    }

    @Test
    void templates_editAddResetDelete() {
        LetterTemplate birthday = templates.get("birthday");
        LetterTemplate edited = new LetterTemplate(birthday.name(), birthday.title(),
                "Happy birthday, {{client.firstName}}!", birthday.paper());
        templates.save(edited, 0);
        assertThat(templates.all()).filteredOn(e -> e.template().name().equals("birthday"))
                .singleElement().matches(TemplateService.TemplateEntry::edited);
        assertThat(letters.draft("c-1", "birthday", null).text()).isEqualTo("Happy birthday, Zoë!");

        String name = templates.newName("Spring sale: Ça va?");
        assertThat(name).isEqualTo("spring-sale-ca-va");
        templates.save(new LetterTemplate(name, "Spring sale", "Hello {{client.displayName}}", PageSize.A5), 0);
        assertThat(templates.all()).extracting(e -> e.template().name()).endsWith(name);
        assertThat(templates.newName("Spring sale: Ça va?")).isEqualTo("spring-sale-ca-va-2");

        assertThat(templates.reset("birthday").body()).contains("Happy birthday! I hope");
        assertThat(templates.get("birthday").body()).contains("Happy birthday! I hope");
        assertThatThrownBy(() -> templates.delete("birthday")).hasMessage(TemplateService.BUILT_IN_CANNOT_BE_DELETED);
        templates.delete(name);
        assertThatThrownBy(() -> templates.get(name)).isInstanceOf(ServiceException.class);
    }

    @Test
    void save_refusesUnknownFields_andPrintRefusesThem() {
        LetterTemplate bad = new LetterTemplate("bad", "Bad", "Hi {{client.nickname}}", null);
        assertThatThrownBy(() -> templates.save(bad, 0)).hasMessageContaining("{{client.nickname}}");
        LetterDraft d = letters.draft("c-1", bad, null);
        assertThat(d.problems()).hasSize(1);
        assertThatThrownBy(() -> letters.checkPrintable(List.of(d))).hasMessageContaining("cannot print");
    }

    @Test
    void letters_withEnvelopes_oneJob_personalLinePrinted() throws Exception {
        LetterDraft a = letters.draft("c-1", "thank-you-purchase", null).withPersonalLine("Give my love to Ben!");
        LetterDraft b = letters.draft("c-3", "plain-note", null);
        PrintablePdf document = letters.letters(List.of(a, b), Optional.of(Envelope.DL), false);
        assertThat(document.pages()).isEqualTo(3); // two letters, one envelope (c-3 has no address)
        assertThat(text(document)).contains("Give my love to Ben!", "Dear O'Brien Ltd,", "Harbour Lane Bakery");
        assertThat(document.unprintable()).isEmpty();
    }

    @Test
    void notesDue_thenMarkWritten_logsNotes_closesFollowUps_andWarnsNextTime() {
        List<LetterDraft> due = letters.notesDue();
        assertThat(due).extracting(LetterDraft::clientId).contains("c-1");
        assertThat(due).filteredOn(d -> d.clientId().equals("c-1")).extracting(d -> d.template().name())
                .containsExactlyInAnyOrder("thank-you-purchase", "thank-you-referral");
        LetterDraft zoe = due.stream().filter(d -> d.template().name().equals("thank-you-purchase")).findFirst()
                .orElseThrow();
        assertThat(zoe.followUp().rule()).isEqualTo(FollowUpRule.THANK_PURCHASE);

        List<Interaction> logged = letters.markWritten(List.of(zoe.withPersonalLine("See you Saturday")));
        assertThat(logged).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(InteractionKind.HANDWRITTEN_NOTE);
            assertThat(i.clientId()).isEqualTo("c-1");
            assertThat(i.summary()).isEqualTo("Thank you for a purchase");
            assertThat(i.notes()).isEqualTo("See you Saturday");
        });
        // RULES.md: a handwritten note to the referrer after the referral also thanks for it.
        assertThat(letters.notesDue()).extracting(LetterDraft::clientId).doesNotContain("c-1");
        assertThat(planning.agenda().followUps()).filteredOn(f -> f.clientId().equals("c-1"))
                .extracting(FollowUp::action).containsOnly(FollowUpAction.CALL); // the thank-you call stays
        LetterDraft again = letters.draft("c-1", "thank-you-purchase", null);
        assertThat(again.sentRecently()).isTrue();
        assertThat(again.warnings()).anyMatch(w -> w.contains("already went to Zoë Müller on 2026-11-23"));
        assertThat(letters.draft("c-1", "birthday", null).sentRecently()).isFalse();
    }

    /** On a team book: a note someone else logged as written meanwhile is not logged twice. */
    @Test
    void markWritten_aNoteSomeoneElseWroteMeanwhile_isRefused_andNothingIsLogged() {
        LetterDraft zoe = letters.notesDue().stream().filter(d -> d.template().name().equals("thank-you-purchase"))
                .findFirst().orElseThrow();
        FollowUpService colleague = new FollowUpService(store, CLOCK, Identity.named("Ben Okafor"));
        colleague.done(zoe.followUp(), colleague.draftFor(zoe.followUp()));
        long before = store.<Long>read(tx -> tx.interactions().count());

        assertThatThrownBy(() -> letters.markWritten(List.of(zoe))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Ben Okafor");
        assertThat(store.<Long>read(tx -> tx.interactions().count())).isEqualTo(before);
    }

    @Test
    void printedDates_readAsRapportWritesThem_onAGermanComputer() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        Clock fourth = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
        try (OpenBook book = OpenBook.open(dir.resolve("german"), false, fourth, "a test")) {
            String id = book.clients().add(client("c-9").name("Zoë", "Müller").address(MAIN_ST).build()).id();
            LetterDraft d = book.letters()
                    .draft(id, new LetterTemplate("dated", "Dated", "Written on {{today}}.", null),
                    null);
            String printed = text(book.letters().letters(List.of(d), Optional.empty(), false));

            assertThat(printed).contains("4 December 2026\n", "Written on 4 December 2026.")
                    .doesNotContain("Dezember");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void callSheet_listsTheDaysCalls() throws Exception {
        store.writeVoid(tx -> tx.interactions().insert(contact("i-9", "c-3").kind(InteractionKind.COMPLAINT)
                .at("2026-11-22T09:00").experience(Experience.NEGATIVE).summary("late order").build()));
        String text = text(sheets.callSheet().orElseThrow());
        assertThat(text).contains("Calls for 23 November 2026", "O'Brien Ltd");
    }

    @Test
    void callSheet_withNoCallsDue_isNothingToPrint() {
        try (SqliteBookStore empty = SqliteBookStore.open(dir.resolve("empty"))) {
            PlanningService plans = new PlanningService(empty, CLOCK);
            assertThat(new SheetService(empty, plans).callSheet()).isEmpty();
        }
    }

    @Test
    void logo_isCheckedKeptInTheDataFolder_andPrintedOnTheLetterhead() throws Exception {
        Path png = dir.resolve("logo-source.png");
        BufferedImage image = new BufferedImage(120, 60,
                BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", png.toFile());
        Path text = dir.resolve("not-a-logo.png");
        Files.writeString(text, "hello");
        assertThatThrownBy(() -> letterhead.setLogo(text)).hasMessage(LetterheadService.LOGO_NOT_AN_IMAGE);
        assertThat(letterhead.logoFile()).isEmpty();

        letterhead.setLogo(png);
        assertThat(letterhead.logoFile()).contains(dir.resolve("letterhead-logo.png"));
        PrintablePdf document = letters.letters(List.of(letters.draft("c-1", "plain-note", null)),
                Optional.empty(), false);
        try (PDDocument doc = Loader.loadPDF(document.pdf())) {
            long images = StreamSupport.stream(doc.getPage(0).getResources().getXObjectNames()
                    .spliterator(), false).count();
            assertThat(images).isEqualTo(1);
        }
        letterhead.removeLogo();
        assertThat(letterhead.logoFile()).isEmpty();
    }
}
