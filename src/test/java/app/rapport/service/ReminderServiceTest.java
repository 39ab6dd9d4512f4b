package app.rapport.service;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.InteractionKind;
import app.rapport.reminders.DaySummary;
import app.rapport.reminders.DaySummary.Work;
import app.rapport.store.SqliteBookStore;
import app.rapport.testutil.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reminder over a real book: what it says, and that the book remembers the day it showed. */
class ReminderServiceTest {
    @TempDir
    Path dir;
    SqliteBookStore store;
    MutableClock clock = MutableClock.at("2026-11-23T08:59", "Europe/Berlin");

    @BeforeEach
    void open() {
        store = SqliteBookStore.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    ReminderService service() {
        return new ReminderService(store, new PlanningService(store, clock), clock);
    }

    void bookWithPurchases() {
        store.writeVoid(tx -> {
            tx.clients().insert(client("c-1").name("Ana", "Ruiz").clientSince("2024-01-10").build());
            tx.clients().insert(client("c-2").name("Zoë", "Müller").clientSince("2024-02-10").build());
            tx.interactions().insertAll(List.of(
                    contact("i-1", "c-1").at("2024-01-10T10:00").kind(InteractionKind.PURCHASE).build(),
                    contact("i-2", "c-1").at("2026-11-19T10:00").kind(InteractionKind.PURCHASE).amount("40.00").build(),
                    contact("i-3", "c-2").at("2024-02-10T10:00").kind(InteractionKind.PURCHASE).build(),
                    contact("i-4", "c-2").at("2026-11-18T10:00").kind(InteractionKind.PURCHASE).amount("20.00")
                            .build()));
            tx.clients().refreshContactDates();
        });
    }

    /** On a team book each computer has its own reminder: shown at the counter, still due in the back office. */
    @Test
    void eachComputersReminder_isItsOwn_onOneBook() {
        bookWithPurchases();
        clock.setLocal("2026-11-23T09:00");
        ReminderService counter = new ReminderService(store, new PlanningService(store, clock), clock, "@counter");
        ReminderService office = new ReminderService(store, new PlanningService(store, clock), clock, "@office");
        office.saveChoices(new ReminderService.Choices(false, false));

        assertThat(counter.check()).isPresent();
        assertThat(counter.check()).as("shown once a day at the counter").isEmpty();
        assertThat(office.check()).as("switched off in the back office").isEmpty();
        assertThat(counter.choices().enabled()).isTrue();
        assertThat(office.state().lastShown()).isNull();
        assertThat(service().check()).as("a book of one's own keeps its keys as they were").isPresent();
    }

    @Test
    void check_atNine_saysWhatIsDue_thenNotAgainAfterARestart() {
        bookWithPurchases();
        assertThat(service().check()).isEmpty();

        clock.setLocal("2026-11-23T09:00");
        Optional<DaySummary> shown = service().check();

        assertThat(shown).isPresent();
        assertThat(shown.get().count(Work.THANK_YOU_CALL)).isEqualTo(2);
        assertThat(shown.get().firstNames()).containsExactly("Zoë Müller", "Ana Ruiz");
        clock.advance(Duration.ofHours(3));
        assertThat(new ReminderService(store, new PlanningService(store, clock), clock).check()).isEmpty();
        assertThat(service().state().lastShown()).isEqualTo("2026-11-23");
    }

    @Test
    void showingAndPostponing_leaveTheBooksChangeCount_soTheAgendaSavedAheadStaysValid() {
        bookWithPurchases();
        long before = store.read(tx -> tx.agendaSnapshots().changeCount());
        clock.setLocal("2026-11-23T09:30");
        ReminderService service = service();
        assertThat(service.check()).isPresent();
        service.later();

        assertThat(service.state().laterAt()).isNotNull(); // remembered all the same
        long after = store.read(tx -> tx.agendaSnapshots().changeCount());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void later_showsAgainAfterAnHour() {
        bookWithPurchases();
        clock.setLocal("2026-11-23T09:30");
        ReminderService service = service();
        assertThat(service.check()).isPresent();
        service.later();
        clock.advance(Duration.ofMinutes(59));
        assertThat(service.check()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(service.check()).isPresent();
        assertThat(service.check()).isEmpty();
    }

    @Test
    void nothingDue_noPopup_unlessTheOwnerAskedForCaughtUpOnes() {
        clock.setLocal("2026-11-23T09:30");
        assertThat(service().check()).isEmpty();
        assertThat(service().state().lastShown()).isEqualTo("2026-11-23");

        clock.setLocal("2026-11-24T09:30");
        service().saveChoices(new ReminderService.Choices(true, true));
        Optional<DaySummary> caughtUp = service().check();
        assertThat(caughtUp).isPresent();
        assertThat(caughtUp.get().isEmpty()).isTrue();
    }

    @Test
    void switchedOff_neverShows_andTheTimeComesFromTheSettings() {
        bookWithPurchases();
        store.writeVoid(tx -> tx.settings().save(tx.settings().load().withReminderTime(LocalTime.of(7, 30))));
        clock.setLocal("2026-11-23T07:31");
        service().saveChoices(new ReminderService.Choices(false, false));
        assertThat(service().check()).isEmpty();
        service().saveChoices(new ReminderService.Choices(true, false));
        assertThat(service().check()).isPresent();
    }
}
