package app.rapport.model;

import java.time.LocalDate;
import java.util.Comparator;

/** The orders follow-ups are listed in (RULES.md); each one total, so that planning is deterministic. */
public final class AgendaOrder {
    /** Client name (ignoring case, then exactly), client id, rule, action, anchor, manual id. */
    public static final Comparator<FollowUp> TIES = Comparator
            .comparing((FollowUp f) -> Text.orEmpty(f.clientName()), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(f -> Text.orEmpty(f.clientName()))
            .thenComparing(FollowUp::clientId)
            .thenComparing(FollowUp::rule)
            .thenComparing(FollowUp::action)
            .thenComparing(FollowUp::anchor)
            .thenComparing(FollowUp::manualId, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** One client's follow-ups: by due date, then priority. */
    public static final Comparator<FollowUp> BY_DUE = Comparator.comparing(FollowUp::due)
            .thenComparingInt(FollowUp::priority)
            .thenComparing(TIES);

    private static final Comparator<FollowUp> BY_PRIORITY = Comparator.comparingInt(FollowUp::priority)
            .thenComparing(FollowUp::due)
            .thenComparing(TIES);

    private AgendaOrder() {
    }

    /**
     * The agenda of {@code asOf}: by bucket; overdue and today by priority, then due date (what to
     * do first); coming up by due date, then priority (a calendar of the week); then client name.
     */
    public static Comparator<FollowUp> agenda(LocalDate asOf) {
        return Comparator.comparing((FollowUp f) -> f.bucket(asOf))
                .thenComparing((x, y) -> (x.bucket(asOf) == Bucket.UPCOMING ? BY_DUE : BY_PRIORITY).compare(x, y));
    }
}
