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

/**
 * One client's sample history while it is written: contacts in any order, within business hours,
 * never after the as-of date; {@link #sorted()} gives them in time order.
 */
final class Timeline {
    /** An interaction before it has an id; a {@code null} direction is the kind's default. */
    record Event(LocalDateTime at, InteractionKind kind, Direction direction, Experience experience,
            BigDecimal amount, String summary, String notes) {
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
        if (at.toLocalDate().isAfter(asOf)) {
            return false;
        }
        events.add(new Event(at, kind, direction, experience, amount, summary, notes));
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

    /** The owner calls and writes on work days: a weekend day moves to Monday, or back to Friday near the end. */
    LocalDate workDay(LocalDate day, LocalDate earliest) {
        if (isWorkDay(day)) {
            return day;
        }
        LocalDate monday = addWorkDays(day, 0);
        if (!monday.isAfter(asOf)) {
            return monday;
        }
        LocalDate friday = day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1) : day.minusDays(2);
        return friday.isBefore(earliest) ? day : friday;
    }

    /** The shop sells Monday to Saturday: a Sunday moves to the Saturday before, unless that is too early. */
    static LocalDate shopDay(LocalDate day, LocalDate earliest) {
        LocalDate saturday = day.minusDays(1);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY && !saturday.isBefore(earliest) ? saturday : day;
    }

    static boolean isWorkDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
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

    /** The contacts in time order (ties keep the order they were added). */
    List<Event> sorted() {
        events.sort(Comparator.comparing(Event::at));
        return events;
    }
}
