package app.rapport.planning;

import static app.rapport.model.FollowUpRule.BIRTHDAY;
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

class BirthdayRuleTest {

    @Test
    void plan_birthdayIn10Days_cardDueAWeekBefore() {
        ClientFacts ana = facts("c-1").birthday("--12-03").build();

        FollowUp card = only(ana, BIRTHDAY);

        assertThat(card.action()).isEqualTo(FollowUpAction.NOTE);
        assertThat(card.anchor()).isEqualTo("2026-12-03");
        assertThat(card.due()).isEqualTo("2026-11-26");
        assertThat(card.priority()).isEqualTo(4);
        assertThat(card.reason()).isEqualTo("Birthday on 3 Dec: send a card by 26 Nov.");
    }

    @Test
    void plan_birthdayWithYear_plannedTheSame() {
        ClientFacts ana = facts("c-1").birthday("1980-12-03").build();

        assertThat(only(ana, BIRTHDAY).anchor()).isEqualTo("2026-12-03");
    }

    @Test
    void plan_birthdayAWeekAgo_stillThisYearsBelatedCard() {
        ClientFacts ana = facts("c-1").birthday("--11-16").build();

        FollowUp card = only(ana, BIRTHDAY);

        assertThat(card.anchor()).isEqualTo("2026-11-16");
        assertThat(card.due()).isEqualTo("2026-11-09");
        assertThat(card.reason()).isEqualTo("Birthday was on 16 Nov: send a belated card.");
    }

    @Test
    void plan_birthdayEightDaysAgo_nextYears() {
        ClientFacts ana = facts("c-1").birthday("--11-15").build();

        FollowUp card = only(ana, BIRTHDAY);

        assertThat(card.anchor()).isEqualTo("2027-11-15");
        assertThat(card.due()).isEqualTo("2027-11-08");
        assertThat(card.reason()).isEqualTo("Birthday on 15 Nov 2027: send a card by 8 Nov 2027.");
    }

    @Test
    void plan_birthdayToday_cardToday() {
        ClientFacts ana = facts("c-1").birthday("--11-23").build();

        assertThat(only(ana, BIRTHDAY).reason()).isEqualTo("Birthday on 23 Nov: send a card today.");
    }

    @ParameterizedTest(name = "as of {0}, birthday {1}: {2}")
    @CsvSource({
        "2027-01-03, --12-30, 2026-12-30",   // last year's, within the week
        "2027-01-03, --12-27, 2026-12-27",   // exactly D − 7
        "2027-01-03, --12-26, 2027-12-26",   // D − 8: next one
        "2027-01-03, --01-05, 2027-01-05"
    })
    void plan_aroundNewYear_firstOccurrenceFromAWeekAgo(String asOf, String birthday, String expected) {
        ClientFacts ana = facts("c-1").birthday(birthday).build();

        assertThat(plan(ana, asOf, BIRTHDAY)).singleElement().extracting(FollowUp::anchor).isEqualTo(day(expected));
    }

    @ParameterizedTest(name = "as of {0}: 29 Feb birthday on {1}, card due {2}")
    @CsvSource({
        "2027-02-20, 2027-02-28, 2027-02-21",   // not a leap year: 28 February
        "2028-02-20, 2028-02-29, 2028-02-22",   // a leap year: 29 February
        "2027-03-07, 2027-02-28, 2027-02-21",   // 28 Feb 2027 is D − 7
        "2027-03-08, 2028-02-29, 2028-02-22",   // past it: next year's, a leap year
        "2028-03-08, 2029-02-28, 2029-02-21"
    })
    void plan_29FebruaryBirthday(String asOf, String expectedBirthday, String expectedDue) {
        ClientFacts ana = facts("c-1").birthday("1992-02-29").build();

        FollowUp card = plan(ana, asOf, BIRTHDAY).get(0);

        assertThat(card.anchor()).isEqualTo(expectedBirthday);
        assertThat(card.due()).isEqualTo(expectedDue);
    }

    @Test
    void plan_noteExactly30DaysBefore_satisfies() {
        ClientFacts ana = facts("c-1").birthday("--11-25").outbound(InteractionKind.HANDWRITTEN_NOTE, "2026-10-26")
                .build();

        assertThat(plan(ana, BIRTHDAY)).isEmpty();
    }

    @Test
    void plan_note31DaysBefore_doesNotSatisfy() {
        ClientFacts ana = facts("c-1").birthday("--11-25").outbound(InteractionKind.HANDWRITTEN_NOTE, "2026-10-25")
                .build();

        assertThat(plan(ana, BIRTHDAY)).hasSize(1);
    }

    @Test
    void plan_giftOnTheBirthday_satisfies() {
        ClientFacts ana = facts("c-1").birthday("--11-20").outbound(InteractionKind.GIFT, "2026-11-20T18:00").build();

        assertThat(plan(ana, BIRTHDAY)).isEmpty();
    }

    @Test
    void plan_giftTheDayAfterTheBirthday_belatedCardSatisfies() {
        ClientFacts ana = facts("c-1").birthday("--11-20").outbound(InteractionKind.GIFT, "2026-11-21").build();

        assertThat(plan(ana, BIRTHDAY)).isEmpty();
    }

    @Test
    void plan_belatedCardSevenDaysAfter_satisfies() {
        ClientFacts ana = facts("c-1").birthday("--11-16").outbound(InteractionKind.HANDWRITTEN_NOTE, "2026-11-23")
                .build();

        assertThat(plan(ana, BIRTHDAY)).isEmpty();
    }

    @Test
    void plan_cardEightDaysAfter_doesNotSatisfyThatBirthday() {
        // As of 24 Nov the birthday of 16 Nov is past its week of grace: next year's is planned, and
        // a card on 24 Nov is not in next year's window either.
        ClientFacts ana = facts("c-1").birthday("--11-16").outbound(InteractionKind.HANDWRITTEN_NOTE, "2026-11-24")
                .build();

        assertThat(plan(ana, "2026-11-24", BIRTHDAY)).singleElement().extracting(FollowUp::anchor)
                .isEqualTo(day("2027-11-16"));
        // and as of the 23rd, a card dated the 24th is in the future and does not count yet
        assertThat(plan(ana, BIRTHDAY)).singleElement().extracting(FollowUp::anchor).isEqualTo(day("2026-11-16"));
    }

    @Test
    void plan_callInTheWindow_doesNotSatisfy() {
        ClientFacts ana = facts("c-1").birthday("--11-20").outbound(InteractionKind.CALL, "2026-11-20").build();

        assertThat(plan(ana, BIRTHDAY)).hasSize(1);
    }

    @Test
    void plan_noBirthday_nothing() {
        assertThat(plan(facts("c-1").build(), BIRTHDAY)).isEmpty();
    }

    @Test
    void plan_changedDayCounts_areUsed() {
        ClientFacts ana = facts("c-1").birthday("--12-03").outbound(InteractionKind.HANDWRITTEN_NOTE, "2026-11-10")
                .build();
        var settings = Plans.with(RuleSettingsBuilder.rules().set("birthdayLeadDays", 14)
                .set("birthdayNoteWindowDays", 20).set("lateOccasionDays", 0).build());

        assertThat(plan(ana, settings, BIRTHDAY)).singleElement().extracting(FollowUp::due)
                .isEqualTo(day("2026-11-19"));
        assertThat(plan(facts("c-2").birthday("--11-22").build(), settings, BIRTHDAY)).singleElement()
                .extracting(FollowUp::anchor).isEqualTo(day("2027-11-22"));
    }
}
