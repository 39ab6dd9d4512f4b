package app.rapport.model;

import java.time.LocalDate;

/**
 * One open follow-up in an agenda: whom to contact, how, by when and why.
 *
 * @param manualId the id of the owner's own follow-up for MANUAL, otherwise {@code null}
 */
public record FollowUp(String clientId, String clientName, FollowUpRule rule, FollowUpAction action,
        LocalDate anchor, LocalDate due, int priority, boolean atRisk, String reason, String manualId) {

    public OccurrenceKey key() {
        return new OccurrenceKey(clientId, rule, anchor);
    }

    public Bucket bucket(LocalDate asOf) {
        return Bucket.of(due, asOf);
    }
}
