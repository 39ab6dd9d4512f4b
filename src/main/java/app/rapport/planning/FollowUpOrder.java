package app.rapport.planning;

import app.rapport.model.AgendaOrder;
import app.rapport.model.Bucket;
import app.rapport.model.FollowUp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Sorting a whole agenda quickly, in {@link AgendaOrder#agenda}'s order. */
final class FollowUpOrder {
    private FollowUpOrder() {
    }

    /**
     * Sorts {@code list} in {@link AgendaOrder#agenda}'s order, with the bucket, priority and due date
     * worked out once per follow-up rather than at every comparison (an agenda can hold thousands).
     */
    static void sortForAgenda(List<FollowUp> list, LocalDate asOf) {
        Keyed[] keyed = new Keyed[list.size()];
        for (int i = 0; i < keyed.length; i++) {
            FollowUp f = list.get(i);
            keyed[i] = new Keyed(f.bucket(asOf).ordinal(), f.priority(), f.due().toEpochDay(), f);
        }
        Arrays.sort(keyed, Keyed.ORDER);
        for (int i = 0; i < keyed.length; i++) {
            list.set(i, keyed[i].followUp());
        }
    }

    private record Keyed(int bucket, int priority, long due, FollowUp followUp) {
        private static final int UPCOMING = Bucket.UPCOMING.ordinal();

        static final Comparator<Keyed> ORDER = (a, b) -> {
            int c = Integer.compare(a.bucket, b.bucket);
            if (c == 0 && a.bucket == UPCOMING) {
                c = Long.compare(a.due, b.due);
            }
            if (c == 0) {
                c = Integer.compare(a.priority, b.priority);
            }
            if (c == 0) {
                c = Long.compare(a.due, b.due);
            }
            return c != 0 ? c : AgendaOrder.TIES.compare(a.followUp, b.followUp);
        };
    }
}
