package app.rapport.service;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.DecisionKind;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.store.SqliteBookStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RULES.md: Done closes its occurrence, whatever was logged. Monday 23 Nov 2026; Greta's birthday was
 * on Friday 20 Nov, so her card is overdue and a card sent today is belated.
 */
class DoneClosesTheOccurrenceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    SqliteBookStore store;
    PlanningService planning;
    FollowUpService followUps;
    LetterService letters;

    @BeforeEach
    void open() {
        store = SqliteBookStore.open(dir);
        store.writeVoid(tx -> {
            tx.clients().insert(client("c-1").name("Greta", "Lindqvist").birthday("--11-20")
                    .clientSince("2024-05-02").build());
            tx.interactions().insert(contact("i-1", "c-1").kind(InteractionKind.VISIT).at("2026-11-02T10:00").build());
            tx.clients().insert(client("c-2").name("Liam", "O'Connor").clientSince("2024-05-02").build());
            tx.interactions().insert(contact("i-2", "c-2").kind(InteractionKind.PURCHASE).at("2026-11-19T11:00")
                    .amount("900.00").summary("Wedding cake").build());
        });
        planning = new PlanningService(store, CLOCK);
        followUps = new FollowUpService(store, CLOCK);
        letters = new LetterService(store, planning, followUps, new TemplateService(store, CLOCK, Identity.NONE),
                new LetterheadService(dir), CLOCK, Locale.UK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<FollowUp> open(String clientId) {
        return planning.agenda().followUps().stream().filter(f -> f.clientId().equals(clientId)).toList();
    }

    private FollowUp only(String clientId, FollowUpRule rule, FollowUpAction action) {
        return open(clientId).stream().filter(f -> f.rule() == rule && f.action() == action).findFirst().orElseThrow();
    }

    @Test
    void doneOnAnOverdueBirthday_belatedCard_leavesTodayAndTheNotesDue_andIsDoneOnce() {
        FollowUp card = only("c-1", FollowUpRule.BIRTHDAY, FollowUpAction.NOTE);
        assertThat(letters.notesDue()).extracting(d -> d.followUp().rule()).contains(FollowUpRule.BIRTHDAY);

        followUps.done(card, followUps.draftFor(card));

        assertThat(open("c-1")).extracting(FollowUp::rule).doesNotContain(FollowUpRule.BIRTHDAY);
        assertThat(letters.notesDue()).extracting(d -> d.clientId()).doesNotContain("c-1");
        assertThat(followUps.history("c-1")).extracting(d -> d.decision()).containsExactly(DecisionKind.DONE);
    }

    @Test
    void doneWithACallWhereANoteWasDue_closesTheNote() {
        FollowUp card = only("c-1", FollowUpRule.BIRTHDAY, FollowUpAction.NOTE);
        Interaction call = new Interaction(ContactService.NEW_ID, "c-1", followUps.draftFor(card).at(),
                InteractionKind.CALL, null, null, null, "Rang her for her birthday", "");

        followUps.done(card, call);

        assertThat(open("c-1")).extracting(FollowUp::rule).doesNotContain(FollowUpRule.BIRTHDAY);
    }

    @Test
    void doneThankYouCall_closesTheCall_andLeavesTheNoteOfTheSamePurchase() {
        FollowUp call = only("c-2", FollowUpRule.THANK_PURCHASE, FollowUpAction.CALL);
        assertThat(open("c-2")).extracting(FollowUp::action).contains(FollowUpAction.NOTE);
        // the owner logs a plain call where a thank-you call was due: still done
        Interaction plainCall = new Interaction(ContactService.NEW_ID, "c-2", followUps.draftFor(call).at(),
                InteractionKind.CALL, null, null, null, "Called", "");

        followUps.done(call, plainCall);

        assertThat(open("c-2")).filteredOn(f -> f.rule() == FollowUpRule.THANK_PURCHASE)
                .extracting(FollowUp::action).containsExactly(FollowUpAction.NOTE);
    }
}
