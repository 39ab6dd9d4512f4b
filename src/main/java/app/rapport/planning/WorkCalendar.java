package app.rapport.planning;

import app.rapport.model.Settings;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The owner's work days (Monday to Friday unless they say otherwise) and RULES.md's
 * {@code addWorkDays}.
 */
public final class WorkCalendar {
    private final Set<DayOfWeek> workDays;

    public WorkCalendar(Set<DayOfWeek> workDays) {
        if (workDays == null || workDays.isEmpty()) {
            throw new IllegalArgumentException("A work calendar needs at least one work day");
        }
        this.workDays = Set.copyOf(workDays);
    }

    public static WorkCalendar of(Settings settings) {
        return new WorkCalendar(settings.workDays());
    }

    public Set<DayOfWeek> workDays() {
        return workDays;
    }

    public boolean isWorkDay(LocalDate day) {
        return workDays.contains(day.getDayOfWeek());
    }

    /**
     * RULES.md's {@code addWorkDays(d, n)}: for {@code n = 0}, {@code d} itself when it is a work
     * day, else the next work day; otherwise the day on which, stepping forward from {@code d}
     * one day at a time, the {@code n}th work day is counted ({@code d} itself is never counted).
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public LocalDate addWorkDays(LocalDate d, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Cannot add a negative number of work days: " + n);
        }
        LocalDate day = d;
        if (n == 0) {
            while (!isWorkDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
