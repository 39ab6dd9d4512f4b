package app.rapport.store;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Agenda;
import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.LetterTemplate;
import app.rapport.model.Settings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;

/** Agendas saved ahead: used only while the book is unchanged; saving one is not a change. */
class AgendaSnapshotRepositoryTest {
    static final LocalDate DAY = LocalDate.parse("2026-11-23");
    static final String PLANNER = "test-build Europe/Berlin";

    TestBook book;
    BookStore store;

    @BeforeEach
    void open(TestBook book) {
        this.book = book;
        store = book.store();
        store.writeVoid(tx -> {
            tx.clients().insert(client("c-1").name("Ana", "Ruiz").build());
            tx.interactions().insert(contact("i-1", "c-1").at("2026-11-20T10:00").build());
        });
    }

    static Agenda agenda(LocalDate day, String reason) {
        return new Agenda(day, List.of(
                new FollowUp("c-1", "Ana Ruiz", FollowUpRule.GONE_QUIET, FollowUpAction.CALL, day.minusDays(3),
                        day.minusDays(1), 2, true, reason, null),
                new FollowUp("c-1", "Ana Ruiz", FollowUpRule.MANUAL, FollowUpAction.NOTE, day, day.plusDays(2), 3,
                        false, "Ask about the party", "m-1")));
    }

    Optional<Agenda> find(LocalDate day, String planner) {
        return store.read(tx -> tx.agendaSnapshots().find(day, planner));
    }

    boolean has(LocalDate day, String planner) {
        return store.read(tx -> tx.agendaSnapshots().has(day, planner));
    }

    long count() {
        return store.read(tx -> tx.agendaSnapshots().changeCount());
    }

    boolean saveNow(Agenda agenda) {
        long n = count();
        return store.writeAside(tx -> tx.agendaSnapshots().save(agenda, n, PLANNER));
    }

    @OnBothBooks
    void aSavedAgenda_isFound_forItsDayAndPlanner_whileTheBookIsUnchanged() {
        Agenda saved = agenda(DAY, "No contact for 94 days");
        assertThat(saveNow(saved)).isTrue();

        assertThat(find(DAY, PLANNER)).contains(saved);
        assertThat(has(DAY, PLANNER)).isTrue();
        assertThat(find(DAY.plusDays(1), PLANNER)).isEmpty();
        assertThat(find(DAY, "another build Europe/Berlin")).isEmpty();
        assertThat(has(DAY, "another build Europe/Berlin")).isFalse();
    }

    @OnBothBooks
    void savingAnAgenda_isNotAChangeToTheBook() {
        long before = count();
        saveNow(agenda(DAY, "a"));
        saveNow(agenda(DAY.plusDays(1), "b"));
        store.writeAside(tx -> {
            tx.agendaSnapshots().forgetBefore(DAY.plusDays(1));
            return null;
        });

        assertThat(count()).isEqualTo(before);
        assertThat(has(DAY, PLANNER)).isFalse();
        assertThat(has(DAY.plusDays(1), PLANNER)).isTrue();
    }

    @OnBothBooks
    void anAgendaPlannedBeforeAChange_isNotSaved() {
        long planned = count();
        store.writeVoid(tx -> tx.interactions().insert(contact("i-2", "c-1").at("2026-11-22T10:00").build()));

        boolean saved = store.writeAside(tx -> tx.agendaSnapshots().save(agenda(DAY, "a"), planned, PLANNER));
        assertThat(saved).isFalse();
        assertThat(find(DAY, PLANNER)).isEmpty();
    }

    @OnBothBooks
    void everyKindOfChange_makesTheSavedAgendaStale() {
        List<Consumer<BookTx>> changes = List.of(
                tx -> tx.clients().insert(client("c-2").name("Li", "Wei").build()),
                tx -> tx.clients().update(client("c-2").name("Li", "Wu").build()),
                tx -> tx.interactions().insert(contact("i-3", "c-2").at("2026-11-21T09:00").build()),
                tx -> tx.interactions().delete("i-3"),
                tx -> tx.decisions().insert(new Decision("c-1", FollowUpRule.GONE_QUIET, DAY, DecisionKind.SKIP, null,
                        "Moved away", Instant.parse("2026-11-23T09:00:00Z"))),
                tx -> tx.settings().save(Settings.defaults().withReminderTime(LocalTime.of(7, 30))),
                tx -> tx.letters().saveTemplate(new LetterTemplate("thanks", "Thank you", "Dear {name}", null)),
                tx -> tx.clients().delete("c-2"));
        for (Consumer<BookTx> change : changes) {
            saveNow(agenda(DAY, "before"));
            long before = count();
            store.writeVoid(change);
            assertThat(count()).isGreaterThan(before);
            assertThat(find(DAY, PLANNER)).isEmpty();
        }
    }

    @OnBothBooks
    void aWriteThatChangesNothing_isNotAChange() {
        saveNow(agenda(DAY, "before"));
        long before = count();
        store.writeVoid(tx -> tx.interactions().delete("no-such-contact"));
        assertThat(count()).isEqualTo(before);
        assertThat(find(DAY, PLANNER)).isPresent();
    }

    @OnBothBooks
    void aWriteThatFails_leavesTheCountAsItWas() {
        long before = count();
        Assertions.assertThatThrownBy(() -> store.writeVoid(tx -> {
            tx.clients().insert(client("c-9").name("Ed", "Moss").build());
            throw new IllegalStateException("the owner's change failed half-way");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count()).isEqualTo(before);
    }

    @OnBothBooks
    void aSavedAgendaThatCannotBeRead_isNotUsed() throws Exception {
        saveNow(agenda(DAY, "before"));
        book.byAnotherProgram("UPDATE agenda_snapshots SET follow_ups = "
                + (book.dialect() == Dialect.SQLITE ? "x'00010203'" : "decode('00010203', 'hex')"));
        assertThat(find(DAY, PLANNER)).isEmpty();
    }
}
