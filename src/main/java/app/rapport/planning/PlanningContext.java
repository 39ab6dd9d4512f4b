package app.rapport.planning;

import app.rapport.model.RuleSettings;
import app.rapport.model.Settings;
import app.rapport.model.Tier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/** What every rule needs besides the client: the day planned, the settings, work days, wording. */
record PlanningContext(LocalDate asOf, Settings settings, WorkCalendar calendar, Reasons reasons, ZoneId zone,
        Map<String, Integer> cadences) {

    /** Immutable once made: clients may be planned on several threads at once. */
    static PlanningContext of(LocalDate asOf, Settings settings, ZoneId zone) {
        Map<String, Integer> cadences = new HashMap<>();
        for (Tier tier : settings.tiers()) {
            cadences.put(tier.name(), tier.cadenceDays());
        }
        return new PlanningContext(asOf, settings, WorkCalendar.of(settings), new Reasons(asOf), zone,
                Map.copyOf(cadences));
    }

    RuleSettings rules() {
        return settings.rules();
    }

    /** The cadence of a tier (no tier, or an unknown one, is REGULAR), without searching the settings each time. */
    int cadenceDays(String tier) {
        Integer days = tier == null ? null : cadences.get(tier);
        return days != null ? days : settings.cadenceDays(null);
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
