package app.rapport.planning;

import static app.rapport.model.FollowUpRule.ANNIVERSARY;
import static app.rapport.planning.Plans.day;
import static app.rapport.planning.Plans.only;
import static app.rapport.planning.Plans.plan;
import static app.rapport.testutil.FactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.ClientFacts;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.InteractionKind;
import app.rapport.testutil.RuleSettingsBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AnniversaryRuleTest {

    @Test
    void plan_threeYearsNextWeek_noteDueOnTheDay() {
        ClientFacts ana = facts("c-1").clientSince("2023-12-02").build();

        FollowUp note = only(ana, ANNIVERSARY);

        assertThat(note.action()).isEqualTo(FollowUpAction.NOTE);
        assertThat(note.anchor()).isEqualTo("2026-12-02");
        assertThat(note.due()).isEqualTo("2026-12-02");
        assertThat(note.priority()).isEqualTo(4);
        assertThat(note.reason()).isEqualTo("3 years as a client on 2 Dec: a note to mark it.");
    }

    @Test
    void plan_anniversaryExactlyAWeekAgo_stillListed() {
        ClientFacts ana = facts("c-1").clientSince("2025-11-16").build();

        FollowUp note = only(ana, ANNIVERSARY);

        assertThat(note.anchor()).isEqualTo("2026-11-16");
        assertThat(note.reason()).isEqualTo("One year as a client on 16 Nov: a note to mark it.");
    }

    @Test
    void plan_anniversaryEightDaysAgo_nextYears() {
        ClientFacts ana = facts("c-1").clientSince("2025-11-15").build();

        FollowUp note = only(ana, ANNIVERSARY);

        assertThat(note.anchor()).isEqualTo("2027-11-15");
        assertThat(note.reason()).isEqualTo("2 years as a client on 15 Nov 2027: a note to mark it.");
    }

    @Test
    void plan_newClient_firstAnniversaryIsAYearLater() {
        ClientFacts ana = facts("c-1").clientSince("2026-11-20").build();

        assertThat(only(ana, ANNIVERSARY).anchor()).isEqualTo("2027-11-20");
    }

    @Test
    void plan_clientSinceToday_firstAnniversaryNextYear() {
        ClientFacts ana = facts("c-1").clientSince("2026-11-23").build();

        assertThat(only(ana, ANNIVERSARY).anchor()).isEqualTo("2027-11-23");
    }

    @Test
    void plan_withoutClientSince_noAnniversary_theDayAddedIsNotWhenTheyBecameAClient() {
        ClientFacts ana = facts("c-1").clientSince(null).addedOn("2020-11-25").build();

        assertThat(plan(ana, ANNIVERSARY)).isEmpty();
        assertThat(plan(ana, "2027-11-25", ANNIVERSARY)).isEmpty();
    }

    @ParameterizedTest(name = "as of {0}: anniversary on {1} ({2} years)")
    @CsvSource({
        "2027-02-25, 2027-02-28, 3",   // not a leap year: 28 February
        "2028-02-25, 2028-02-29, 4",   // a leap year: 29 February
        "2025-03-07, 2025-02-28, 1",   // 28 Feb 2025 is D − 7
        "2025-03-08, 2026-02-28, 2"
    })
    void plan_29FebruaryClientSince(String asOf, String expected, int years) {
        ClientFacts ana = facts("c-1").clientSince("2024-02-29").build();

        FollowUp note = plan(ana, asOf, ANNIVERSARY).get(0);

        assertThat(note.anchor()).isEqualTo(expected);
        assertThat(note.reason()).startsWith(years == 1 ? "One year" : years + " years");
    }

    @ParameterizedTest
    @EnumSource(value = InteractionKind.class, names = {"HANDWRITTEN_NOTE", "CALL", "THANK_YOU_CALL", "GIFT"})
    void plan_contactInTheTwoWeeksBefore_satisfies(InteractionKind kind) {
        ClientFacts ana = facts("c-1").clientSince("2023-12-02").outbound(kind, "2026-11-18").build();

        assertThat(plan(ana, ANNIVERSARY)).isEmpty();
    }

    @Test
    void plan_inboundCallInTheWindow_satisfies() {
        ClientFacts ana = facts("c-1").clientSince("2023-11-20").inbound(InteractionKind.CALL, "2026-11-20").build();

        assertThat(plan(ana, ANNIVERSARY)).isEmpty();
    }

    @Test
    void plan_callFifteenDaysBefore_doesNotSatisfy() {
        ClientFacts ana = facts("c-1").clientSince("2023-12-02").outbound(InteractionKind.CALL, "2026-11-17").build();

        assertThat(plan(ana, ANNIVERSARY)).hasSize(1);
    }

    @Test
    void plan_callTheDayAfter_satisfies() {
        ClientFacts ana = facts("c-1").clientSince("2023-11-20").outbound(InteractionKind.CALL, "2026-11-21").build();

        assertThat(plan(ana, ANNIVERSARY)).isEmpty();
    }

    @Test
    void plan_noteSevenDaysAfter_satisfies() {
        ClientFacts ana = facts("c-1").clientSince("2023-11-16")
                .outbound(InteractionKind.HANDWRITTEN_NOTE, "2026-11-23")
                .build();

        assertThat(plan(ana, ANNIVERSARY)).isEmpty();
    }

    @Test
    void plan_noteEightDaysAfter_doesNotSatisfyThatAnniversary() {
        ClientFacts ana = facts("c-1").clientSince("2023-11-16")
                .outbound(InteractionKind.HANDWRITTEN_NOTE, "2026-11-24")
                .build();

        // as of the 23rd the note is in the future: the anniversary of the 16th is open
        assertThat(plan(ana, ANNIVERSARY)).singleElement().extracting(FollowUp::anchor).isEqualTo(day("2026-11-16"));
        // as of the 24th that anniversary is past its week of grace: next year's is planned
        assertThat(plan(ana, "2026-11-24", ANNIVERSARY)).singleElement().extracting(FollowUp::anchor)
                .isEqualTo(day("2027-11-16"));
    }

    @ParameterizedTest
    @EnumSource(value = InteractionKind.class, names = {"EMAIL", "VISIT", "PURCHASE", "MEETING"})
    void plan_otherContactInTheWindow_doesNotSatisfy(InteractionKind kind) {
        ClientFacts ana = facts("c-1").clientSince("2023-12-02").outbound(kind, "2026-11-20").build();

        assertThat(plan(ana, ANNIVERSARY)).hasSize(1);
    }

    @Test
    void plan_changedWindow_isUsed() {
        ClientFacts ana = facts("c-1").clientSince("2023-12-02").outbound(InteractionKind.CALL, "2026-11-17").build();
        var settings = Plans.with(RuleSettingsBuilder.rules().set("anniversaryWindowDays", 15).build());

        assertThat(plan(ana, settings, ANNIVERSARY)).isEmpty();
    }
}
