package app.rapport.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything planning needs to know about one active client on an as-of date, loaded with SQL
 * aggregation rather than the whole log.
 *
 * @param tier the tier name, or {@code null} (planned as REGULAR)
 * @param lastContactAt the latest interaction on or before the as-of date, or {@code null}
 * @param firstPurchaseAt the first PURCHASE ever, or {@code null}
 * @param recent every interaction from {@link RuleSettings#lookbackDays()} days before the as-of
 *        date to its end, oldest first
 * @param referrals the clients this one referred who joined recently (within the lookback)
 * @param decisions the decisions stored for this client, oldest first
 * @param manual this client's open manual follow-ups
 */
public record ClientFacts(String id, String name, String tier, Channel preferredChannel, Birthday birthday,
        LocalDate clientSince, LocalDate addedOn, LocalDateTime lastContactAt, LocalDateTime firstPurchaseAt,
        List<ContactFact> recent, List<Referral> referrals, List<Decision> decisions,
        List<ManualFollowUp> manual) {

    public ClientFacts {
        recent = List.copyOf(recent);
        referrals = List.copyOf(referrals);
        decisions = List.copyOf(decisions);
        manual = List.copyOf(manual);
    }

    /** RULES.md's last contact: latest interaction, else client-since, else the day added. */
    public LocalDate lastContact() {
        if (lastContactAt != null) {
            return lastContactAt.toLocalDate();
        }
        return clientSince != null ? clientSince : addedOn;
    }

    /** The client-since date, or the day the client was added. */
    public LocalDate since() {
        return clientSince != null ? clientSince : addedOn;
    }
}
