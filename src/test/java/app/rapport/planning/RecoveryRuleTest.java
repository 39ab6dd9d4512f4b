package app.rapport.planning;

import static app.rapport.model.FollowUpRule.RECOVERY;
import static app.rapport.model.FollowUpRule.RECOVERY_CHECK_IN;
import static app.rapport.planning.Plans.AS_OF;
import static app.rapport.planning.Plans.only;
import static app.rapport.planning.Plans.plan;
import static app.rapport.testutil.FactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.ClientFacts;
import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.InteractionKind;
import app.rapport.testutil.FactsBuilder;
import app.rapport.testutil.RuleSettingsBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecoveryRuleTest {

    private static FactsBuilder complainedFriday() {
        return facts("c-1").complaint("2026-11-20T10:00", "");
    }

    @Test
    void plan_complaintOnFriday_recoveryCallDueMonday() {
        FollowUp call = only(complainedFriday().build(), RECOVERY);

        assertThat(call.action()).isEqualTo(FollowUpAction.CALL);
        assertThat(call.anchor()).isEqualTo("2026-11-20");
        assertThat(call.due()).isEqualTo(AS_OF);
        assertThat(call.priority()).isEqualTo(1);
        assertThat(call.reason()).isEqualTo("Complained on 20 Nov: call today.");
    }

    @Test
    void plan_complaintToday_callDueTomorrow() {
        ClientFacts ana = facts("c-1").complaint("2026-11-23T08:00", "Cake was late").build();

        FollowUp call = only(ana, RECOVERY);

        assertThat(call.due()).isEqualTo("2026-11-24");
        assertThat(call.reason()).isEqualTo("Complained on 23 Nov (cake was late): call by 24 Nov.");
    }

    @Test
    void plan_badExperienceOfAnyKind_recoveryCall() {
        ClientFacts ana = facts("c-1").negative(InteractionKind.VISIT, "2026-11-20T10:00", "Cake arrived late")
                .build();

        assertThat(only(ana, RECOVERY).reason())
                .isEqualTo("Had a bad experience on 20 Nov (cake arrived late): call today.");
    }

    @Test
    void plan_overdueRecoveryCall_stillSaysToday() {
        ClientFacts ana = facts("c-1").complaint("2026-11-10", "").build();

        FollowUp call = only(ana, RECOVERY);

        assertThat(call.due()).isEqualTo("2026-11-11");
        assertThat(call.reason()).isEqualTo("Complained on 10 Nov: call today.");
    }

    @Test
    void plan_complaintExactly60DaysAgo_listed() {
        ClientFacts ana = facts("c-1").complaint("2026-09-24", "").build();

        assertThat(only(ana, RECOVERY).anchor()).isEqualTo("2026-09-24");
    }

    @Test
    void plan_complaint61DaysAgo_nothing() {
        ClientFacts ana = facts("c-1").complaint("2026-09-23T23:00", "").build();

        assertThat(plan(ana, RECOVERY)).isEmpty();
        assertThat(plan(ana, RECOVERY_CHECK_IN)).isEmpty();
    }

    @Test
    void plan_outboundCallLaterTheSameDay_satisfiesRecovery() {
        ClientFacts ana = complainedFriday().outbound(InteractionKind.CALL, "2026-11-20T15:00").build();

        assertThat(plan(ana, RECOVERY)).isEmpty();
    }

    @Test
    void plan_outboundCallEarlierTheSameDay_doesNotSatisfy() {
        ClientFacts ana = complainedFriday().outbound(InteractionKind.CALL, "2026-11-20T09:00").build();

        assertThat(plan(ana, RECOVERY)).hasSize(1);
    }

    @Test
    void plan_outboundCallAtTheSameMinute_doesNotSatisfy() {
        ClientFacts ana = complainedFriday().outbound(InteractionKind.CALL, "2026-11-20T10:00").build();

        assertThat(plan(ana, RECOVERY)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = InteractionKind.class, names = {"CALL", "VISIT", "MEETING", "THANK_YOU_CALL"})
    void plan_outboundRecoveryContact_satisfiesRecovery(InteractionKind kind) {
        ClientFacts ana = complainedFriday().outbound(kind, "2026-11-21").build();

        assertThat(plan(ana, RECOVERY)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = InteractionKind.class, names = {"EMAIL", "HANDWRITTEN_NOTE", "GIFT", "OTHER"})
    void plan_otherOutboundContact_doesNotSatisfy(InteractionKind kind) {
        ClientFacts ana = complainedFriday().outbound(kind, "2026-11-21").build();

        assertThat(plan(ana, RECOVERY)).hasSize(1);
    }

    @Test
    void plan_inboundCall_doesNotSatisfy() {
        ClientFacts ana = complainedFriday().inbound(InteractionKind.CALL, "2026-11-21").build();

        assertThat(plan(ana, RECOVERY)).hasSize(1);
    }

    @Test
    void plan_newComplaintAfterARecovery_recoveryForTheLatest() {
        ClientFacts ana = facts("c-1").complaint("2026-11-02", "")
                .outbound(InteractionKind.CALL, "2026-11-03")
                .complaint("2026-11-19T10:00", "Wrong order").build();

        assertThat(only(ana, RECOVERY).anchor()).isEqualTo("2026-11-19");
    }

    @Test
    void plan_recoveryCallThatWentBadly_needsAnotherCall() {
        ClientFacts ana = facts("c-1").complaint("2026-11-16T10:00", "")
                .contact(InteractionKind.CALL, "2026-11-17T10:00", Direction.OUTBOUND, Experience.NEGATIVE).build();

        FollowUp call = only(ana, RECOVERY);

        assertThat(call.anchor()).isEqualTo("2026-11-17");
        assertThat(call.reason()).startsWith("Had a bad experience on 17 Nov");
    }

    @Test
    void plan_changedRecoveryDays_areUsed() {
        ClientFacts ana = complainedFriday().build();
        var settings = Plans.with(RuleSettingsBuilder.rules().set("recoveryWorkDays", 3)
                .set("recoveryWindowDays", 3).build());

        assertThat(plan(ana, settings, RECOVERY)).singleElement().extracting(FollowUp::due)
                .isEqualTo(Plans.day("2026-11-25"));
        assertThat(plan(ana, settings, AS_OF.plusDays(1), RECOVERY)).isEmpty();
    }

    // RECOVERY_CHECK_IN

    private static FactsBuilder recovered() {
        return facts("c-1").complaint("2026-11-09T10:00", "").outbound(InteractionKind.CALL, "2026-11-10T11:00");
    }

    @Test
    void plan_afterTheRecoveryCall_checkInDueTwoWeeksLater() {
        ClientFacts ana = recovered().build();

        FollowUp checkIn = only(ana, RECOVERY_CHECK_IN);

        assertThat(plan(ana, RECOVERY)).isEmpty();
        assertThat(checkIn.action()).isEqualTo(FollowUpAction.CALL);
        assertThat(checkIn.anchor()).isEqualTo("2026-11-09");
        assertThat(checkIn.due()).isEqualTo("2026-11-24");
        assertThat(checkIn.priority()).isEqualTo(3);
        assertThat(checkIn.reason()).isEqualTo("Recovery call on 10 Nov: check in again by 24 Nov.");
    }

    @Test
    void plan_beforeTheRecoveryCall_recoveryButNoCheckIn() {
        ClientFacts ana = recovered().build();

        assertThat(plan(ana, "2026-11-09", RECOVERY)).hasSize(1);
        assertThat(plan(ana, "2026-11-09", RECOVERY_CHECK_IN)).isEmpty();
        assertThat(plan(ana, "2026-11-10", RECOVERY)).isEmpty();
        assertThat(plan(ana, "2026-11-10", RECOVERY_CHECK_IN)).hasSize(1);
    }

    @Test
    void plan_outboundContactTheDayAfterTheRecoveryCall_closesTheCheckIn() {
        ClientFacts ana = recovered().outbound(InteractionKind.EMAIL, "2026-11-11T08:00").build();

        assertThat(plan(ana, RECOVERY_CHECK_IN)).isEmpty();
    }

    @Test
    void plan_outboundContactLaterOnTheRecoveryDay_keepsTheCheckIn() {
        ClientFacts ana = recovered().outbound(InteractionKind.EMAIL, "2026-11-10T17:00").build();

        assertThat(plan(ana, RECOVERY_CHECK_IN)).hasSize(1);
    }

    @Test
    void plan_inboundContactAfterTheRecovery_keepsTheCheckIn() {
        ClientFacts ana = recovered().inbound(InteractionKind.CALL, "2026-11-15").build();

        assertThat(plan(ana, RECOVERY_CHECK_IN)).hasSize(1);
    }

    @Test
    void plan_recoveryVisit_checkInNamesTheVisit() {
        ClientFacts ana = facts("c-1").complaint("2026-11-09T10:00", "").outbound(InteractionKind.VISIT, "2026-11-12")
                .build();

        assertThat(only(ana, RECOVERY_CHECK_IN).reason())
                .isEqualTo("Recovery visit on 12 Nov: check in again by 26 Nov.");
    }

    @Test
    void plan_checkInDaysChanged_isUsed() {
        ClientFacts ana = recovered().build();
        var settings = Plans.with(RuleSettingsBuilder.rules().set("checkInDays", 7).build());

        assertThat(plan(ana, settings, RECOVERY_CHECK_IN)).singleElement().extracting(FollowUp::due)
                .isEqualTo(Plans.day("2026-11-17"));
    }

    @Test
    void plan_recoverySwitchedOff_checkInStillPlanned() {
        ClientFacts ana = recovered().build();
        var settings = Plans.with(RuleSettingsBuilder.rules().off(RECOVERY).build());

        assertThat(plan(ana, settings, RECOVERY_CHECK_IN)).hasSize(1);
    }
}
