package app.rapport.planning;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.ContactFact;
import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.InteractionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonsTest {
    private static final Reasons REASONS = new Reasons(Plans.AS_OF);

    private static ContactFact purchase(String summary, String amount) {
        return new ContactFact(LocalDate.parse("2026-11-19").atTime(10, 0), InteractionKind.PURCHASE,
                Direction.INBOUND, Experience.NEUTRAL, amount == null ? null : new BigDecimal(amount), summary);
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({"2026-11-19, 19 Nov", "2026-09-05, 5 Sep", "2027-01-02, 2 Jan 2027", "2025-12-31, 31 Dec 2025"})
    void date_dayAndMonth_withTheYearOnlyWhenAnother(LocalDate day, String expected) {
        assertThat(REASONS.date(day)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" reads \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "Wedding cake|Bought a wedding cake",
        "Apple pie|Bought an apple pie",
        "Flowers|Bought flowers",
        "2 loaves|Bought 2 loaves",
        "The big order.|Bought the big order",
        "IKEA desk|Bought an IKEA desk",
        "  some rolls |Bought some rolls",
        "Glass|Bought a glass",
        "Cupcakes for a school party|Bought cupcakes for a school party",
        "Box of macarons|Bought a box of macarons"
    })
    void thankCall_summaryReadsAsWhatWasBought(String summary, String expected) {
        assertThat(REASONS.thankCall(purchase(summary, "10"), 2))
                .isEqualTo(expected + " on 19 Nov: a thank-you call within 2 work days.");
    }

    @Test
    void thankCall_workDaysSpelledOut() {
        assertThat(REASONS.thankCall(purchase("", "10"), 1)).endsWith("within 1 work day.");
        assertThat(REASONS.thankCall(purchase("", "10"), 0)).endsWith("a thank-you call right away.");
    }

    @ParameterizedTest(name = "{0} days: {1}")
    @CsvSource({"1, within a day", "7, within a week", "14, within two weeks", "10, within 10 days"})
    void thankNote_daysSpelledOut(int days, String expected) {
        assertThat(REASONS.thankNote(true, purchase("", "10"), days)).endsWith(" " + expected + ".");
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({"120, 120.00", "120.5, 120.50", "1200.00, 1200.00", "0.125, 0.125"})
    void amount_plainWithCents(BigDecimal amount, String expected) {
        assertThat(Reasons.amount(amount)).isEqualTo(expected);
    }

    @Test
    void goneQuiet_due_tierNamesAsPeopleReadThem() {
        LocalDate today = Plans.AS_OF;
        assertThat(REASONS.goneQuiet(31, today.minusDays(31), Reasons.LastContact.LOGGED, "VIP", 30,
                today.minusDays(1), false))
                .isEqualTo("No contact for 31 days; VIP clients hear from you every 30 days.");
        assertThat(REASONS.goneQuiet(1, today.minusDays(1), Reasons.LastContact.LOGGED, "REGULAR", 1, today, false))
                .isEqualTo("No contact for 1 day; Regular clients hear from you every 1 day.");
        assertThat(REASONS.goneQuiet(95, today.minusDays(95), Reasons.LastContact.LOGGED, null, 90,
                today.minusDays(5), false)).contains("Regular clients");
        assertThat(REASONS.goneQuiet(20, today.minusDays(20), Reasons.LastContact.LOGGED, "Gold", 14,
                today.minusDays(6), false)).contains("Gold clients");
    }

    @Test
    void goneQuiet_comingUp_saysWhatTheDueDateComesFrom() {
        LocalDate dec2 = LocalDate.parse("2026-12-02");
        Reasons onDec4 = new Reasons(LocalDate.parse("2026-12-04"));

        assertThat(onDec4.goneQuiet(2, dec2, Reasons.LastContact.LOGGED, "REGULAR", 90, dec2.plusDays(90), false))
                .isEqualTo("Last contact 2 Dec; Regular clients hear from you every 90 days: call by 2 Mar 2027.");
        assertThat(onDec4.goneQuiet(0, LocalDate.parse("2026-12-04"), Reasons.LastContact.LOGGED, "VIP", 5,
                LocalDate.parse("2026-12-09"), true))
                .isEqualTo("Last contact 4 Dec; VIP clients hear from you every 5 days: write by 9 Dec.")
                .doesNotContain("0 days");
        assertThat(onDec4.goneQuiet(80, LocalDate.parse("2026-09-15"), Reasons.LastContact.CLIENT_SINCE, "REGULAR",
                90, LocalDate.parse("2026-12-14"), false)).startsWith("Client since 15 Sep; ");
        assertThat(onDec4.goneQuiet(80, LocalDate.parse("2026-09-15"), Reasons.LastContact.ADDED, "REGULAR",
                90, LocalDate.parse("2026-12-14"), false)).startsWith("Added to the book on 15 Sep; ");
    }

    @Test
    void goneQuietAtRisk_namesTheMultiple() {
        assertThat(REASONS.goneQuietAtRisk(91, 1, 90))
                .isEqualTo("No contact for 91 days, over the 90-day rhythm: call, then write.");
        assertThat(REASONS.goneQuietAtRisk(400, 4, 90))
                .isEqualTo("No contact for 400 days, over 4 times the 90-day rhythm: call, then write.");
    }

    @Test
    void thankReferrer_namesEveryReferredClient() {
        String reason = REASONS.thankReferrer(List.of("Li Wei", "Sam Roe", "Ana Ruiz"), null,
                LocalDate.parse("2026-11-03"), 3);

        assertThat(reason).isEqualTo(
                "Referred Li Wei, Sam Roe and Ana Ruiz, who joined on 3 Nov — a thank-you note within 3 work days.");
    }

    @Test
    void manual_noteOrDefault() {
        assertThat(Reasons.manual(" Ask about the new shop ")).isEqualTo("Ask about the new shop");
        assertThat(Reasons.manual(null)).isEqualTo("Your own follow-up");
    }
}
