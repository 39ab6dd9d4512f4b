package app.rapport.service;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.ManualFollowUp;
import app.rapport.model.Settings;
import app.rapport.store.SqliteBookStore;
import app.rapport.testutil.BookTables;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Done, snooze, skip and the owner's own follow-ups: what is logged and what is kept in the history. */
class FollowUpServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @TempDir
    Path dir;
    SqliteBookStore store;
    FollowUpService service;

    @BeforeEach
    void open() {
        store = SqliteBookStore.open(dir);
        store.writeVoid(tx -> tx.clients().insert(client("c-1").name("Ana", "Ruiz").build()));
        service = new FollowUpService(store, CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static FollowUp followUp(FollowUpRule rule, FollowUpAction action) {
        return new FollowUp("c-1", "Ana Ruiz", rule, action, LocalDate.parse("2026-11-19"),
                LocalDate.parse("2026-11-21"), 2, false, "Bought a cake", null);
    }

    @Test
    void draft_forAThankYouCall_isAThankYouCallDatedNow() {
        Interaction draft = service.draftFor(followUp(FollowUpRule.THANK_PURCHASE, FollowUpAction.CALL));
        assertThat(draft.kind()).isEqualTo(InteractionKind.THANK_YOU_CALL);
        assertThat(draft.at()).isEqualTo(LocalDateTime.parse("2026-11-23T10:15"));
        assertThat(draft.clientId()).isEqualTo("c-1");
    }

    @Test
    void draft_kindFollowsTheActionAndRule() {
        assertThat(service.draftFor(followUp(FollowUpRule.THANK_PURCHASE, FollowUpAction.NOTE)).kind())
                .isEqualTo(InteractionKind.HANDWRITTEN_NOTE);
        assertThat(service.draftFor(followUp(FollowUpRule.THANK_REFERRER, FollowUpAction.NOTE)).kind())
                .isEqualTo(InteractionKind.HANDWRITTEN_NOTE);
        assertThat(service.draftFor(followUp(FollowUpRule.GONE_QUIET, FollowUpAction.CALL)).kind())
                .isEqualTo(InteractionKind.CALL);
        assertThat(service.draftFor(followUp(FollowUpRule.RECOVERY, FollowUpAction.CALL)).kind())
                .isEqualTo(InteractionKind.CALL);
        assertThat(service.draftFor(followUp(FollowUpRule.GONE_QUIET, FollowUpAction.CALL_THEN_NOTE)).kind())
                .isEqualTo(InteractionKind.CALL);
    }

    @Test
    void done_logsTheContactAndKeepsTheDecision() {
        FollowUp f = followUp(FollowUpRule.THANK_PURCHASE, FollowUpAction.CALL);
        Interaction logged = service.done(f, service.draftFor(f)).contact();
        assertThat(store.<Optional<Interaction>>read(tx -> tx.interactions().find(logged.id()))).isPresent();
        assertThat(service.history("c-1")).singleElement().satisfies(d -> {
            assertThat(d.decision()).isEqualTo(DecisionKind.DONE);
            assertThat(d.key()).isEqualTo(f.key());
        });
    }

    @Test
    void snooze_keepsTheDateAndRefusesToday() {
        FollowUp f = followUp(FollowUpRule.GONE_QUIET, FollowUpAction.CALL);
        assertThatThrownBy(() -> service.snooze(f, TODAY, "")).isInstanceOf(ServiceException.class);
        service.snooze(f, TODAY.plusDays(7), "");
        assertThat(service.history("c-1")).extracting(Decision::until).containsExactly(TODAY.plusDays(7));
    }

    @Test
    void skip_needsAReason() {
        FollowUp f = followUp(FollowUpRule.GONE_QUIET, FollowUpAction.CALL);
        assertThatThrownBy(() -> service.skip(f, "  ")).isInstanceOf(ServiceException.class)
                .hasMessage(Decision.REASON_REQUIRED);
        assertThat(service.history("c-1")).isEmpty();
        service.skip(f, "Moved abroad");
        assertThat(service.history("c-1")).extracting(Decision::reason).containsExactly("Moved abroad");
    }

    @Test
    void manual_addThenSnoozeMovesItsDueThenDoneClosesIt() {
        ManualFollowUp m = service.add("c-1", FollowUpAction.NOTE, TODAY.plusDays(2), 2, "Send the menu");
        assertThat(m.createdOn()).isEqualTo(TODAY);
        FollowUp f = new FollowUp("c-1", "Ana Ruiz", FollowUpRule.MANUAL, m.action(), m.createdOn(), m.due(),
                m.priority(), false, m.note(), m.id());
        service.snooze(f, TODAY.plusDays(9), "");
        assertThat(store.read(tx -> tx.followUps().find(m.id())).orElseThrow().due()).isEqualTo(TODAY.plusDays(9));
        service.done(f, service.draftFor(f));
        assertThat(store.read(tx -> tx.followUps().find(m.id())).orElseThrow().status())
                .isEqualTo(ManualFollowUp.Status.DONE);
        assertThat(service.history("c-1")).extracting(Decision::decision)
                .containsExactly(DecisionKind.DONE, DecisionKind.SNOOZE);
    }

    @Test
    void manual_forAClientNotInTheBook_isRefused() {
        assertThatThrownBy(() -> service.add("ghost", FollowUpAction.CALL, TODAY, 3, ""))
                .isInstanceOf(ServiceException.class);
    }

    @Test
    void snoozeDays_tomorrowIsTheNextWorkDay_MondayAfterAFriday() {
        LocalDate friday = LocalDate.parse("2026-12-04");
        assertThat(service.snoozeDays(friday))
                .isEqualTo(new FollowUpService.SnoozeDays(LocalDate.parse("2026-12-07"),
                        LocalDate.parse("2026-12-11")));
        assertThat(service.snoozeDays(LocalDate.parse("2026-12-07")).nextWorkDay()).isEqualTo("2026-12-08");
        assertThat(service.snoozeDays(LocalDate.parse("2026-12-05")))
                .as("a week on from a Saturday is the Monday after").isEqualTo(new FollowUpService.SnoozeDays(
                        LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-14")));
    }

    @Test
    void snoozeDays_followTheBooksWorkDays() {
        store.writeVoid(tx -> tx.settings().save(new Settings(null,
                EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), null, null, null,
                null, null)));
        assertThat(service.snoozeDays(LocalDate.parse("2026-12-05")).nextWorkDay()).isEqualTo("2026-12-08");
        assertThat(service.snoozeDays(LocalDate.parse("2026-12-04")).nextWorkDay()).isEqualTo("2026-12-05");
    }

    // ---- undo ------------------------------------------------------------------------------

    Map<String, List<String>> book() {
        return BookTables.contents(store.database().file());
    }

    FollowUp manual(ManualFollowUp m) {
        return new FollowUp("c-1", "Ana Ruiz", FollowUpRule.MANUAL, m.action(), m.createdOn(), m.due(), m.priority(),
                false, m.note(), m.id());
    }

    @Test
    void undo_done_removesTheContactAndTheDecision_leavingTheBookAsItWas() {
        store.writeVoid(tx -> tx.interactions().insert(new Interaction("i-000001", "c-1",
                LocalDateTime.parse("2026-11-19T11:00"), InteractionKind.PURCHASE, null, null,
                new BigDecimal("80.00"), "Birthday cake", "")));
        FollowUp f = followUp(FollowUpRule.THANK_PURCHASE, FollowUpAction.CALL);
        var before = book();

        FollowUpService.Undo undo = service.done(f, service.draftFor(f));
        assertThat(book()).isNotEqualTo(before);
        assertThat(book().get("clients").get(0)).contains("2026-11-23T10:15");
        service.undo(undo);

        assertThat(book()).isEqualTo(before);
        assertThat(service.history("c-1")).isEmpty();
        List<Interaction> timeline = store.read(tx -> tx.interactions().forClient("c-1"));
        assertThat(timeline).extracting(Interaction::id).containsExactly("i-000001");
    }

    @Test
    void undo_ofTheOwnFollowUps_givesBackTheirStatusAndDueDate() {
        ManualFollowUp m = service.add("c-1", FollowUpAction.NOTE, TODAY.plusDays(2), 2, "Send the menu");
        var before = book();

        service.undo(service.snooze(manual(m), TODAY.plusDays(9), ""));
        assertThat(book()).isEqualTo(before);
        service.undo(service.skip(manual(m), "Sent it by email"));
        assertThat(book()).isEqualTo(before);
        service.undo(service.done(manual(m), service.draftFor(manual(m))));
        assertThat(book()).isEqualTo(before);
        assertThat(store.read(tx -> tx.followUps().find(m.id())).orElseThrow()).isEqualTo(m);
    }

    @Test
    void undo_ofANoteLoggedAsALetter_removesTheRecordOfTheLetterToo() {
        FollowUp f = followUp(FollowUpRule.THANK_PURCHASE, FollowUpAction.NOTE);
        var before = book();
        FollowUpService.Undo undo = service.done(f, service.draftFor(f));
        store.writeVoid(tx -> tx.letters().recordSent(undo.contact().id(), "c-1", "thank-you-purchase", TODAY));
        assertThat(book().get("letters_sent")).hasSize(1);

        service.undo(undo);
        assertThat(book()).isEqualTo(before);
    }

    @Test
    void undo_twice_isRefusedAndChangesNothing() {
        FollowUp f = followUp(FollowUpRule.GONE_QUIET, FollowUpAction.CALL);
        FollowUpService.Undo undo = service.skip(f, "Moved abroad");
        service.undo(undo);
        service.snooze(f, TODAY.plusDays(3), "");
        var after = book();

        assertThatThrownBy(() -> service.undo(undo)).isInstanceOf(ServiceException.class)
                .hasMessage(FollowUpService.CANNOT_UNDO);
        assertThat(book()).isEqualTo(after);
        assertThat(service.history("c-1")).extracting(Decision::decision).containsExactly(DecisionKind.SNOOZE);
    }
}
