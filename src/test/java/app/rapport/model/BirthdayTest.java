package app.rapport.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BirthdayTest {

    @ParameterizedTest
    @CsvSource({"1980-02-29, 1980, 2, 29", "' 1975-12-01 ', 1975, 12, 1", "--02-29, , 2, 29", "--0704, , 7, 4",
            "--12-31, , 12, 31"})
    void parse_readsBothForms(String text, Integer year, int month, int day) {
        assertThat(Birthday.parse(text)).isEqualTo(new Birthday(year, month, day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1981-02-29", "1980-2-29", "80-02-29", "--13-01", "--02-30", "--2-3", "---02-03",
            "1980/02/29", "1980-02-29x", "١٩٨٠-٠٢-٢٩", "--0a-01", "+1980-02-29", "1980-02-2"})
    void parse_refusesAnythingElse(String text) {
        assertThatThrownBy(() -> Birthday.parse(text)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("YYYY-MM-DD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1980-02-29", "--07-04"})
    void toString_parsesBack(String text) {
        assertThat(Birthday.parse(text)).hasToString(text);
    }
}
