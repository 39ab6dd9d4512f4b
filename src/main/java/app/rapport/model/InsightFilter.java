package app.rapport.model;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Which clients are behind one of Insight's numbers: what the client list filters by when the
 * owner opens a tile or a bar. Each kind names its figure of INSIGHT.md; a client is behind the
 * number when at least one of the things it counts is theirs (a client with two purchases not
 * thanked in a month is listed once).
 */
public sealed interface InsightFilter {

    /**
     * Figures 1 and 2: the active clients in {@code band} on the as-of date ({@code month} null), or
     * at the end of {@code month} (on the as-of date for its month), among those counted there.
     */
    record Health(YearMonth month, HealthBand band) implements InsightFilter {
        public Health {
            Objects.requireNonNull(band, "band");
        }

        public static Health now(HealthBand band) {
            return new Health(null, band);
        }
    }

    /** Figure 3: clients with an interaction of {@code kind} (any kind when null) dated in {@code month}. */
    record Contacts(YearMonth month, InteractionKind kind) implements InsightFilter {
        public Contacts {
            Objects.requireNonNull(month, "month");
        }
    }

    /**
     * Figures 4 and 8: clients with a purchase dated in {@code month}, thanked within a week or
     * not, whose tier now is {@code tier} (any tier when null; no tier is REGULAR).
     */
    record Purchases(YearMonth month, Thanks thanks, String tier) implements InsightFilter {
        public Purchases {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(thanks, "thanks");
        }
    }

    /** Figure 5: clients with a complaint (or a bad experience) dated in {@code month}, as answered. */
    record Complaints(YearMonth month, Answer answer) implements InsightFilter {
        public Complaints {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(answer, "answer");
        }
    }

    /**
     * Figure 6: clients with a purchase counted by "thank-yous pay off", thanked or not, and
     * followed by another within 90 days ({@code boughtAgain} true), not ({@code false}) or either
     * ({@code null}).
     */
    record RepeatPurchases(boolean thanked, Boolean boughtAgain) implements InsightFilter {
    }

    /** Figure 7: the buyers of {@code month}: all, those who had bought before it, or first-time buyers. */
    record Buyers(YearMonth month, Returning which) implements InsightFilter {
        public Buyers {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(which, "which");
        }
    }

    /** Figure 9: the clients who name {@code referrerId} as the client who referred them. */
    record ReferredBy(String referrerId) implements InsightFilter {
        public ReferredBy {
            Objects.requireNonNull(referrerId, "referrerId");
        }
    }

    /** Figure 10: clients with a decision of {@code kind} (any when null) taken in {@code month}. */
    record Decisions(YearMonth month, DecisionKind kind) implements InsightFilter {
        public Decisions {
            Objects.requireNonNull(month, "month");
        }
    }

    /** Which purchases: all, those thanked within a week, those not. */
    enum Thanks {
        ANY, THANKED, NOT_THANKED
    }

    /** Which complaints: all, or those answered (or not) by the next work day, or within a week. */
    enum Answer {
        ANY, NEXT_WORK_DAY, NOT_NEXT_WORK_DAY, WITHIN_WEEK, NOT_WITHIN_WEEK
    }

    /** Which buyers: all, returning, or buying for the first time. */
    enum Returning {
        ALL, RETURNING, NEW
    }
}
