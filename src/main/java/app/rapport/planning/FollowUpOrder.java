package app.rapport.planning;

import app.rapport.model.FollowUp;
import app.rapport.model.Text;
import java.time.LocalDate;
import java.util.Comparator;

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

    /** RULES.md's agenda order: bucket, priority, due date, client name. */
    static Comparator<FollowUp> agenda(LocalDate asOf) {
        return Comparator.comparing((FollowUp f) -> f.bucket(asOf))
                .thenComparingInt(FollowUp::priority)
                .thenComparing(FollowUp::due)
                .thenComparing(TIES);
    }
}
