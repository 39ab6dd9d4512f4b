package app.rapport.planning;

import app.rapport.model.RuleSettings;
import app.rapport.model.Settings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** What every rule needs besides the client: the day planned, the settings, work days, wording. */
record PlanningContext(LocalDate asOf, Settings settings, WorkCalendar calendar, Reasons reasons, ZoneId zone,
        java.util.Map<String, Integer> cadences) {

    static PlanningContext of(LocalDate asOf, Settings settings, ZoneId zone) {
        return new PlanningContext(asOf, settings, WorkCalendar.of(settings), new Reasons(asOf), zone,
                new java.util.HashMap<>());
    }

    RuleSettings rules() {
        return settings.rules();
    }

    /** The cadence of a tier (no tier, or an unknown one, is REGULAR), without searching the settings each time. */
    int cadenceDays(String tier) {
        return cadences.computeIfAbsent(tier == null ? "" : tier, t -> settings.cadenceDays(t.isEmpty() ? null : t));
    }

    /** Days from {@code day} to the as-of date (negative when {@code day} is later). */
    long daysSince(LocalDate day) {
        return ChronoUnit.DAYS.between(day, asOf);
    }

    /** {@code 0 ≤ D − day ≤ days}: on or before the as-of date and at most {@code days} before it. */
    boolean withinLast(LocalDate day, int days) {
        long ago = daysSince(day);
        return ago >= 0 && ago <= days;
    }

    /** The local date of an instant in the owner's zone (the clock's). */
    LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
