package app.rapport.model;

import java.time.LocalDate;
import java.util.List;

/** The follow-ups of a day, in the agenda's order (RULES.md): overdue, due today, coming up. */
public record Agenda(LocalDate asOf, List<FollowUp> followUps) {
    public Agenda {
        followUps = List.copyOf(followUps);
    }

    public Bucket bucket(FollowUp f) {
        return f.bucket(asOf);
    }

    public List<FollowUp> inBucket(Bucket bucket) {
        return followUps.stream().filter(f -> f.bucket(asOf) == bucket).toList();
    }

    public long count(Bucket bucket) {
        return followUps.stream().filter(f -> f.bucket(asOf) == bucket).count();
    }
}
