package app.rapport.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The follow-ups of a day, in the agenda's order (RULES.md): overdue, due today, coming up. */
public record Agenda(LocalDate asOf, List<FollowUp> followUps) {
    public Agenda {
        Objects.requireNonNull(asOf, "asOf");
        followUps = List.copyOf(followUps);
    }

    public List<FollowUp> inBucket(Bucket bucket) {
        return followUps.stream().filter(f -> f.bucket(asOf) == bucket).toList();
    }

    public boolean isEmpty() {
        return followUps.isEmpty();
    }
}
