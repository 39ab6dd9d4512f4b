package app.rapport.service;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.ManualFollowUp;
import app.rapport.store.SqliteBookStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Marta and Ben work through the same day's list: both have the same follow-up on their Today.
 * Marta decides first; Ben's done, snooze or skip of it is refused with who did it and when, and
 * nothing of his is logged or decided.
 */
class DoneByTwoTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:42:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final FollowUp THANKS = new FollowUp("c-1", "Ana Ruiz", FollowUpRule.THANK_PURCHASE, FollowUpAction.CALL,
            LocalDate.parse("2026-11-19"), LocalDate.parse("2026-11-21"), 2, false, "Bought a cake", null);

    @TempDir
    Path dir;
    SqliteBookStore store;
    FollowUpService marta;
    FollowUpService ben;

    @BeforeEach
    void open() {
        store = SqliteBookStore.open(dir);
        store.writeVoid(tx -> tx.clients().insert(client("c-1").name("Ana", "Ruiz").build()));
        marta = new FollowUpService(store, CLOCK, Identity.named("Marta Ruiz"));
        ben = new FollowUpService(store, CLOCK, Identity.named("Ben Okafor"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long contacts() {
        return store.read(tx -> tx.interactions().count());
    }

    @Test
    void done_twice_theSecondIsTold_whoDidIt_andNothingIsLoggedTwice() {
        marta.done(THANKS, marta.draftFor(THANKS));

        assertThatThrownBy(() -> ben.done(THANKS, ben.draftFor(THANKS)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.canSaveOver()).isFalse())
                .hasMessage("Already done by Marta Ruiz at 10:42.");
        assertThat(contacts()).isEqualTo(1);
        assertThat(ben.history("c-1")).singleElement().extracting(Decision::by).isEqualTo("Marta Ruiz");
    }

    @Test
    void theCallDone_isRefusedAgain_butTheNoteOfTheSameOccurrenceStaysOpen_aSnoozeClosingNothing() {
        FollowUp note = new FollowUp("c-1", "Ana Ruiz", FollowUpRule.THANK_PURCHASE, FollowUpAction.NOTE,
                THANKS.anchor(), THANKS.due(), 2, false, "Bought a cake", null);
        marta.done(THANKS, marta.draftFor(THANKS));
        marta.snooze(note, TODAY.plusDays(1), "");

        assertThatThrownBy(() -> ben.snooze(THANKS, TODAY.plusDays(1), "")).isInstanceOf(ConflictException.class);
        ben.done(note, ben.draftFor(note));

        assertThat(contacts()).isEqualTo(2);
        assertThat(ben.history("c-1")).extracting(Decision::decision)
                .containsExactly(DecisionKind.DONE, DecisionKind.SNOOZE, DecisionKind.DONE);
    }

    @Test
    void snoozeOrSkip_ofAFollowUpSkippedMeanwhile_isRefused() {
        marta.skip(THANKS, "She moved away");

        assertThatThrownBy(() -> ben.snooze(THANKS, TODAY.plusDays(2), ""))
                .hasMessage("Already skipped by Marta Ruiz at 10:42.");
        assertThatThrownBy(() -> ben.skip(THANKS, "Away")).hasMessage("Already skipped by Marta Ruiz at 10:42.");
        assertThat(ben.history("c-1")).extracting(Decision::decision).containsExactly(DecisionKind.SKIP);
    }

    @Test
    void ownFollowUp_doneByOne_theOthersDoneOrSkip_isRefused_withWhoAndWhen() {
        ManualFollowUp m = marta.add("c-1", FollowUpAction.CALL, TODAY, 3, "Ask about the party");
        FollowUp f = new FollowUp("c-1", "Ana Ruiz", FollowUpRule.MANUAL, m.action(), m.createdOn(), m.due(),
                m.priority(), false, m.note(), m.id());
        marta.done(f, marta.draftFor(f));

        assertThatThrownBy(() -> ben.done(f, ben.draftFor(f))).hasMessage("Already done by Marta Ruiz at 10:42.");
        assertThatThrownBy(() -> ben.skip(f, "No need")).hasMessage("Already done by Marta Ruiz at 10:42.");
        assertThat(contacts()).isEqualTo(1);
        assertThat(store.read(tx -> tx.followUps().find(m.id())).orElseThrow().status())
                .isEqualTo(ManualFollowUp.Status.DONE);
    }

    @Test
    void undo_ofASnooze_afterSomeoneElseDidTheFollowUp_isRefused_leavingTheirDone() {
        ManualFollowUp m = marta.add("c-1", FollowUpAction.CALL, TODAY, 3, "Ask about the party");
        FollowUp f = new FollowUp("c-1", "Ana Ruiz", FollowUpRule.MANUAL, m.action(), m.createdOn(), m.due(),
                m.priority(), false, m.note(), m.id());
        FollowUpService.Undo snoozed = marta.snooze(f, TODAY.plusDays(3), "");
        ben.done(f, ben.draftFor(f));

        assertThatThrownBy(() -> marta.undo(snoozed)).hasMessage(FollowUpService.CANNOT_UNDO);
        assertThat(store.read(tx -> tx.followUps().find(m.id())).orElseThrow().status())
                .isEqualTo(ManualFollowUp.Status.DONE);
        assertThat(marta.history("c-1")).extracting(Decision::decision)
                .containsExactly(DecisionKind.DONE, DecisionKind.SNOOZE);
    }
}
