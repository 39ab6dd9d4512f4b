package app.rapport.service;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Agenda;
import app.rapport.model.InteractionKind;
import app.rapport.store.SqliteBookStore;
import app.rapport.testutil.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's agendas planned ahead: saved when the app plans, taken at the next start only while
 * the book is unchanged, planned for the coming days once the book has been left alone.
 */
class SavedAgendaTest {
    @TempDir
    Path dir;
    SqliteBookStore store;
    MutableClock clock = MutableClock.at("2026-11-23T08:00", "Europe/Berlin");
    LocalDate today = LocalDate.parse("2026-11-23");

    @BeforeEach
    void open() {
        store = SqliteBookStore.open(dir);
        store.writeVoid(tx -> {
            tx.clients().insert(client("c-1").name("Ana", "Ruiz").tier("VIP").clientSince("2024-02-10").build());
            tx.clients().insert(client("c-2").name("Bo", "Lindqvist").clientSince("2023-06-15").build());
            tx.interactions().insert(contact("i-1", "c-1").at("2026-11-20T15:00").kind(InteractionKind.PURCHASE)
                    .amount("900.00").summary("Wedding cake").build());
            tx.interactions().insert(contact("i-2", "c-2").at("2026-05-01T11:00").kind(InteractionKind.VISIT).build());
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The app's planning: it saves the agendas it plans. */
    PlanningService appPlanning(SavedAgendas saved) {
        return new PlanningService(store, clock, saved);
    }

    /** The app's planning (it saves); closed, so that what it saves is written. */
    Agenda planInTheApp() {
        SavedAgendas saved = new SavedAgendas(store, clock, true);
        Agenda agenda = appPlanning(saved).agenda();
        saved.close(Duration.ofSeconds(10));
        return agenda;
    }

    @Test
    void theAgendaTheAppPlans_isTakenAtTheNextStart_whileTheBookIsUnchanged() {
        Agenda planned = planInTheApp();
        assertThat(planned.followUps()).isNotEmpty();

        SavedAgendas saved = new SavedAgendas(store, clock, true);
        PlanningService next = appPlanning(saved);
        AgendaPrefetch prefetch = new AgendaPrefetch(next, saved);
        prefetch.start();
        assertThat(prefetch.awaitSaved(Duration.ofSeconds(10))).isTrue();
        AgendaPrefetch.FirstAgenda first = prefetch.ready().orElseThrow();
        assertThat(first.saved()).isTrue();
        assertThat(first.agenda()).isEqualTo(planned).isEqualTo(next.agenda(today));
        assertThat(prefetch.ready()).isEmpty(); // taken once
        saved.close(Duration.ofSeconds(10));
    }

    @Test
    void afterAChange_theNextStartPlansTheDayAgain() {
        planInTheApp();
        store.writeVoid(tx -> tx.interactions().insert(contact("i-3", "c-2").at("2026-11-22T10:00")
                .kind(InteractionKind.CALL).build()));

        SavedAgendas saved = new SavedAgendas(store, clock, true);
        PlanningService next = appPlanning(saved);
        AgendaPrefetch prefetch = new AgendaPrefetch(next, saved);
        prefetch.start();
        assertThat(prefetch.awaitSaved(Duration.ofSeconds(10))).isFalse();
        AgendaPrefetch.FirstAgenda first = prefetch.first();
        assertThat(first.saved()).isFalse();
        assertThat(first.agenda()).isEqualTo(next.agenda(today));
        assertThat(first.agenda().followUps()).noneMatch(f -> f.clientId().equals("c-2")); // she was called
        saved.close(Duration.ofSeconds(10));
    }

    @Test
    void theNextDay_theAgendaSavedTodayIsNotTaken() {
        planInTheApp();
        clock.setLocal("2026-11-24T08:00");

        SavedAgendas saved = new SavedAgendas(store, clock, true);
        PlanningService next = appPlanning(saved);
        AgendaPrefetch prefetch = new AgendaPrefetch(next, saved);
        prefetch.start();
        assertThat(prefetch.awaitSaved(Duration.ofSeconds(10))).isFalse();
        assertThat(prefetch.first().agenda().asOf()).isEqualTo(today.plusDays(1));
        saved.close(Duration.ofSeconds(10));
    }

    @Test
    void theCommandLine_savesNothing() {
        SavedAgendas saved = new SavedAgendas(store, clock, false);
        PlanningService cli = new PlanningService(store, clock, saved);
        cli.agenda();
        assertThat(new PlanAhead(cli, saved).planAhead(3)).isZero();
        saved.close(Duration.ofSeconds(10));
        assertThat(saved.find(today)).isEmpty();
        assertThat(saved.find(today.plusDays(1))).isEmpty();
    }

    @Test
    void planAhead_savesTodayAndTheNextDays_asPlannedOnEachDay() {
        SavedAgendas saved = new SavedAgendas(store, clock, true);
        PlanningService app = appPlanning(saved);
        PlanAhead ahead = new PlanAhead(app, saved);
        assertThat(ahead.planAhead(3)).isEqualTo(3);
        assertThat(ahead.planAhead(3)).isZero(); // all saved, book unchanged

        for (int i = 0; i < 3; i++) {
            LocalDate day = today.plusDays(i);
            assertThat(saved.find(day)).contains(app.agenda(day));
        }
        clock.setLocal("2026-11-25T07:00");
        assertThat(ahead.planAhead(3)).isEqualTo(2); // the 26th and 27th; the 25th was saved on the 23rd
        assertThat(saved.find(today)).isEmpty(); // days gone by are forgotten
        saved.close(Duration.ofSeconds(10));
    }

    @Test
    void planAheadTicks_waitForTheBookToBeLeftAlone() {
        SavedAgendas saved = new SavedAgendas(store, clock, true);
        PlanningService app = appPlanning(saved);
        PlanAhead ahead = new PlanAhead(app, saved);

        assertThat(ahead.tick()).isFalse(); // first look: not yet known to be quiet
        assertThat(ahead.tick()).isTrue(); // unchanged for a whole tick: planned
        assertThat(saved.find(today.plusDays(2))).isPresent();
        assertThat(ahead.tick()).isFalse(); // nothing new

        store.writeVoid(tx -> tx.interactions().insert(contact("i-3", "c-2").at("2026-11-23T07:30")
                .kind(InteractionKind.CALL).build()));
        assertThat(saved.find(today)).isEmpty();
        assertThat(ahead.tick()).isFalse(); // the owner is busy: wait
        assertThat(ahead.tick()).isTrue();
        assertThat(saved.find(today)).contains(app.agenda(today));

        clock.setLocal("2026-11-24T00:05");
        assertThat(ahead.tick()).isTrue(); // a new day, book unchanged: the day after next is planned
        assertThat(saved.find(today.plusDays(3))).isPresent();
        saved.close(Duration.ofSeconds(10));
    }

    @Test
    void beforeClose_catchesUp_unlessUpToDate() {
        SavedAgendas saved = new SavedAgendas(store, clock, true);
        PlanningService app = appPlanning(saved);
        PlanAhead ahead = new PlanAhead(app, saved);
        ahead.beforeClose();
        assertThat(saved.find(today.plusDays(1))).isPresent();

        store.writeVoid(tx -> tx.clients().insert(client("c-3").name("Cy", "Tan").build()));
        ahead.beforeClose();
        assertThat(saved.find(today.plusDays(1))).contains(app.agenda(today.plusDays(1)));
        saved.close(Duration.ofSeconds(10));
    }
}
