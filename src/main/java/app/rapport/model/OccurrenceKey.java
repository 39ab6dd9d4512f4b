package app.rapport.model;

import java.time.LocalDate;
import java.util.Objects;

/** Identifies one follow-up across planning runs: (client, rule, anchor date), as RULES.md defines it. */
public record OccurrenceKey(String clientId, FollowUpRule rule, LocalDate anchor) {
    public OccurrenceKey {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(anchor, "anchor");
    }
}
