package app.rapport.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What Insight reads of one client (any client: archived and "do not contact" ones too): a few
 * columns of the client row and the contacts of a span of days, oldest first.
 *
 * @param tier the tier name now, or {@code null}
 * @param active not archived and not "do not contact" (RULES.md)
 * @param clientSince the client-since date, or {@code null}
 * @param addedOn the day the client was added, in the owner's zone
 * @param firstPurchase the date of the client's first PURCHASE ever, or {@code null}
 * @param lastContactBefore for an active client, the latest contact before the first day of the
 *        span, or {@code null} (none, or not read: an inactive client's)
 * @param log the contacts dated in the span, oldest first (no summaries: Insight reads none)
 */
public record InsightClient(String id, String tier, boolean active, LocalDate clientSince, LocalDate addedOn,
        LocalDate firstPurchase, LocalDateTime lastContactBefore, List<ContactFact> log) {

    public InsightClient {
        log = List.copyOf(log);
    }

    /** The client-since date, else the day added. */
    public LocalDate since() {
        return clientSince != null ? clientSince : addedOn;
    }
}
