package app.rapport.planning;

import static app.rapport.model.FollowUpRule.THANK_PURCHASE;
import static app.rapport.planning.Plans.AS_OF;
import static app.rapport.planning.Plans.day;
import static app.rapport.planning.Plans.only;
import static app.rapport.planning.Plans.plan;
import static app.rapport.testutil.FactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.ClientFacts;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Settings;
import app.rapport.testutil.FactsBuilder;
import app.rapport.testutil.RuleSettingsBuilder;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThankPurchaseRuleTest {

    /** A client who bought before, long ago: only the call is due for a purchase below 500. */
    private static FactsBuilder repeatBuyer() {
        return facts("c-1").name("Ana Ruiz").firstPurchaseAt("2024-05-01T10:00");
    }

    private static List<FollowUpAction> actions(ClientFacts client) {
        return plan(client, THANK_PURCHASE).stream().map(FollowUp::action).toList();
    }

    @Test
    void plan_purchaseTwoWorkDaysAgo_thankYouCallDueToday() {
        ClientFacts ana = repeatBuyer().purchase("2026-11-19T14:30", "120.00", "Wedding cake").build();

        FollowUp call = only(ana, THANK_PURCHASE);

        assertThat(call.action()).isEqualTo(FollowUpAction.CALL);
        assertThat(call.anchor()).isEqualTo("2026-11-19");
        assertThat(call.due()).isEqualTo(AS_OF);
        assertThat(call.priority()).isEqualTo(2);
        assertThat(call.atRisk()).isFalse();
        assertThat(call.clientId()).isEqualTo("c-1");
        assertThat(call.clientName()).isEqualTo("Ana Ruiz");
        assertThat(call.manualId()).isNull();
        assertThat(call.reason()).isEqualTo("Bought a wedding cake on 19 Nov: a thank-you call within 2 work days.");
    }

    @Test
    void plan_purchaseOnFriday_callDueTuesdayAfterTheWeekend() {
        ClientFacts ana = repeatBuyer().purchase("2026-11-20", "40.00", "Bread").build();

        assertThat(only(ana, THANK_PURCHASE).due()).isEqualTo("2026-11-24");
    }

    @Test
    void plan_sixDayWeek_callDueMonday() {
        ClientFacts ana = repeatBuyer().purchase("2026-11-20", "40.00", "Bread").build();
        Settings sixDays = new Settings(null, EnumSet.range(DayOfWeek.MONDAY,
                DayOfWeek.SATURDAY), null, null, null, null, null);

        assertThat(plan(ana, sixDays, THANK_PURCHASE)).singleElement()
                .extracting(FollowUp::due).isEqualTo(day("2026-11-23"));
    }

    @Test
    void plan_purchaseExactly30DaysAgo_listed() {
        ClientFacts ana = repeatBuyer().purchase("2026-10-24", "40.00", "Bread").build();

        assertThat(only(ana, THANK_PURCHASE).anchor()).isEqualTo("2026-10-24");
    }

    @Test
    void plan_purchase31DaysAgo_nothing() {
        ClientFacts ana = repeatBuyer().purchase("2026-10-23T23:59", "40.00", "Bread").build();

        assertThat(plan(ana, THANK_PURCHASE)).isEmpty();
    }

    @Test
    void plan_twoPurchasesInTheWindow_onlyTheLatestCounts() {
        ClientFacts ana = repeatBuyer().purchase("2026-11-02", "40.00", "Bread")
                .purchase("2026-11-19T09:00", "60.00", "Cake").build();

        assertThat(only(ana, THANK_PURCHASE).anchor()).isEqualTo("2026-11-19");
    }

    @Test
    void plan_purchaseAfterTheAsOfDate_isIgnored() {
        ClientFacts ana = repeatBuyer().purchase("2026-11-19", "40.00", "Bread")
                .purchase("2026-11-24T08:00", "60.00", "Cake").build();

        assertThat(only(ana, THANK_PURCHASE).anchor()).isEqualTo("2026-11-19");
    }

    @Test
    void plan_thankYouCallEarlierOnThePurchaseDay_satisfiesTheCall() {
        ClientFacts ana = repeatBuyer().purchase("2026-11-19T15:00", "40.00", "Bread")
                .outbound(InteractionKind.THANK_YOU_CALL, "2026-11-19T09:00").build();

        assertThat(plan(ana, THANK_PURCHASE)).isEmpty();
    }

    @Test
    void plan_thankYouCallLater_satisfiesTheCall() {
        ClientFacts ana = repeatBuyer().purchase("2026-11-19T15:00", "40.00", "Bread")
                .outbound(InteractionKind.THANK_YOU_CALL, "2026-11-21T10:00").build();

        assertThat(plan(ana, THANK_PURCHASE)).isEmpty();
    }

    @Test
    void plan_thankYouCallTheDayBefore_doesNotSatisfy() {
        ClientFacts ana = repeatBuyer().purchase("2026-11-19T15:00", "40.00", "Bread")
                .outbound(InteractionKind.THANK_YOU_CALL, "2026-11-18T16:00").build();

        assertThat(actions(ana)).containsExactly(FollowUpAction.CALL);
    }

    @Test
    void plan_plainCallAfterThePurchase_doesNotSatisfy() {
        ClientFacts ana = repeatBuyer().purchase("2026-11-19T15:00", "40.00", "Bread")
                .outbound(InteractionKind.CALL, "2026-11-20T10:00").build();

        assertThat(actions(ana)).containsExactly(FollowUpAction.CALL);
    }

    @Test
    void plan_firstPurchaseEver_callAndNoteWithinAWeek() {
        ClientFacts ana = facts("c-1").purchase("2026-11-19T14:30", "12.00", "Croissant").build();

        List<FollowUp> both = plan(ana, THANK_PURCHASE);

        assertThat(both).extracting(FollowUp::action).containsExactly(FollowUpAction.CALL, FollowUpAction.NOTE);
        FollowUp note = both.get(1);
        assertThat(note.due()).isEqualTo("2026-11-26");
        assertThat(note.priority()).isEqualTo(3);
        assertThat(note.anchor()).isEqualTo("2026-11-19");
        assertThat(note.key()).isEqualTo(both.get(0).key());
        assertThat(note.reason()).isEqualTo("First purchase on 19 Nov: a handwritten thank-you note within a week.");
    }

    @Test
    void plan_secondPurchaseOnTheFirstPurchaseDay_isNotTheFirst() {
        ClientFacts ana = facts("c-1").purchase("2026-11-19T09:00", "12.00", "Croissant")
                .purchase("2026-11-19T16:00", "8.00", "Coffee").build();

        assertThat(actions(ana)).containsExactly(FollowUpAction.CALL);
    }

    @Test
    void plan_purchaseAtTheThreshold_noteToo() {
        ClientFacts ana = repeatBuyer().purchase("2026-11-19T14:30", "500.00", "Wedding cake").build();

        List<FollowUp> both = plan(ana, THANK_PURCHASE);

        assertThat(both).extracting(FollowUp::action).containsExactly(FollowUpAction.CALL, FollowUpAction.NOTE);
        assertThat(both.get(1).reason())
                .isEqualTo("Spent 500.00 on 19 Nov: a handwritten thank-you note within a week.");
    }

    @Test
    void plan_purchaseJustBelowTheThreshold_callOnly() {
        ClientFacts ana = repeatBuyer().purchase("2026-11-19T14:30", "499.99", "Wedding cake").build();

        assertThat(actions(ana)).containsExactly(FollowUpAction.CALL);
    }

    @Test
    void plan_ownerThreshold_isUsed() {
        ClientFacts ana = repeatBuyer().purchase("2026-11-19T14:30", "120", "Wedding cake").build();
        Settings lower = new Settings(null, null, new BigDecimal("100"), null, null, null, null);

        assertThat(plan(ana, lower, THANK_PURCHASE)).extracting(FollowUp::action)
                .containsExactly(FollowUpAction.CALL, FollowUpAction.NOTE);
    }

    @Test
    void plan_handwrittenNoteOnThePurchaseDay_satisfiesTheNoteButNotTheCall() {
        ClientFacts ana = facts("c-1").purchase("2026-11-19T14:30", "12.00", "Croissant")
                .outbound(InteractionKind.HANDWRITTEN_NOTE, "2026-11-19T08:00").build();

        assertThat(actions(ana)).containsExactly(FollowUpAction.CALL);
    }

    @Test
    void plan_bothLogged_nothing() {
        ClientFacts ana = facts("c-1").purchase("2026-11-19T14:30", "12.00", "Croissant")
                .outbound(InteractionKind.THANK_YOU_CALL, "2026-11-20")
                .outbound(InteractionKind.HANDWRITTEN_NOTE, "2026-11-22").build();

        assertThat(plan(ana, THANK_PURCHASE)).isEmpty();
    }

    @Test
    void plan_purchaseWithoutSummary_reasonNamesTheAmount() {
        ClientFacts ana = repeatBuyer().purchase("2026-11-19", "120", "").build();

        assertThat(only(ana, THANK_PURCHASE).reason())
                .isEqualTo("Bought something for 120.00 on 19 Nov: a thank-you call within 2 work days.");
    }

    @Test
    void plan_purchaseWithoutSummaryOrAmount_reasonSaysAPurchase() {
        ClientFacts ana = repeatBuyer().purchase("2026-11-19", null, null).build();

        assertThat(only(ana, THANK_PURCHASE).reason())
                .isEqualTo("Made a purchase on 19 Nov: a thank-you call within 2 work days.");
    }

    @Test
    void plan_changedDayCounts_areUsed() {
        ClientFacts ana = facts("c-1").purchase("2026-11-14", "12.00", "Croissant").build(); // a Saturday
        Settings settings = Plans.with(RuleSettingsBuilder.rules().set("thankCallWorkDays", 0)
                .set("thankNoteDays", 3).set("purchaseWindowDays", 9).build());

        List<FollowUp> both = plan(ana, settings, THANK_PURCHASE);

        assertThat(both).extracting(FollowUp::due).containsExactly(day("2026-11-16"), day("2026-11-17"));
        assertThat(both.get(0).reason()).endsWith("a thank-you call right away.");
        assertThat(both.get(1).reason()).endsWith("a handwritten thank-you note within 3 days.");
        assertThat(plan(ana, Plans.with(RuleSettingsBuilder.rules().set("purchaseWindowDays", 8).build()),
                THANK_PURCHASE)).isEmpty();
    }

    @Test
    void plan_twoPurchasesAtTheSameMinute_theLargerDecidesTheNote() {
        ClientFacts smallLast = repeatBuyer().purchase("2026-11-19T14:30", "800.00", "Wedding cake")
                .purchase("2026-11-19T14:30", "12.00", "Candles").build();
        ClientFacts largeLast = repeatBuyer().purchase("2026-11-19T14:30", "12.00", "Candles")
                .purchase("2026-11-19T14:30", "800.00", "Wedding cake").build();

        assertThat(actions(smallLast)).containsExactly(FollowUpAction.CALL, FollowUpAction.NOTE);
        assertThat(plan(smallLast, THANK_PURCHASE)).isEqualTo(plan(largeLast, THANK_PURCHASE));
        assertThat(plan(smallLast, THANK_PURCHASE).get(0).reason()).contains("wedding cake");
    }
}
