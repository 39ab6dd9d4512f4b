package app.rapport.io.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.model.Amount;
import app.rapport.model.InvalidValueException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money and dates as exports write them, one cell at a time. */
class MoneyAndDatesTest {
    @ParameterizedTest(name = "{0} with \"{1}\" as the mark is {2}")
    @CsvSource(delimiter = '|', value = {
        "$1,234.50|.|1234.50", "-$120.00|.|-120.00", "$-120.00|.|-120.00", "($33.62)|.|-33.62", "$150.00 |.|150.00",
        "1 234,50 €|,|1234.50", "1\u00a0234,50\u00a0€|,|1234.50", "CHF 1'234.50|.|1234.50", "EUR -12,00|,|-12.00",
        "12,5|,|12.5", "1.234|.|1.234", "1.234|,|1234", "1,234|.|1234", "1.234.567,89|,|1234567.89",
        "1,234,567|.|1234567", "12,34,567.50|.|1234567.50", "12-|.|-12", "£0.99|.|0.99", "+7|.|7", "− 5,00 €|,|-5.00",
                "0|.|0"})
    void parse_readsMoneyAsWritten(String text, char mark, String expected) {
        assertThat(Money.parse(text, mark)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|',
            value = {"1e5", "1e999999999", "€", "abc", "1,2,3.4.5", "12.5.6,7", "--5", "1.2,3,4", "1.2.3",
                    "1234,567.00"})
    void parse_whatIsNotMoney_isNotANumber(String text) {
        assertThatThrownBy(() -> Money.parse(text, '.')).isInstanceOf(InvalidValueException.class)
                .hasMessage(Amount.NOT_A_NUMBER);
    }

    @Test
    void parse_tooBig_isOutOfRange_whateverItsLength() {
        assertThatThrownBy(() -> Money.parse("9".repeat(13), '.')).hasMessage(Amount.OUT_OF_RANGE);
        assertThatThrownBy(() -> Money.parse("1".repeat(100_000), '.')).hasMessage(Amount.OUT_OF_RANGE);
        assertThat(Money.parse("  ", '.')).isNull();
    }

    @Test
    void decimalMark_isTheOneTheColumnSettles_pointWhenNothingSettlesIt() {
        assertThat(Money.decimalMark(List.of("1.234", "12,50"))).isEqualTo(',');
        assertThat(Money.decimalMark(List.of("1,234", "1.234.567"))).isEqualTo('.');
        assertThat(Money.decimalMark(List.of("1,234", "9.99"))).isEqualTo('.');
        assertThat(Money.decimalMark(List.of("1 234,50 €", "", "n/a"))).isEqualTo(',');
        assertThat(Money.decimalMark(List.of())).isEqualTo('.');
    }

    @Test
    void stamp_readsIsoDottedAndSlashedDates_withTimesAndOffsets() {
        assertThat(SaleDates.stamp("2026-11-18 14:05:11 -0500", null)).isEqualTo(new SaleDates.Stamp(
                LocalDate.of(2026, 11, 18), LocalTime.of(14, 5, 11), ZoneOffset.ofHours(-5)));
        assertThat(SaleDates.stamp("2026-11-18T14:05:11Z", null).offset()).isEqualTo(ZoneOffset.UTC);
        assertThat(SaleDates.stamp("2026-11-18T14:05:11.123+05:30", null).offset())
                .isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(SaleDates.stamp("18.11.2026 9:05", null)).isEqualTo(new SaleDates.Stamp(LocalDate.of(2026, 11, 18),
                LocalTime.of(9, 5), null));
        assertThat(SaleDates.stamp("11/18/2026 2:05 PM", null).time()).isEqualTo(LocalTime.of(14, 5));
        assertThat(SaleDates.stamp("12/05/2018", DateOrder.MDY).date()).isEqualTo(LocalDate.of(2018, 12, 5));
        assertThat(SaleDates.stamp("12/05/2018", DateOrder.DMY).date()).isEqualTo(LocalDate.of(2018, 5, 12));
        assertThat(SaleDates.stamp("12/05/2018", null)).isNull();
        assertThat(SaleDates.stamp("05-11-26", DateOrder.DMY).date()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(SaleDates.stamp("31/02/2026", DateOrder.DMY)).isNull();
        assertThat(SaleDates.stamp("2026-13-01", null)).isNull();
        assertThat(SaleDates.stamp("13/13/2026", null)).isNull();
        assertThat(SaleDates.stamp("yesterday", null)).isNull();
        assertThat(SaleDates.time("12:30 AM")).isEqualTo(LocalTime.of(0, 30));
        assertThat(SaleDates.time("14h30")).isEqualTo(LocalTime.of(14, 30));
        assertThat(SaleDates.time("25:00")).isNull();
        assertThat(SaleDates.time("13:00 PM")).isNull();
    }

    @Test
    void evidence_aDayOver12SettlesTheWholeFile_bothWaysMustBeAsked() {
        assertThat(SaleDates.evidence(List.of("03/04/2026", "13/04/2026")).settled()).isEqualTo(DateOrder.DMY);
        assertThat(SaleDates.evidence(List.of("03/04/2026", "04/13/2026")).settled()).isEqualTo(DateOrder.MDY);
        DateOrder.Evidence both = SaleDates.evidence(List.of("13/04/2026", "04/13/2026"));
        assertThat(both.mustAsk()).isTrue();
        assertThat(both.question()).contains("Some dates");
        assertThat(SaleDates.evidence(List.of("2026-04-03", "13.04.2026")).mustAsk()).isFalse();
    }

    @Test
    void zone_namesSquareWrites_ianaNames_offsetsAndAbbreviations_unknownIsNull() {
        ZoneId here = ZoneId.of("Europe/Paris");
        assertThat(SaleDates.zone("Eastern Time (US & Canada)")).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(SaleDates.zone("Europe/Berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(SaleDates.zone("+0530")).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(SaleDates.zone("pdt")).isEqualTo(ZoneOffset.ofHours(-7));
        assertThat(SaleDates.zone("Atlantis")).isNull();
        // summer time on both sides: New York 20:00 on 1 July is 02:00 the next day in Paris
        assertThat(SaleDates.here(LocalDate.of(2026, 7, 1), LocalTime.of(20, 0),
                SaleDates.zone("Eastern Time (US & Canada)"),
                here)).isEqualTo(LocalDateTime.of(2026, 7, 2, 2, 0));
    }
}
