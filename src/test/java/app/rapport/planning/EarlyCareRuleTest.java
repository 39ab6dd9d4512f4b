package app.rapport.planning;

import static app.rapport.model.FollowUpRule.EARLY_CARE;
import static app.rapport.planning.Plans.day;
import static app.rapport.planning.Plans.only;
import static app.rapport.planning.Plans.plan;
import static app.rapport.testutil.FactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.ClientFacts;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.InteractionKind;
import app.rapport.testutil.FactsBuilder;
import app.rapport.testutil.RuleSettingsBuilder;
import org.junit.jupiter.api.Test;

class EarlyCareRuleTest {

    private static FactsBuilder boughtFirstOn(String day) {
        return facts("c-1").purchase(day + "T10:00", "40.00", "Bread");
    }

    @Test
    void plan_firstPurchaseThreeWeeksAgo_careCallDue30DaysAfter() {
        FollowUp call = only(boughtFirstOn("2026-11-01").build(), EARLY_CARE);

        assertThat(call.action()).isEqualTo(FollowUpAction.CALL);
        assertThat(call.anchor()).isEqualTo("2026-11-01");
        assertThat(call.due()).isEqualTo("2026-12-01");
        assertThat(call.priority()).isEqualTo(4);
        assertThat(call.reason()).isEqualTo("First purchase on 1 Nov: a care call by 1 Dec to see how it went.");
    }

    @Test
    void plan_firstPurchaseExactly60DaysAgo_listedAndOverdue() {
        FollowUp call = only(boughtFirstOn("2026-09-24").build(), EARLY_CARE);

        assertThat(call.due()).isEqualTo("2026-10-24");
        assertThat(call.reason()).isEqualTo("First purchase on 24 Sep: a care call today to see how it went.");
    }

    @Test
    void plan_firstPurchase61DaysAgo_nothing() {
        assertThat(plan(boughtFirstOn("2026-09-23").build(), EARLY_CARE)).isEmpty();
    }

    @Test
    void plan_firstPurchaseOutsideTheLog_usesTheLoadedFirstPurchase() {
        ClientFacts ana = facts("c-1").firstPurchaseAt("2026-11-02T10:00").build();

        assertThat(only(ana, EARLY_CARE).anchor()).isEqualTo("2026-11-02");
    }

    @Test
    void plan_outboundContactOnDaySeven_doesNotSatisfy() {
        ClientFacts ana = boughtFirstOn("2026-11-01").outbound(InteractionKind.THANK_YOU_CALL, "2026-11-08T18:00")
                .build();

        assertThat(plan(ana, EARLY_CARE)).hasSize(1);
    }

    @Test
    void plan_outboundContactOnDayEight_satisfies() {
        ClientFacts ana = boughtFirstOn("2026-11-01").outbound(InteractionKind.EMAIL, "2026-11-09T08:00").build();

        assertThat(plan(ana, EARLY_CARE)).isEmpty();
    }

    @Test
    void plan_inboundContactLater_doesNotSatisfy() {
        ClientFacts ana = boughtFirstOn("2026-11-01").inbound(InteractionKind.CALL, "2026-11-15").build();

        assertThat(plan(ana, EARLY_CARE)).hasSize(1);
    }

    @Test
    void plan_noPurchaseEver_nothing() {
        assertThat(plan(facts("c-1").build(), EARLY_CARE)).isEmpty();
    }

    @Test
    void plan_firstPurchaseAfterTheAsOfDate_nothing() {
        assertThat(plan(boughtFirstOn("2026-11-24").build(), EARLY_CARE)).isEmpty();
    }

    @Test
    void plan_changedDayCounts_areUsed() {
        ClientFacts ana = boughtFirstOn("2026-11-01").outbound(InteractionKind.EMAIL, "2026-11-09").build();
        var settings = Plans.with(RuleSettingsBuilder.rules().set("earlyCareDueDays", 21)
                .set("earlyCareQuietDays", 8).set("earlyCareWindowDays", 22).build());

        assertThat(plan(ana, settings, EARLY_CARE)).singleElement().extracting(FollowUp::due)
                .isEqualTo(day("2026-11-22"));
        assertThat(plan(ana, settings, Plans.AS_OF.plusDays(1), EARLY_CARE)).isEmpty();
    }
}
