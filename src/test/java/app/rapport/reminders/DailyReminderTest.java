package app.rapport.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testutil.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DailyReminderTest {
    static final LocalTime NINE = LocalTime.of(9, 0);

    /** Checks once a minute from the clock's time for {@code minutes}, as the app does; counts the showings. */
    static int runFor(MutableClock clock, DailyReminder reminder, ReminderState[] state, LocalTime time, int minutes) {
        int shown = 0;
        for (int i = 0; i < minutes; i++) {
            if (reminder.isDue(state[0], time)) {
                state[0] = reminder.shown(state[0]);
                shown++;
            }
            clock.advance(Duration.ofMinutes(1));
        }
        return shown;
    }

    @Test
    void check_before0900_doesNotFire_at0900_firesOnce() {
        MutableClock clock = MutableClock.at("2026-11-23T08:58", "Europe/Berlin");
        DailyReminder reminder = new DailyReminder(clock);
        ReminderState[] state = {ReminderState.NEVER};

        assertThat(reminder.isDue(state[0], NINE)).isFalse();
        clock.setLocal("2026-11-23T09:00");
        assertThat(reminder.isDue(state[0], NINE)).isTrue();
        state[0] = reminder.shown(state[0]);
        assertThat(state[0].lastShown()).isEqualTo("2026-11-23");
        assertThat(runFor(clock, reminder, state, NINE, 15 * 60)).isZero();
    }

    @Test
    void firstStartAt1030_firesAtStart() {
        MutableClock clock = MutableClock.at("2026-11-23T10:30", "America/New_York");
        assertThat(new DailyReminder(clock).isDue(ReminderState.NEVER, NINE)).isTrue();
    }

    @Test
    void restartTheSameDay_withTheRememberedState_doesNotFire() {
        MutableClock clock = MutableClock.at("2026-11-23T09:05", "America/New_York");
        ReminderState remembered = new DailyReminder(clock).shown(ReminderState.NEVER);
        clock.setLocal("2026-11-23T16:00");
        assertThat(new DailyReminder(clock).isDue(remembered, NINE)).isFalse();
    }

    @Test
    void sleepAcross0900_firesOnTheFirstCheckAfterWaking() {
        MutableClock clock = MutableClock.at("2026-11-23T08:30", "Europe/Berlin");
        DailyReminder reminder = new DailyReminder(clock);
        ReminderState[] state = {ReminderState.NEVER};
        assertThat(runFor(clock, reminder, state, NINE, 10)).isZero();
        clock.setLocal("2026-11-23T11:47"); // the lid was closed at 08:40
        assertThat(runFor(clock, reminder, state, NINE, 1)).isEqualTo(1);
    }

    @Test
    void clockSetBackThreeHours_doesNotFireAgain() {
        MutableClock clock = MutableClock.at("2026-11-23T09:00", "Europe/Berlin");
        DailyReminder reminder = new DailyReminder(clock);
        ReminderState[] state = {ReminderState.NEVER};
        assertThat(runFor(clock, reminder, state, NINE, 90)).isEqualTo(1);
        clock.advance(Duration.ofHours(-3));
        assertThat(runFor(clock, reminder, state, NINE, 5 * 60)).isZero();
    }

    @Test
    void clockSetBackToYesterday_doesNotFireAgain() {
        MutableClock clock = MutableClock.at("2026-11-23T09:30", "Europe/Berlin");
        DailyReminder reminder = new DailyReminder(clock);
        ReminderState state = reminder.shown(ReminderState.NEVER);
        clock.setLocal("2026-11-22T10:00");
        assertThat(reminder.isDue(state, NINE)).isFalse();
        assertThat(reminder.shown(state).lastShown()).isEqualTo("2026-11-23");
    }

    @Test
    void midnight_startsANewDay() {
        MutableClock clock = MutableClock.at("2026-11-23T08:00", "America/New_York");
        DailyReminder reminder = new DailyReminder(clock);
        ReminderState[] state = {ReminderState.NEVER};
        assertThat(runFor(clock, reminder, state, NINE, 24 * 60)).isEqualTo(1);
        assertThat(state[0].lastShown()).isEqualTo("2026-11-23");
        assertThat(runFor(clock, reminder, state, NINE, 24 * 60)).isEqualTo(1);
        assertThat(state[0].lastShown()).isEqualTo("2026-11-24");
    }

    /** Spring forward and fall back, in both zones: 09:00 shows once, at 09:00 local time. */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "America/New_York, 2026-03-08",
        "America/New_York, 2026-11-01",
        "Europe/Berlin, 2026-03-29",
        "Europe/Berlin, 2026-10-25"})
    void daylightSavingDay_0900_firesOnceAtNineLocal(String zone, LocalDate day) {
        MutableClock clock = MutableClock.at(day.minusDays(1) + "T12:00", zone);
        DailyReminder reminder = new DailyReminder(clock);
        ReminderState[] state = {reminder.shown(ReminderState.NEVER)};
        Instant firedAt = null;
        for (int i = 0; i < 48 * 60; i++) {
            if (reminder.isDue(state[0], NINE)) {
                if (firedAt == null) {
                    firedAt = clock.instant();
                }
                state[0] = reminder.shown(state[0]);
            }
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(firedAt).isEqualTo(ZonedDateTime.of(day, NINE, ZoneId.of(zone)).toInstant());
        assertThat(state[0].lastShown()).isEqualTo(day.plusDays(1));
    }

    @Test
    void reminderTimeThatDoesNotExist_movesLaterByTheJump() {
        // New York, 8 March 2026: 02:00 jumps to 03:00, so 02:30 happens at 03:30 EDT.
        MutableClock clock = MutableClock.at("2026-03-08T01:00", "America/New_York");
        DailyReminder reminder = new DailyReminder(clock);
        ReminderState[] state = {new ReminderState(LocalDate.parse("2026-03-07"), null)};
        LocalTime halfPastTwo = LocalTime.of(2, 30);
        int shown = 0;
        Instant firedAt = null;
        for (int i = 0; i < 6 * 60; i++) {
            if (reminder.isDue(state[0], halfPastTwo)) {
                firedAt = firedAt == null ? clock.instant() : firedAt;
                state[0] = reminder.shown(state[0]);
                shown++;
            }
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(shown).isEqualTo(1);
        assertThat(firedAt).isEqualTo(Instant.parse("2026-03-08T07:30:00Z")); // 03:30 EDT
    }

    @Test
    void reminderTimeThatHappensTwice_countsOnce_atTheFirst() {
        // Berlin, 25 October 2026: 02:00–02:59 happen twice (CEST, then CET).
        MutableClock clock = MutableClock.at("2026-10-25T00:00", "Europe/Berlin");
        DailyReminder reminder = new DailyReminder(clock);
        ReminderState[] state = {new ReminderState(LocalDate.parse("2026-10-24"), null)};
        LocalTime twoThirty = LocalTime.of(2, 30);
        int shown = 0;
        Instant firedAt = null;
        for (int i = 0; i < 6 * 60; i++) {
            if (reminder.isDue(state[0], twoThirty)) {
                firedAt = firedAt == null ? clock.instant() : firedAt;
                state[0] = reminder.shown(state[0]);
                shown++;
            }
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(shown).isEqualTo(1);
        assertThat(firedAt).isEqualTo(Instant.parse("2026-10-25T00:30:00Z")); // 02:30 CEST
    }

    @Test
    void later_showsAgainAfterAnHour_notBefore() {
        MutableClock clock = MutableClock.at("2026-11-23T09:00", "Europe/Berlin");
        DailyReminder reminder = new DailyReminder(clock);
        ReminderState state = reminder.later(reminder.shown(ReminderState.NEVER));
        clock.advance(Duration.ofMinutes(59));
        assertThat(reminder.isDue(state, NINE)).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(reminder.isDue(state, NINE)).isTrue();
        state = reminder.shown(state);
        assertThat(state.laterAt()).isNull();
        clock.advance(Duration.ofMinutes(1));
        assertThat(reminder.isDue(state, NINE)).isFalse();
    }
}
