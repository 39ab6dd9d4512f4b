package app.rapport.planning;

import static app.rapport.model.FollowUpRule.GONE_QUIET;
import static app.rapport.planning.Plans.AS_OF;
import static app.rapport.planning.Plans.day;
import static app.rapport.planning.Plans.plan;
import static app.rapport.testutil.FactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Channel;
import app.rapport.model.ClientFacts;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Settings;
import app.rapport.model.Tier;
import app.rapport.testutil.FactsBuilder;
import app.rapport.testutil.RuleSettingsBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GoneQuietRuleTest {

    /** Only GONE_QUIET is on, so that no other follow-up drops it. */
    private static final Settings QUIET_ONLY = Plans.with(RuleSettingsBuilder.rules().only(GONE_QUIET).build());

    private static List<FollowUp> all(ClientFacts client, LocalDate asOf) {
        return plan(client, QUIET_ONLY, asOf, GONE_QUIET);
    }

    private static FollowUp one(ClientFacts client) {
        List<FollowUp> found = all(client, AS_OF);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static FactsBuilder quietFor(int days) {
        return facts("c-1").outbound(InteractionKind.CALL, AS_OF.minusDays(days) + "T10:00");
    }

    @Test
    void plan_regularClientQuietFor94Days_callDueAtTheCadence() {
        FollowUp call = one(quietFor(94).tier("REGULAR").build());

        assertThat(call.action()).isEqualTo(FollowUpAction.CALL);
        assertThat(call.anchor()).isEqualTo("2026-08-21");
        assertThat(call.due()).isEqualTo("2026-11-19");
        assertThat(call.priority()).isEqualTo(4);
        assertThat(call.atRisk()).isFalse();
        assertThat(call.reason()).isEqualTo("No contact for 94 days; Regular clients hear from you every 90 days.");
    }

    @Test
    void plan_prefersNotes_noteInsteadOfCall() {
        assertThat(one(quietFor(94).prefers(Channel.NOTE).build()).action())
                .isEqualTo(FollowUpAction.NOTE);
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"CALL", "EMAIL", "VISIT"})
    void plan_prefersAnythingButNotes_call(Channel channel) {
        assertThat(one(quietFor(94).prefers(channel).build()).action()).isEqualTo(FollowUpAction.CALL);
    }

    @Test
    void plan_quietForExactlyTwiceTheCadence_atRisk() {
        FollowUp call = one(quietFor(180).build());

        assertThat(call.atRisk()).isTrue();
        assertThat(call.action()).isEqualTo(FollowUpAction.CALL_THEN_NOTE);
        assertThat(call.priority()).isEqualTo(2);
        assertThat(call.due()).isEqualTo(AS_OF.minusDays(90));
        assertThat(call.reason()).isEqualTo("No contact for 180 days, twice the 90-day rhythm: call, then write.");
    }

    @Test
    void plan_quietForADayLessThanTwiceTheCadence_notAtRisk() {
        FollowUp call = one(quietFor(179).build());

        assertThat(call.atRisk()).isFalse();
        assertThat(call.action()).isEqualTo(FollowUpAction.CALL);
        assertThat(call.priority()).isEqualTo(4);
    }

    @Test
    void plan_quietFor200Days_prefersNotes_stillCallThenNote() {
        FollowUp call = one(quietFor(200).prefers(Channel.NOTE).build());

        assertThat(call.action()).isEqualTo(FollowUpAction.CALL_THEN_NOTE);
        assertThat(call.reason()).isEqualTo("No contact for 200 days, over twice the 90-day rhythm: call, then write.");
    }

    @Test
    void plan_vipAt30Days_dueToday() {
        FollowUp call = one(quietFor(30).tier("VIP").build());

        assertThat(call.due()).isEqualTo(AS_OF);
        assertThat(call.reason()).isEqualTo("No contact for 30 days; VIP clients hear from you every 30 days.");
    }

    @Test
    void plan_occasional_180DayCadence() {
        FollowUp call = one(quietFor(100).tier("OCCASIONAL").build());

        assertThat(call.due()).isEqualTo(AS_OF.plusDays(80));
        assertThat(call.reason())
                .isEqualTo("Last contact 15 Aug; Occasional clients hear from you every 180 days: call by 11 Feb "
                        + "2027.");
    }

    @Test
    void plan_ownersTier_ownCadenceAndName() {
        Settings settings = QUIET_ONLY.withTiers(List.of(new Tier("Gold", 14), new Tier("REGULAR", 60)));

        FollowUp call = plan(quietFor(20).tier("Gold").build(), settings, GONE_QUIET).get(0);

        assertThat(call.due()).isEqualTo(AS_OF.minusDays(6));
        assertThat(call.reason()).isEqualTo("No contact for 20 days; Gold clients hear from you every 14 days.");
    }

    @Test
    void plan_ownersRegularCadence_usedForClientsWithoutATier() {
        Settings settings = QUIET_ONLY.withTiers(List.of(new Tier("Gold", 14), new Tier("REGULAR", 60)));

        FollowUp call = plan(quietFor(20).build(), settings, GONE_QUIET).get(0);

        assertThat(call.due()).isEqualTo(AS_OF.plusDays(40));
        assertThat(call.reason()).endsWith("Regular clients hear from you every 60 days: call by 2 Jan 2027.");
    }

    @Test
    void plan_unknownTier_plannedAsRegular() {
        FollowUp call = one(quietFor(94).tier("Platinum").build());

        assertThat(call.due()).isEqualTo("2026-11-19");
        assertThat(call.reason()).isEqualTo("No contact for 94 days; Regular clients hear from you every 90 days.");
    }

    @Test
    void plan_noTier_plannedAsRegular() {
        assertThat(one(quietFor(94).build()).due()).isEqualTo("2026-11-19");
    }

    @Test
    void plan_neverContacted_countsFromClientSince() {
        ClientFacts ana = facts("c-1").clientSince("2026-08-21").build();

        FollowUp call = one(ana);

        assertThat(call.anchor()).isEqualTo("2026-08-21");
        assertThat(call.due()).isEqualTo("2026-11-19");
    }

    @Test
    void plan_neverContactedNoClientSince_countsFromTheDayAdded() {
        ClientFacts ana = facts("c-1").clientSince(null).addedOn("2026-09-01").build();

        assertThat(one(ana).anchor()).isEqualTo("2026-09-01");
    }

    @Test
    void plan_contactAfterTheAsOfDate_ignored() {
        ClientFacts ana = facts("c-1").outbound(InteractionKind.CALL, "2026-10-01")
                .outbound(InteractionKind.CALL, "2026-11-25").build();

        FollowUp call = one(ana);

        assertThat(call.anchor()).isEqualTo("2026-10-01");
        assertThat(call.due()).isEqualTo("2026-12-30");
    }

    @Test
    void plan_lastContactOlderThanTheLog_usesTheLoadedLastContact() {
        ClientFacts ana = facts("c-1").lastContactAt("2026-03-01T10:00").build();

        assertThat(one(ana).anchor()).isEqualTo("2026-03-01");
    }

    @Test
    void plan_atRiskMultipleThree_usesIt() {
        Settings settings = Plans.with(RuleSettingsBuilder.rules().only(GONE_QUIET).set("atRiskMultiple", 3).build());

        assertThat(plan(quietFor(269).build(), settings, GONE_QUIET).get(0).atRisk()).isFalse();
        FollowUp call = plan(quietFor(270).build(), settings, GONE_QUIET).get(0);
        assertThat(call.atRisk()).isTrue();
        assertThat(call.reason())
                .isEqualTo("No contact for 270 days, three times the 90-day rhythm: call, then write.");
    }

    @Test
    void plan_contactedToday_dueAfterAWholeCadence() {
        assertThat(one(quietFor(0).build()).due()).isEqualTo(AS_OF.plusDays(90));
    }

    // Skips re-arm GONE_QUIET.

    @Test
    void plan_skipped_nextOneDueSkipDatePlusCadence() {
        ClientFacts ana = quietFor(94).skip(GONE_QUIET, "2026-08-21", "2026-11-20T10:00").build();

        FollowUp call = one(ana);

        assertThat(call.anchor()).isEqualTo("2026-11-20");
        assertThat(call.due()).isEqualTo("2027-02-18");
        assertThat(call.reason())
                .isEqualTo("Last contact 21 Aug; Regular clients hear from you every 90 days: call by 18 Feb 2027.");
        assertThat(Plans.PLANNER.plan(List.of(ana), QUIET_ONLY, AS_OF).followUps()).isEmpty();
    }

    @Test
    void plan_skippedWhileAtRisk_rearmedStillAtRiskFromTheRealLastContact() {
        ClientFacts ana = quietFor(200).skip(GONE_QUIET, AS_OF.minusDays(200).toString(), "2026-11-20T10:00").build();

        FollowUp call = one(ana);

        assertThat(call.due()).isEqualTo("2027-02-18");
        assertThat(call.atRisk()).isTrue();
        assertThat(call.action()).isEqualTo(FollowUpAction.CALL_THEN_NOTE);
        assertThat(call.priority()).isEqualTo(2);
    }

    @Test
    void plan_skippedTwice_rearmedTwice() {
        ClientFacts ana = facts("c-1").tier("VIP").outbound(InteractionKind.CALL, "2026-08-01")
                .skip(GONE_QUIET, "2026-08-01", "2026-08-31T10:00")
                .skip(GONE_QUIET, "2026-08-31", "2026-10-01T10:00").build();

        FollowUp call = one(ana);

        assertThat(call.anchor()).isEqualTo("2026-10-01");
        assertThat(call.due()).isEqualTo("2026-10-31");
    }

    @Test
    void plan_rearmedThenSnoozed_hiddenUntilTheSnoozeDate() {
        ClientFacts ana = quietFor(94).skip(GONE_QUIET, "2026-08-21", "2026-11-20T10:00")
                .snooze(GONE_QUIET, "2026-11-20", "2026-12-01", "2026-11-22T10:00").build();

        assertThat(all(ana, AS_OF)).isEmpty();
        assertThat(all(ana, day("2026-12-01"))).singleElement()
                .satisfies(f -> assertThat(f.due()).isEqualTo("2026-12-01"))
                .satisfies(f -> assertThat(f.anchor()).isEqualTo("2026-11-20"));
    }

    @Test
    void plan_snoozedAfterTheSkip_theSnoozeCountsAndNothingRearms() {
        ClientFacts ana = quietFor(94).skip(GONE_QUIET, "2026-08-21", "2026-11-10T10:00")
                .snooze(GONE_QUIET, "2026-08-21", "2026-12-01", "2026-11-12T10:00").build();

        assertThat(all(ana, AS_OF)).isEmpty();
        assertThat(all(ana, day("2026-12-01"))).singleElement()
                .satisfies(f -> assertThat(f.anchor()).isEqualTo("2026-08-21"));
    }

    @Test
    void plan_skipDate_isTheDateInTheClocksZone() {
        ClientFacts ana = quietFor(94).skip(GONE_QUIET, "2026-08-21", "2026-11-19T20:00").build();
        Planner auckland = new Planner(Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"),
                ZoneId.of("Pacific/Auckland")));

        assertThat(one(ana).anchor()).isEqualTo("2026-11-19");
        assertThat(auckland.planClient(ana, QUIET_ONLY, AS_OF)).filteredOn(f -> f.rule() == GONE_QUIET)
                .singleElement().extracting(FollowUp::anchor).isEqualTo(day("2026-11-20"));
    }

    @Test
    void plan_skippedOnItsOwnAnchorDay_rearmsFromTheNextDay() {
        ClientFacts ana = facts("c-1").tier("VIP").outbound(InteractionKind.CALL, "2026-11-20T09:00")
                .skip(GONE_QUIET, "2026-11-20", "2026-11-20T15:00")
                .skip(GONE_QUIET, "2026-11-21", "2026-11-20T16:00").build();

        FollowUp call = one(ana);

        assertThat(call.anchor()).isEqualTo("2026-11-22");
        assertThat(call.due()).isEqualTo("2026-12-22");
    }

    @Test
    void plan_newContactAfterASkip_freshOccurrenceFromIt() {
        ClientFacts ana = quietFor(94).skip(GONE_QUIET, "2026-08-21", "2026-11-20T10:00")
                .outbound(InteractionKind.EMAIL, "2026-11-21").build();

        FollowUp call = one(ana);

        assertThat(call.anchor()).isEqualTo("2026-11-21");
        assertThat(call.due()).isEqualTo("2027-02-19");
    }
}
