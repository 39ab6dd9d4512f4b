package app.rapport.model;

import java.time.LocalDate;

/** Where a follow-up falls in the agenda of a day. */
public enum Bucket {
    OVERDUE("Overdue"), TODAY("Today"), UPCOMING("Coming up");

    private final String label;

    Bucket(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Bucket of(LocalDate due, LocalDate asOf) {
        int c = due.compareTo(asOf);
        return c < 0 ? OVERDUE : c == 0 ? TODAY : UPCOMING;
    }
}
