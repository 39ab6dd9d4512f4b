package app.rapport.planning;

import static app.rapport.model.FollowUpRule.BIRTHDAY;
import static app.rapport.model.FollowUpRule.GONE_QUIET;
import static app.rapport.model.FollowUpRule.RECOVERY;
import static app.rapport.model.FollowUpRule.THANK_PURCHASE;
import static app.rapport.planning.Plans.AS_OF;
import static app.rapport.planning.Plans.DEFAULTS;
import static app.rapport.planning.Plans.PLANNER;
import static app.rapport.planning.Plans.day;
import static app.rapport.planning.Plans.plan;
import static app.rapport.testutil.FactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.ClientFacts;
import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.InteractionKind;
import app.rapport.testutil.FactsBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The owner's done, snooze and skip decisions, applied by occurrence key. */
class DecisionsTest {

    /** RECOVERY anchored on Friday 20 Nov, due Monday 23 Nov. */
    private static FactsBuilder complained() {
        return facts("c-1").complaint("2026-11-20T10:00", "");
    }

    @Test
    void plan_snoozed_hiddenUntilItsDateThenDueOnIt() {
        ClientFacts ana = complained().snooze(RECOVERY, "2026-11-20", "2026-11-27", "2026-11-23T08:00").build();

        assertThat(plan(ana, RECOVERY)).isEmpty();
        assertThat(plan(ana, "2026-11-26", RECOVERY)).isEmpty();
        FollowUp onTheDay = plan(ana, "2026-11-27", RECOVERY).get(0);
        assertThat(onTheDay.due()).isEqualTo("2026-11-27");
        assertThat(onTheDay.anchor()).isEqualTo("2026-11-20");
        assertThat(onTheDay.reason()).isEqualTo("Complained on 20 Nov: call today.");
        assertThat(plan(ana, "2026-11-30", RECOVERY)).singleElement().extracting(FollowUp::due)
                .isEqualTo(day("2026-11-27"));
    }

    @Test
    void plan_snoozedWithinTheHorizon_notInTheAgendaBeforeItsDate() {
        ClientFacts ana = complained().snooze(RECOVERY, "2026-11-20", "2026-11-27", "2026-11-23T08:00").build();

        assertThat(PLANNER.plan(List.of(ana), DEFAULTS, AS_OF).followUps()).noneMatch(f -> f.rule() == RECOVERY);
        assertThat(PLANNER.plan(List.of(ana), DEFAULTS, day("2026-11-27")).followUps())
                .anyMatch(f -> f.rule() == RECOVERY);
    }

    @Test
    void plan_snoozedUntilAPastDate_dueOnThatDate() {
        ClientFacts ana = complained().snooze(RECOVERY, "2026-11-20", "2026-11-21", "2026-11-20T18:00").build();

        assertThat(plan(ana, RECOVERY)).singleElement().extracting(FollowUp::due).isEqualTo(day("2026-11-21"));
    }

    @Test
    void plan_skipped_closed() {
        ClientFacts ana = complained().skip(RECOVERY, "2026-11-20", "2026-11-21").build();

        assertThat(plan(ana, RECOVERY)).isEmpty();
        assertThat(plan(ana, "2026-12-20", RECOVERY)).isEmpty();
    }

    @Test
    void plan_skippedThankPurchase_closesTheCallAndTheNote() {
        ClientFacts ana = facts("c-1").purchase("2026-11-19", "900.00", "Wedding cake")
                .skip(THANK_PURCHASE, "2026-11-19", "2026-11-20").build();

        assertThat(plan(ana, THANK_PURCHASE)).isEmpty();
    }

    @Test
    void plan_done_closesTheOccurrence_whateverWasLogged() {
        // an inbound call does not satisfy RECOVERY by itself; the owner said it was done
        ClientFacts ana = complained().done(RECOVERY, FollowUpAction.CALL, "2026-11-20", "2026-11-21")
                .inbound(InteractionKind.CALL, "2026-11-21").build();

        assertThat(plan(ana, RECOVERY)).isEmpty();
        assertThat(plan(ana, "2026-12-20", RECOVERY)).isEmpty();
    }

    @Test
    void plan_doneBirthdayWithACallWhereANoteWasDue_closed() {
        ClientFacts ana = facts("c-1").birthday("--11-20").outbound(InteractionKind.CALL, "2026-11-23T10:00")
                .done(BIRTHDAY, FollowUpAction.NOTE, "2026-11-20", "2026-11-23").build();

        assertThat(plan(ana, BIRTHDAY)).isEmpty();
    }

    @Test
    void plan_doneThankYouCall_leavesTheNoteOfTheSamePurchaseOpen() {
        ClientFacts ana = facts("c-1").purchase("2026-11-19", "900.00", "Wedding cake")
                .done(THANK_PURCHASE, FollowUpAction.CALL, "2026-11-19", "2026-11-20").build();

        assertThat(plan(ana, THANK_PURCHASE)).singleElement().extracting(FollowUp::action)
                .isEqualTo(FollowUpAction.NOTE);
    }

    @Test
    void plan_doneIsFinal_aLaterSnoozeOfTheOccurrenceDoesNotReopenIt() {
        ClientFacts ana = facts("c-1").purchase("2026-11-19", "900.00", "Wedding cake")
                .done(THANK_PURCHASE, FollowUpAction.CALL, "2026-11-19", "2026-11-20")
                .snooze(THANK_PURCHASE, "2026-11-19", "2026-11-22", "2026-11-21").build();

        assertThat(plan(ana, THANK_PURCHASE)).singleElement().extracting(FollowUp::action)
                .isEqualTo(FollowUpAction.NOTE);
    }

    @Test
    void plan_doneFromAnOlderBookWithNoAction_closesTheOccurrence() {
        ClientFacts ana = complained().done(RECOVERY, "2026-11-20", "2026-11-21").build();

        assertThat(plan(ana, RECOVERY)).isEmpty();
    }

    @Test
    void plan_doneThankPurchaseFromAnOlderBook_theLoggedContactsDecideAsBefore() {
        ClientFacts callLogged = facts("c-1").purchase("2026-11-19", "900.00", "Wedding cake")
                .outbound(InteractionKind.THANK_YOU_CALL, "2026-11-20")
                .done(THANK_PURCHASE, "2026-11-19", "2026-11-20").build();

        assertThat(plan(callLogged, THANK_PURCHASE)).singleElement().extracting(FollowUp::action)
                .isEqualTo(FollowUpAction.NOTE);
    }

    @Test
    void plan_doneGoneQuietWithAnOlderContact_reArmsFromTheDone() {
        // the contact logged by Done was back-dated before the last contact: the occurrence anchored
        // on that last contact is closed, and the next one is due a cadence after the done
        ClientFacts ana = facts("c-1").tier("VIP").outbound(InteractionKind.VISIT, "2026-10-01")
                .done(GONE_QUIET, FollowUpAction.CALL, "2026-10-01", "2026-11-10T09:00").build();

        assertThat(plan(ana, GONE_QUIET)).singleElement().satisfies(f -> {
            assertThat(f.anchor()).isEqualTo(day("2026-11-10"));
            assertThat(f.due()).isEqualTo(day("2026-12-10"));
        });
    }

    @Test
    void plan_decisionOnAnotherAnchor_doesNotApply() {
        ClientFacts ana = complained().skip(RECOVERY, "2026-11-02", "2026-11-03").build();

        assertThat(plan(ana, RECOVERY)).hasSize(1);
    }

    @Test
    void plan_decisionOnAnotherRule_doesNotApply() {
        ClientFacts ana = complained().skip(THANK_PURCHASE, "2026-11-20", "2026-11-21").build();

        assertThat(plan(ana, RECOVERY)).hasSize(1);
    }

    @Test
    void plan_decisionForAnotherClient_doesNotApply() {
        ClientFacts ana = complained().decision(new Decision("c-2", RECOVERY, day("2026-11-20"), DecisionKind.SKIP,
                null, "Not now", Instant.parse("2026-11-21T10:00:00Z"))).build();

        assertThat(plan(ana, RECOVERY)).hasSize(1);
    }

    @Test
    void plan_snoozeAfterASkip_theSnoozeCounts() {
        ClientFacts ana = complained().skip(RECOVERY, "2026-11-20", "2026-11-21T10:00")
                .snooze(RECOVERY, "2026-11-20", "2026-11-25", "2026-11-22T10:00").build();

        assertThat(plan(ana, RECOVERY)).isEmpty();
        assertThat(plan(ana, "2026-11-25", RECOVERY)).hasSize(1);
    }

    @Test
    void plan_skipAfterASnooze_closed() {
        ClientFacts ana = complained().snooze(RECOVERY, "2026-11-20", "2026-11-25", "2026-11-21T10:00")
                .skip(RECOVERY, "2026-11-20", "2026-11-22T10:00").build();

        assertThat(plan(ana, "2026-11-25", RECOVERY)).isEmpty();
    }

    @Test
    void plan_latestDecisionByTime_notByListOrder() {
        ClientFacts ana = complained().snooze(RECOVERY, "2026-11-20", "2026-11-25", "2026-11-22T10:00")
                .skip(RECOVERY, "2026-11-20", "2026-11-21T10:00").build();

        assertThat(plan(ana, "2026-11-25", RECOVERY)).hasSize(1);
    }

    @Test
    void plan_decisionsAtTheSameTime_theLaterInTheListCounts() {
        ClientFacts ana = complained().skip(RECOVERY, "2026-11-20", "2026-11-21T10:00")
                .snooze(RECOVERY, "2026-11-20", "2026-11-25", "2026-11-21T10:00").build();

        assertThat(plan(ana, "2026-11-25", RECOVERY)).hasSize(1);
    }
}
