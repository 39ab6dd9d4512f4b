package app.rapport.planning;

import app.rapport.model.Bucket;
import app.rapport.model.FollowUp;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The follow-ups to show for a day, in the agenda's order: overdue, due today, coming up; within
 * each, by priority, due date and client name.
 */
public record Agenda(LocalDate asOf, List<FollowUp> followUps) {

    public Agenda {
        Objects.requireNonNull(asOf, "asOf");
        followUps = List.copyOf(followUps);
    }

    /** Where a follow-up falls on this agenda's day. */
    public Bucket bucket(FollowUp followUp) {
        return followUp.bucket(asOf);
    }

    /** How many follow-ups fall in a bucket. */
    public int count(Bucket bucket) {
        return (int) followUps.stream().filter(f -> bucket(f) == bucket).count();
    }

    /** The follow-ups of one bucket, in the agenda's order. */
    public List<FollowUp> inBucket(Bucket bucket) {
        return followUps.stream().filter(f -> bucket(f) == bucket).toList();
    }

    public boolean isEmpty() {
        return followUps.isEmpty();
    }
}
