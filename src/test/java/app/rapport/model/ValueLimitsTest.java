package app.rapport.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Amounts, tier cadences and rule day counts check their own limits, for forms and files alike. */
class ValueLimitsTest {
    static Interaction purchase(BigDecimal amount) {
        return new Interaction("i-1", "c-1", LocalDateTime.parse("2026-10-01T12:00"), InteractionKind.PURCHASE, null,
                null, amount, null, null);
    }

    @Test
    void amount_hugeExponents_areOutOfRange_withoutBuildingTheirDigits() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (String text : new String[] {"1e999999999", "1E+999999999", "1e-999999999", "1" + "0".repeat(5000)}) {
                assertThatThrownBy(() -> Amount.parse("amount", text)).as(text)
                        .isInstanceOf(InvalidValueException.class).hasMessage(Amount.OUT_OF_RANGE);
            }
            assertThatThrownBy(() -> purchase(new BigDecimal("1e999999999")))
                    .isInstanceOf(InvalidValueException.class).hasMessage(Amount.OUT_OF_RANGE);
            assertThatThrownBy(() -> purchase(new BigDecimal("1e-999999999")))
                    .isInstanceOf(InvalidValueException.class).hasMessage(Amount.OUT_OF_RANGE);
            assertThat(purchase(new BigDecimal("0E+999999999")).amount().toPlainString()).isEqualTo("0");
        });
    }

    @Test
    void amount_twelveDigitsAndThreeDecimals_theLimits() {
        assertThat(Amount.parse("amount", " 999999999999.999 ")).isEqualByComparingTo("999999999999.999");
        assertThat(Amount.parse("amount", "1.2e2")).isEqualByComparingTo("120");
        assertThat(Amount.parse("amount", "120.50000")).isEqualByComparingTo("120.5");
        assertThat(Amount.parse("amount", "")).isNull();
        assertThat(Amount.problem("1000000000000")).isEqualTo(Amount.OUT_OF_RANGE);
        assertThat(Amount.problem("0.0001")).isEqualTo(Amount.OUT_OF_RANGE);
        assertThat(Amount.problem("-1")).isEqualTo(Amount.NEGATIVE);
        assertThat(Amount.problem("12 eggs")).isEqualTo(Amount.NOT_A_NUMBER);
        assertThat(Amount.problem("120.00")).isEmpty();
        assertThat(purchase(new BigDecimal("999999999999.999")).amount()).isEqualByComparingTo("999999999999.999");
        assertThatThrownBy(() -> purchase(new BigDecimal("1000000000000")))
                .isInstanceOf(InvalidValueException.class).hasMessage(Amount.OUT_OF_RANGE)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("amount");
    }

    @Test
    void noteThreshold_isAnAmountToo() {
        assertThatThrownBy(() -> new Settings(null, null, new BigDecimal("1e20"), null, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessage(Amount.OUT_OF_RANGE)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("noteAmountThreshold");
    }

    @Test
    void letterPaper_isLetterOrA4_notATemplatesSmallerSheet() {
        assertThat(Settings.defaults().paper()).isEqualTo(PageSize.LETTER);
        assertThat(new Settings(null, null, null, null, PageSize.A4, null, null).paper()).isEqualTo(PageSize.A4);
        assertThatThrownBy(() -> new Settings(null, null, null, null, PageSize.NOTE_CARD, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessage(Settings.NOT_LETTER_PAPER)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("paper");
    }

    @Test
    void tierCadence_goesFromOneDayToTenYears() {
        assertThat(new Tier("VIP", 3650).cadenceDays()).isEqualTo(3650);
        assertThatThrownBy(() -> new Tier("VIP", 3651)).hasMessage(Tier.CADENCE_RANGE);
        assertThatThrownBy(() -> new Tier("VIP", 0)).hasMessage(Tier.CADENCE_RANGE);
    }

    @Test
    void ruleDayCounts_goFromZeroToTenYears_andNameTheirField() {
        assertThat(RuleSettings.defaults().withHorizonDays(3650).horizonDays()).isEqualTo(3650);
        assertThatThrownBy(() -> RuleSettings.defaults().withHorizonDays(3651))
                .isInstanceOf(InvalidValueException.class).hasMessage(RuleSettings.DAYS_RANGE)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("horizonDays");
        assertThatThrownBy(() -> new RuleSettings(null, 7, 101, 30, 2, 7, 60, 1, 14, 60, 3, 7, 30, 14, 7, 60, 30, 7))
                .hasMessage(RuleSettings.AT_RISK_MULTIPLE);
    }
}
