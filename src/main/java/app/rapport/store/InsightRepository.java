package app.rapport.store;

import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Insight;
import app.rapport.model.InsightClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What Insight reads of the book (INSIGHT.md), aggregated in SQL: every client with its log over a
 * span of days, read a client at a time from the covering index {@code interactions_client_log};
 * the decisions taken, counted; the referrers, with what the clients they referred spent.
 */
public interface InsightRepository {
    /**
     * Hands every client (archived and "do not contact" ones too) to {@code each}, with the
     * interactions dated from {@code from} to {@code to} (both included), oldest first: in no
     * particular order, from several threads at once (it must be safe for that), as each client's
     * row is read; returns when all were.
     */
    void clients(LocalDate from, LocalDate to, ZoneId zone, Consumer<InsightClient> each);

    /** The decisions on follow-ups of {@code rule}, by client id, oldest first. */
    Map<String, List<Decision>> decisions(FollowUpRule rule);

    /**
     * Hands {@code each} the count of decisions of each kind taken on each day from {@code from} to {@code to} (days in
     * {@code zone}).
     */
    void decisionsTaken(LocalDate from, LocalDate to, ZoneId zone, DayCount each);

    /** The clients with a decision of {@code kind} (any, when null) taken from {@code from} to {@code to}, sorted. */
    List<String> clientsDeciding(LocalDate from, LocalDate to, ZoneId zone, DecisionKind kind);

    /**
     * Every client named as "referred by" by at least one client: how many clients name them, and
     * the sum of every purchase of those clients dated on or before {@code to}; in no order.
     */
    List<Insight.Referrer> referrers(LocalDate to);

    /** The clients who name {@code referrerId} as "referred by", sorted. */
    List<String> referredBy(String referrerId);

    /** A count of decisions of one kind taken on one day. */
    @FunctionalInterface
    interface DayCount {
        void add(LocalDate day, DecisionKind kind, int count);
    }
}
