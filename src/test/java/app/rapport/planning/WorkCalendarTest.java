package app.rapport.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkCalendarTest {
    private static final WorkCalendar WEEKDAYS = new WorkCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    private static final WorkCalendar SIX_DAYS = new WorkCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));

    @ParameterizedTest(name = "{0} + {1} work days = {2}")
    @CsvSource({
        "2026-11-19, 2, 2026-11-23",   // Thursday + 2 skips the weekend
        "2026-11-20, 1, 2026-11-23",   // Friday + 1 is Monday
        "2026-11-21, 1, 2026-11-23",   // Saturday + 1 is Monday
        "2026-11-22, 1, 2026-11-23",   // Sunday + 1 is Monday
        "2026-11-18, 3, 2026-11-23",
        "2026-11-20, 5, 2026-11-27",
        "2026-11-23, 1, 2026-11-24",
        "2026-11-23, 0, 2026-11-23",   // n = 0 on a work day: the day itself
        "2026-11-21, 0, 2026-11-23",   // n = 0 on Saturday: the next work day
        "2026-11-22, 0, 2026-11-23",   // n = 0 on Sunday: the next work day
        "2026-12-31, 1, 2027-01-01"    // across the year (holidays are not modelled)
    })
    void addWorkDays_mondayToFriday(LocalDate from, int n, LocalDate expected) {
        assertThat(WEEKDAYS.addWorkDays(from, n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} work days = {2}")
    @CsvSource({
        "2026-11-19, 2, 2026-11-21",   // Thursday + 2 is Saturday
        "2026-11-20, 1, 2026-11-21",
        "2026-11-21, 1, 2026-11-23",   // Saturday + 1 skips Sunday
        "2026-11-22, 1, 2026-11-23",
        "2026-11-21, 0, 2026-11-21",   // Saturday is a work day
        "2026-11-22, 0, 2026-11-23",   // n = 0 on Sunday
        "2026-11-16, 6, 2026-11-23"
    })
    void addWorkDays_mondayToSaturday(LocalDate from, int n, LocalDate expected) {
        assertThat(SIX_DAYS.addWorkDays(from, n)).isEqualTo(expected);
    }

    @Test
    void addWorkDays_twoDaysAWeek_countsOnlyThose() {
        WorkCalendar calendar = new WorkCalendar(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));

        assertThat(calendar.addWorkDays(LocalDate.parse("2026-11-23"), 1)).isEqualTo("2026-11-24");
        assertThat(calendar.addWorkDays(LocalDate.parse("2026-11-24"), 1)).isEqualTo("2026-11-26");
        assertThat(calendar.addWorkDays(LocalDate.parse("2026-11-24"), 3)).isEqualTo("2026-12-03");
        assertThat(calendar.addWorkDays(LocalDate.parse("2026-11-27"), 0)).isEqualTo("2026-12-01");
    }

    @Test
    void isWorkDay_followsTheWorkDays() {
        assertThat(WEEKDAYS.isWorkDay(LocalDate.parse("2026-11-21"))).isFalse();
        assertThat(SIX_DAYS.isWorkDay(LocalDate.parse("2026-11-21"))).isTrue();
        assertThat(WEEKDAYS.isWorkDay(LocalDate.parse("2026-11-23"))).isTrue();
    }

    @Test
    void of_takesTheSettingsWorkDays() {
        assertThat(WorkCalendar.of(Plans.DEFAULTS).workDays())
                .containsExactlyInAnyOrderElementsOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    @Test
    void addWorkDays_negative_isRefused() {
        assertThatThrownBy(() -> WEEKDAYS.addWorkDays(LocalDate.parse("2026-11-23"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newCalendar_withoutWorkDays_isRefused() {
        assertThatThrownBy(() -> new WorkCalendar(Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkCalendar(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
