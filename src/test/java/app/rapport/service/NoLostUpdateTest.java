package app.rapport.service;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.model.Client;
import app.rapport.model.LetterTemplate;
import app.rapport.model.Settings;
import app.rapport.model.Tier;
import app.rapport.model.Versioned;
import app.rapport.service.TemplateService.TemplateEntry;
import app.rapport.store.SqliteBookStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people edit the same record: Ben reads it, Marta saves her change (a second transaction on
 * the same book, as another computer's would be), then Ben saves. His save is refused with who
 * changed it and when, nothing of his is saved, and he may still save his version over hers.
 */
class NoLostUpdateTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:42:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    SqliteBookStore store;
    ClientService martasClients;
    ClientService bensClients;

    @BeforeEach
    void open() {
        store = SqliteBookStore.open(dir);
        martasClients = new ClientService(store, CLOCK, Identity.named("Marta Ruiz"));
        bensClients = new ClientService(store, CLOCK, Identity.named("Ben Okafor"));
        martasClients.add(client("c-1").name("Ana", "Ruiz").tier("VIP").build());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Client ana() {
        return martasClients.find("c-1").orElseThrow();
    }

    @Test
    void client_changedSinceRead_saveRefusedWithWhoAndWhen_andNothingOfItSaved() {
        Versioned<Client> bensCopy = bensClients.findForEditing("c-1").orElseThrow();
        Client martas = client("c-1").name("Ana", "Ruiz").tier("VIP").notes("Moved to Sevilla").build();
        martasClients.update(martas, martasClients.findForEditing("c-1").orElseThrow().version());
        Client bens = client("c-1").name("Ana", "Ruiz").tier("VIP").notes("Prefers mornings").build();

        assertThatThrownBy(() -> bensClients.update(bens, bensCopy.version()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.canSaveOver()).isTrue())
                .hasMessage("Marta Ruiz changed Ana Ruiz's details at 10:42 while you were editing.");
        assertThat(ana()).isEqualTo(martas);
    }

    @Test
    void client_renamedBySomeoneElse_isNamedAsTheBookHasItNow_notAsEdited() {
        long bensVersion = bensClients.findForEditing("c-1").orElseThrow().version();
        martasClients.update(client("c-1").name("Anna", "Ruiz-Leal").tier("VIP").build(), bensVersion);

        assertThatThrownBy(() -> bensClients.update(client("c-1").name("Ann", "R.").build(), bensVersion))
                .hasMessage("Marta Ruiz changed Anna Ruiz-Leal's details at 10:42 while you were editing.");
    }

    @Test
    void client_saveMineAnyway_atTheVersionTheConflictGave_savesOverTheNewerOne() {
        long bensVersion = bensClients.details("c-1").orElseThrow().version();
        martasClients.archive("c-1");
        Client bens = client("c-1").name("Ana", "Ruiz").tier("VIP").notes("Prefers mornings").build();
        ConflictException conflict = catchConflict(() -> bensClients.update(bens, bensVersion));

        bensClients.update(bens, conflict.currentVersion());

        assertThat(ana()).isEqualTo(bens);
        assertThat(bensClients.findForEditing("c-1").orElseThrow().version()).isEqualTo(bensVersion + 2);
    }

    @Test
    void client_deletedSinceRead_saveRefused_withNothingToSaveOver() {
        long bensVersion = bensClients.findForEditing("c-1").orElseThrow().version();
        martasClients.archive("c-1");
        martasClients.deletePermanently("c-1");

        assertThatThrownBy(() -> bensClients.update(client("c-1").name("Ana", "Ruiz").build(), bensVersion))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.canSaveOver()).isFalse())
                .hasMessage(ClientService.DELETED_MEANWHILE);
        assertThat(martasClients.find("c-1")).isEmpty();
    }

    @Test
    void client_changedByAnImport_noOneNamed_isSomeoneElse() {
        long bensVersion = bensClients.findForEditing("c-1").orElseThrow().version();
        store.writeVoid(tx -> tx.clients().update(client("c-1").name("Ana", "Ruiz").notes("imported").build()));

        assertThatThrownBy(() -> bensClients.update(client("c-1").name("Ana", "Ruiz").build(), bensVersion))
                .hasMessage("Someone else changed Ana Ruiz's details while you were editing.");
    }

    @Test
    void conflict_onAnotherDay_saysTheDay() {
        ClientService marchDesk = new ClientService(store, Clock.fixed(Instant.parse("2026-03-03T10:42:00Z"),
                ZoneOffset.UTC), Identity.named("Marta Ruiz"));
        long bensVersion = bensClients.findForEditing("c-1").orElseThrow().version();
        marchDesk.archive("c-1");

        assertThatThrownBy(() -> bensClients.update(ana(), bensVersion))
                .hasMessage("Marta Ruiz changed Ana Ruiz's details on 3 March at 10:42 while you were editing.");
    }

    @Test
    void settings_changedSinceRead_saveRefused_noTierMoved() {
        SettingsService marta = new SettingsService(store, CLOCK, Identity.named("Marta Ruiz"));
        SettingsService ben = new SettingsService(store, CLOCK, Identity.named("Ben Okafor"));
        Versioned<Settings> bensCopy = ben.loadForEditing();
        Versioned<Settings> martasCopy = marta.loadForEditing();
        marta.save(martasCopy.value().withReminderTime(LocalTime.of(7, 30)), Map.of(), martasCopy.version());
        Settings bens = bensCopy.value().withTiers(List.of(new Tier("GOLD", 30), new Tier("REGULAR", 90)));

        assertThatThrownBy(() -> ben.save(bens, Map.of("VIP", "GOLD"), bensCopy.version()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Marta Ruiz changed the settings at 10:42 while you were editing.");
        assertThat(ben.load().reminderTime()).isEqualTo(LocalTime.of(7, 30));
        assertThat(ben.load().tier("GOLD")).isEmpty();
        assertThat(ana().tier()).isEqualTo("VIP");
    }

    @Test
    void template_changedOrDeletedSinceRead_saveRefused_andMineCanBeSavedAnew() {
        TemplateService marta = new TemplateService(store, CLOCK, Identity.named("Marta Ruiz"));
        TemplateService ben = new TemplateService(store, CLOCK, Identity.named("Ben Okafor"));
        marta.save(new LetterTemplate("my-card", "My card", "Hello!", null), 0);
        TemplateEntry bensCopy = entry(ben, "my-card");
        marta.save(new LetterTemplate("my-card", "My card", "Hello, from Marta", null), entry(marta, "my-card")
                .version());
        LetterTemplate bens = new LetterTemplate("my-card", "My card", "Hello, from Ben", null);

        assertThatThrownBy(() -> ben.save(bens, bensCopy.version()))
                .hasMessage("Marta Ruiz changed the template \"My card\" at 10:42 while you were editing.");
        marta.delete("my-card");
        ConflictException gone = catchConflict(() -> ben.save(bens, bensCopy.version()));
        assertThat(gone).hasMessage("Someone else deleted the template \"My card\" while you were editing.");

        ben.save(bens, gone.currentVersion());
        assertThat(entry(marta, "my-card").template()).isEqualTo(bens);
    }

    @Test
    void builtInTemplate_editedBySomeoneElse_whileIEditedItAsShipped_isRefused() {
        TemplateService marta = new TemplateService(store, CLOCK, Identity.named("Marta Ruiz"));
        TemplateService ben = new TemplateService(store, CLOCK, Identity.named("Ben Okafor"));
        TemplateEntry bensCopy = entry(ben, "thank-you-purchase");
        LetterTemplate shipped = bensCopy.template();
        marta.save(new LetterTemplate(shipped.name(), shipped.title(), "Thanks!", null), 0);

        assertThatThrownBy(() -> ben.save(new LetterTemplate(shipped.name(), shipped.title(), "Many thanks!", null),
                bensCopy.version())).isInstanceOf(ConflictException.class).hasMessageStartingWith("Marta Ruiz changed");
        assertThatThrownBy(() -> ben.save(shipped, bensCopy.version())).isInstanceOf(ConflictException.class);
        assertThat(entry(ben, "thank-you-purchase").template().body()).isEqualTo("Thanks!");
    }

    private static TemplateEntry entry(TemplateService templates, String name) {
        return templates.all().stream().filter(e -> e.template().name().equals(name)).findFirst().orElseThrow();
    }

    private static ConflictException catchConflict(Runnable save) {
        try {
            save.run();
        } catch (ConflictException e) {
            return e;
        }
        throw new AssertionError("The save was not refused");
    }
}
