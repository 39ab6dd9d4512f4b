package app.rapport.planning;

import static app.rapport.model.FollowUpRule.THANK_REFERRER;
import static app.rapport.planning.Plans.day;
import static app.rapport.planning.Plans.only;
import static app.rapport.planning.Plans.plan;
import static app.rapport.testutil.FactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.ClientFacts;
import app.rapport.model.ContactFact;
import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.InteractionKind;
import app.rapport.testutil.RuleSettingsBuilder;
import org.junit.jupiter.api.Test;

class ThankReferrerRuleTest {

    @Test
    void plan_referredClientJoined_thankYouNoteToTheReferrerWithinThreeWorkDays() {
        ClientFacts ana = facts("c-1").referral("c-9", "Li Wei", "2026-11-03").build();

        FollowUp note = only(ana, THANK_REFERRER);

        assertThat(note.clientId()).isEqualTo("c-1");
        assertThat(note.action()).isEqualTo(FollowUpAction.NOTE);
        assertThat(note.anchor()).isEqualTo("2026-11-03");
        assertThat(note.due()).isEqualTo("2026-11-06");
        assertThat(note.priority()).isEqualTo(3);
        assertThat(note.reason())
                .isEqualTo("Referred Li Wei, who joined on 3 Nov — a thank-you note within 3 work days.");
    }

    @Test
    void plan_referredClientJoinedOnFriday_dueAfterTheWeekend() {
        ClientFacts ana = facts("c-1").referral("c-9", "Li Wei", "2026-11-20").build();

        assertThat(only(ana, THANK_REFERRER).due()).isEqualTo("2026-11-25");
    }

    @Test
    void plan_joinedExactly60DaysAgo_listed() {
        ClientFacts ana = facts("c-1").referral("c-9", "Li Wei", "2026-09-24").build();

        assertThat(plan(ana, THANK_REFERRER)).hasSize(1);
    }

    @Test
    void plan_joined61DaysAgo_nothing() {
        ClientFacts ana = facts("c-1").referral("c-9", "Li Wei", "2026-09-23")
                .inbound(InteractionKind.REFERRAL, "2026-09-23").build();

        assertThat(plan(ana, THANK_REFERRER)).isEmpty();
    }

    @Test
    void plan_referralJoiningAfterTheAsOfDate_nothing() {
        ClientFacts ana = facts("c-1").referral("c-9", "Li Wei", "2026-11-24").build();

        assertThat(plan(ana, THANK_REFERRER)).isEmpty();
    }

    @Test
    void plan_referralInteraction_thankYouNote() {
        ClientFacts ana = facts("c-1").fact(new ContactFact(Plans.day("2026-11-10").atTime(9, 0),
                InteractionKind.REFERRAL, Direction.INBOUND, Experience.POSITIVE, null, "Sent her sister Mia")).build();

        FollowUp note = only(ana, THANK_REFERRER);

        assertThat(note.anchor()).isEqualTo("2026-11-10");
        assertThat(note.due()).isEqualTo("2026-11-13");
        assertThat(note.reason()).isEqualTo(
                "Referred a new client on 10 Nov (sent her sister Mia) — a thank-you note within 3 work days.");
    }

    @Test
    void plan_referralAndReferralInteractionOnTheSameDay_oneFollowUp() {
        ClientFacts ana = facts("c-1").referral("c-9", "Li Wei", "2026-11-03")
                .inbound(InteractionKind.REFERRAL, "2026-11-03T16:00").build();

        FollowUp note = only(ana, THANK_REFERRER);

        assertThat(note.reason()).startsWith("Referred Li Wei, who joined on 3 Nov");
    }

    @Test
    void plan_referralAndReferralInteractionOnOtherDays_twoFollowUps() {
        ClientFacts ana = facts("c-1").referral("c-9", "Li Wei", "2026-11-03")
                .inbound(InteractionKind.REFERRAL, "2026-11-12").build();

        assertThat(plan(ana, THANK_REFERRER)).extracting(FollowUp::anchor)
                .containsExactly(day("2026-11-03"), day("2026-11-12"));
    }

    @Test
    void plan_twoReferredClientsJoinedTheSameDay_oneFollowUpNamingBoth() {
        ClientFacts ana = facts("c-1").referral("c-9", "Li Wei", "2026-11-03")
                .referral("c-10", "Sam Roe", "2026-11-03").build();

        assertThat(only(ana, THANK_REFERRER).reason())
                .isEqualTo("Referred Li Wei and Sam Roe, who joined on 3 Nov — a thank-you note within 3 work days.");
    }

    @Test
    void plan_handwrittenNoteOnTheJoiningDay_satisfies() {
        ClientFacts ana = facts("c-1").referral("c-9", "Li Wei", "2026-11-03")
                .outbound(InteractionKind.HANDWRITTEN_NOTE, "2026-11-03T08:00").build();

        assertThat(plan(ana, THANK_REFERRER)).isEmpty();
    }

    @Test
    void plan_handwrittenNoteLater_satisfies() {
        ClientFacts ana = facts("c-1").inbound(InteractionKind.REFERRAL, "2026-11-03")
                .outbound(InteractionKind.HANDWRITTEN_NOTE, "2026-11-20").build();

        assertThat(plan(ana, THANK_REFERRER)).isEmpty();
    }

    @Test
    void plan_handwrittenNoteBeforeTheReferral_doesNotSatisfy() {
        ClientFacts ana = facts("c-1").referral("c-9", "Li Wei", "2026-11-03")
                .outbound(InteractionKind.HANDWRITTEN_NOTE, "2026-11-02").build();

        assertThat(plan(ana, THANK_REFERRER)).hasSize(1);
    }

    @Test
    void plan_noteBetweenTwoReferrals_onlyTheLaterStaysOpen() {
        ClientFacts ana = facts("c-1").referral("c-9", "Li Wei", "2026-11-03")
                .outbound(InteractionKind.HANDWRITTEN_NOTE, "2026-11-05")
                .referral("c-10", "Sam Roe", "2026-11-16").build();

        assertThat(only(ana, THANK_REFERRER).anchor()).isEqualTo("2026-11-16");
    }

    @Test
    void plan_thankYouCall_doesNotSatisfyTheNote() {
        ClientFacts ana = facts("c-1").referral("c-9", "Li Wei", "2026-11-03")
                .outbound(InteractionKind.THANK_YOU_CALL, "2026-11-04").build();

        assertThat(plan(ana, THANK_REFERRER)).hasSize(1);
    }

    @Test
    void plan_changedDays_areUsed() {
        ClientFacts ana = facts("c-1").referral("c-9", "Li Wei", "2026-11-03").build();
        var settings = Plans.with(RuleSettingsBuilder.rules().set("referrerWorkDays", 1)
                .set("referrerWindowDays", 20).build());

        assertThat(plan(ana, settings, THANK_REFERRER)).singleElement().extracting(FollowUp::due)
                .isEqualTo(day("2026-11-04"));
        assertThat(plan(ana, settings, Plans.AS_OF.plusDays(1), THANK_REFERRER)).isEmpty();
    }
}
