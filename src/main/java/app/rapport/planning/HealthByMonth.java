package app.rapport.planning;

import app.rapport.model.ClientFacts;
import app.rapport.model.Decision;
import app.rapport.model.HealthBand;
import app.rapport.model.InsightClient;
import app.rapport.model.Settings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A client's health at each month's end of Insight's window, and on the as-of date, from one walk
 * through the client's log: each day is scored by {@link Health} with the facts the planner would
 * have had that day (the contacts dated on or before it, the latest of them as the last contact,
 * the RECOVERY decisions taken by then), so that health by month never drifts from the health the
 * app shows.
 */
final class HealthByMonth {
    private final LocalDate[] monthEnds;
    private final HealthOnDay[] healthOn;
    private final int lookbackDays;
    private final ZoneId zone;
    private final Map<String, List<Decision>> recoveryDecisions;

    /**
     * @param months the window, oldest first; the last month ends on {@code asOf}
     * @param recoveryDecisions each active client's RECOVERY decisions (the only ones health needs), by client id
     */
    HealthByMonth(List<YearMonth> months, LocalDate asOf, Settings settings, ZoneId zone,
            Map<String, List<Decision>> recoveryDecisions) {
        this.monthEnds = new LocalDate[months.size()];
        this.healthOn = new HealthOnDay[months.size()];
        for (int m = 0; m < months.size(); m++) {
            LocalDate end = months.get(m).atEndOfMonth();
            monthEnds[m] = end.isAfter(asOf) ? asOf : end;
            healthOn[m] = new HealthOnDay(monthEnds[m], settings, zone);
        }
        this.lookbackDays = settings.rules().healthLookbackDays();
        this.zone = zone;
        this.recoveryDecisions = Map.copyOf(recoveryDecisions);
    }

    /** The first day health looks back to: health at the first month's end looks this far back. */
    LocalDate lookbackStart() {
        return monthEnds[0].minusDays(lookbackDays);
    }

    /**
     * Tells {@code sink} the client's health band at each month's end where it counts (a client
     * since then), and on the as-of date (month -1): the facts as of each day are a stretch of the
     * same log, so each is scored once.
     */
    void tell(InsightClient client, InsightLog log, InsightSink sink) {
        List<Decision> decisions = recoveryDecisions.getOrDefault(client.id(), List.of());
        LocalDate since = client.since();
        int from = 0;
        int to = 0;
        for (int m = 0; m < monthEnds.length; m++) {
            LocalDate end = monthEnds[m];
            boolean counted = !since.isAfter(end);
            boolean now = m == monthEnds.length - 1;
            if (!counted && !now) {
                continue;
            }
            while (to < log.size() && !log.day(to).isAfter(end)) {
                to++;
            }
            LocalDate first = end.minusDays(lookbackDays);
            while (from < to && log.day(from).isBefore(first)) {
                from++;
            }
            LocalDateTime last = to > 0 ? log.get(to - 1).at() : client.lastContactBefore();
            ClientFacts facts = new ClientFacts(client.id(), "", client.tier(), null, null, client.clientSince(),
                    client.addedOn(), last, null, log.facts().subList(from, to), List.of(), takenBy(decisions, end),
                    List.of());
            HealthBand band = healthOn[m].of(facts).band();
            if (counted) {
                sink.health(m, band);
            }
            if (now) {
                sink.health(-1, band);
            }
        }
    }

    /** The decisions taken on or before {@code day} (in the owner's zone): later ones were not there yet. */
    private List<Decision> takenBy(List<Decision> decisions, LocalDate day) {
        if (decisions.isEmpty()) {
            return decisions;
        }
        return decisions.stream().filter(d -> !LocalDate.ofInstant(d.at(), zone).isAfter(day)).toList();
    }
}
