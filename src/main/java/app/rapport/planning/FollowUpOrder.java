package app.rapport.planning;

import app.rapport.model.FollowUp;
import app.rapport.model.Text;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The orders follow-ups are listed in; each one total, so that planning is deterministic. */
final class FollowUpOrder {
    /** Client name (ignoring case, then exactly), client id, rule, action, anchor, manual id. */
    private static final Comparator<FollowUp> TIES = Comparator
            .comparing((FollowUp f) -> Text.orEmpty(f.clientName()), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(f -> Text.orEmpty(f.clientName()))
            .thenComparing(FollowUp::clientId)
            .thenComparing(FollowUp::rule)
            .thenComparing(FollowUp::action)
            .thenComparing(FollowUp::anchor)
            .thenComparing(FollowUp::manualId, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** One client's follow-ups: by due date, then priority. */
    static final Comparator<FollowUp> BY_DUE = Comparator.comparing(FollowUp::due)
            .thenComparingInt(FollowUp::priority)
            .thenComparing(TIES);

    private FollowUpOrder() {
    }

    /**
     * Sorts {@code list} in {@link #agenda}'s order, with the bucket, priority and due date worked out
     * once per follow-up rather than at every comparison (an agenda can hold thousands).
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
        static final Comparator<Keyed> ORDER = (a, b) -> {
            int c = Integer.compare(a.bucket, b.bucket);
            if (c == 0) {
                c = Integer.compare(a.priority, b.priority);
            }
            if (c == 0) {
                c = Long.compare(a.due, b.due);
            }
            return c != 0 ? c : TIES.compare(a.followUp, b.followUp);
        };
    }

    /** RULES.md's agenda order: bucket, priority, due date, client name. */
    static Comparator<FollowUp> agenda(LocalDate asOf) {
        return Comparator.comparing((FollowUp f) -> f.bucket(asOf))
                .thenComparingInt(FollowUp::priority)
                .thenComparing(FollowUp::due)
                .thenComparing(TIES);
    }
}
