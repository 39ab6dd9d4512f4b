package app.rapport.planning;

import app.rapport.model.ClientFacts;
import app.rapport.model.ContactFact;
import app.rapport.model.Experience;
import app.rapport.model.HealthScore;
import app.rapport.model.RuleSettings;
import app.rapport.model.Settings;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A client's relationship health on a date, from 0 to 100:
 *
 * <pre>
 * health = clamp(0, 100,
 *            100
 *          − quiet
 *          − 15 × min(3, negatives)      negatives: COMPLAINT or NEGATIVE contacts in the last 90 days
 *          − 20 if a RECOVERY is open
 *          +  5 × min(3, positives))     positives: other POSITIVE contacts in the last 90 days
 *
 * quiet = 0                                                  while days ≤ cadence / 4
 *       = min(70, round(70 × (days − cadence/4) / (m × cadence − cadence/4)))   after
 * </pre>
 *
 * where {@code days} is the number of days since the last contact (as GONE_QUIET counts it, never
 * below 0), {@code cadence} the client's tier cadence and {@code m} the at-risk multiple (2 by
 * default). With nothing else to go on, a client is good until about their cadence, tested after
 * it, and at risk by the day GONE_QUIET calls them at risk. "The last 90 days" are the days from
 * {@code D − 90} to {@code D}, counted among the contacts the facts hold ({@code recent} reaches
 * {@code lookbackDays()} back; the store loads at least 90 days for health).
 *
 * <p>Health is monotonic in each input: it never rises with more days of quiet, more negative
 * contacts or an open recovery, and never falls with more positive contacts. A client contacted
 * today with no negative contact scores at least 80: good.
 */
public final class Health {
    public static final int WINDOW_DAYS = RuleSettings.HEALTH_WINDOW_DAYS;
    static final int QUIET_MAX = 70;
    static final int PER_NEGATIVE = 15;
    static final int PER_POSITIVE = 5;
    static final int COUNTED_MAX = 3;
    static final int OPEN_RECOVERY = 20;

    private Health() {
    }

    public static HealthScore of(ClientFacts c, Settings s, LocalDate asOf, boolean recoveryOpen) {
        return of(new ClientLog(c, asOf), s.cadenceDays(c.tier()), s.rules().atRiskMultiple(), recoveryOpen);
    }

    /** As above, from the client's log as of its day and the cadence of its tier (looked up once, not searched for). */
    static HealthScore of(ClientLog log, int cadence, int atRiskMultiple, boolean recoveryOpen) {
        LocalDate asOf = log.asOf();
        long days = log.lastContact() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(log.lastContact(), asOf));
        LocalDate from = asOf.minusDays(WINDOW_DAYS);
        int negatives = 0;
        int positives = 0;
        for (ContactFact f : log.contacts()) {
            if (!ClientLog.dateOf(f).isBefore(from)) {
                if (RecoveryRule.isNegative(f)) {
                    negatives++;
                } else if (f.experience() == Experience.POSITIVE) {
                    positives++;
                }
            }
        }
        return HealthScore.of(score(days, cadence, atRiskMultiple, negatives, positives, recoveryOpen));
    }

    /** The formula of the class documentation. */
    static int score(long daysQuiet, int cadence, int atRiskMultiple, int negatives, int positives,
            boolean recoveryOpen) {
        int raw = 100 - quietPenalty(daysQuiet, cadence, atRiskMultiple)
                - PER_NEGATIVE * Math.min(COUNTED_MAX, negatives)
                - (recoveryOpen ? OPEN_RECOVERY : 0)
                + PER_POSITIVE * Math.min(COUNTED_MAX, positives);
        return Math.max(0, Math.min(100, raw));
    }

    static int quietPenalty(long daysQuiet, int cadence, int atRiskMultiple) {
        double grace = cadence / 4.0;
        if (daysQuiet <= grace) {
            return 0;
        }
        double full = (double) atRiskMultiple * cadence;
        return (int) Math.min(QUIET_MAX, Math.round(QUIET_MAX * (daysQuiet - grace) / (full - grace)));
    }
}
