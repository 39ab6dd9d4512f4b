package app.rapport.service.demo;

import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.InteractionKind;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * One client's sample history while it is written: contacts in any order, within business hours,
 * never after the as-of date; {@link #sorted()} gives them in time order.
 */
final class Timeline {
    /**
     * An interaction before it has an id; a {@code null} direction is the kind's default. A problem
     * carries the apologies that answer it ({@code remedies}); other contacts none.
     */
    record Event(LocalDateTime at, InteractionKind kind, Direction direction, Experience experience,
            BigDecimal amount, String summary, String notes, List<String> remedies) {
        Direction way() {
            return direction == null ? kind.defaultDirection() : direction;
        }
    }

    private static final LocalTime OPENING = LocalTime.of(9, 0);
    private static final int OPEN_MINUTES = 9 * 60;

    private final SplittableRandom random;
    private final LocalDate asOf;
    private final List<Event> events = new ArrayList<>();

    Timeline(SplittableRandom random, LocalDate asOf) {
        this.random = random;
        this.asOf = asOf;
    }

    SplittableRandom random() {
        return random;
    }

    LocalDate asOf() {
        return asOf;
    }

    /** Adds the contact when it is on or before the as-of date; says whether it did. */
    boolean add(LocalDateTime at, InteractionKind kind, Direction direction, Experience experience,
            BigDecimal amount, String summary, String notes) {
        return add(new Event(at, kind, direction, experience, amount, summary, notes, List.of()));
    }

    boolean add(Event e) {
        if (e.at().toLocalDate().isAfter(asOf)) {
            return false;
        }
        events.add(e);
        return true;
    }

    boolean add(LocalDateTime at, InteractionKind kind, Experience experience, String summary) {
        return add(at, kind, null, experience, null, summary, "");
    }

    /** A minute within business hours (9:00 to 17:59) of {@code day}. */
    LocalDateTime during(LocalDate day) {
        return day.atTime(OPENING.plusMinutes(random.nextInt(OPEN_MINUTES)));
    }

    /** A business-hours minute after {@code time}: later that day when there is room, else on {@code day}. */
    LocalDateTime after(LocalDateTime time, LocalDate day) {
        if (day.equals(time.toLocalDate())) {
            int minute = time.getHour() * 60 + time.getMinute() + 5 + random.nextInt(90);
            if (minute < 18 * 60) {
                return day.atTime(minute / 60, minute % 60);
            }
            return during(day.plusDays(1));
        }
        return during(day);
    }

    /** RULES.md's addWorkDays, Monday to Friday. */
    static LocalDate addWorkDays(LocalDate day, int n) {
        LocalDate d = day;
        if (n == 0) {
            while (!isWorkDay(d)) {
                d = d.plusDays(1);
            }
            return d;
        }
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * The owner calls and writes on the days they work: another day moves to the next one, or back
     * to the one before when the next is after {@code latest}; it stays when that one is before
     * {@code earliest}.
     */
    static LocalDate workDay(LocalDate day, LocalDate earliest, LocalDate latest) {
        if (isOwnersDay(day)) {
            return day;
        }
        LocalDate next = ownersDay(day);
        if (!next.isAfter(latest)) {
            return next;
        }
        LocalDate before = ownersDayBefore(day);
        return before.isBefore(earliest) ? day : before;
    }

    /**
     * The shop sells Monday to Saturday and closes on Christmas Day and New Year's Day: a day it is
     * closed moves to the day before, unless that is too early, then to the day after.
     */
    static LocalDate shopDay(LocalDate day, LocalDate earliest) {
        if (day.getDayOfWeek() != DayOfWeek.SUNDAY && !isHoliday(day)) {
            return day;
        }
        LocalDate before = day.minusDays(1);
        return before.isBefore(earliest) ? shopDay(day.plusDays(1), day.plusDays(1)) : shopDay(before, earliest);
    }

    static boolean isWorkDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** Whether the owner works that day: a work day, not Christmas Day nor New Year's Day. */
    static boolean isOwnersDay(LocalDate day) {
        return isWorkDay(day) && !isHoliday(day);
    }

    /** {@code day} when the owner works that day, else the last day before it they do. */
    static LocalDate ownersDayBefore(LocalDate day) {
        LocalDate d = day;
        while (!isOwnersDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** {@code day} when the owner works that day, else the next day they do. */
    static LocalDate ownersDay(LocalDate day) {
        LocalDate d = day;
        while (!isOwnersDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static boolean isHoliday(LocalDate day) {
        return day.getMonthValue() == 12 && day.getDayOfMonth() == 25
                || day.getMonthValue() == 1 && day.getDayOfMonth() == 1;
    }

    /** The day of the latest contact so far, or {@code null} when there is none. */
    LocalDate lastDay() {
        LocalDateTime last = null;
        for (Event e : events) {
            if (last == null || e.at().isAfter(last)) {
                last = e.at();
            }
        }
        return last == null ? null : last.toLocalDate();
    }

    /** Whether a contact so far passes the test. */
    boolean any(Predicate<Event> test) {
        for (Event e : events) {
            if (test.test(e)) {
                return true;
            }
        }
        return false;
    }

    /** The contacts in time order (ties keep the order they were added). */
    List<Event> sorted() {
        events.sort(Comparator.comparing(Event::at));
        return events;
    }
}
