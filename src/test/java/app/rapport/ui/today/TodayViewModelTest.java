package app.rapport.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Today's state and words, without a stage. */
class TodayViewModelTest {
    @Test
    void snoozeChoice_saysTomorrow_orTheDayWhenItJumpsOverDaysOff() {
        LocalDate thursday = LocalDate.parse("2026-12-03");
        assertThat(TodayViewModel.nextWorkDayChoice(thursday, thursday.plusDays(1))).isEqualTo("Tomorrow (Fri 4 Dec)");
        LocalDate friday = LocalDate.parse("2026-12-04");
        assertThat(TodayViewModel.nextWorkDayChoice(friday, LocalDate.parse("2026-12-07"))).isEqualTo("Monday 7 Dec");
    }
}
