package app.rapport.planning;

import app.rapport.model.HealthBand;
import app.rapport.model.InteractionKind;
import java.math.BigDecimal;

/** What one client adds to Insight's figures, told as {@link InsightTally} walks the client's log. */
interface InsightSink {
    /** The client's band at month {@code m}'s end (where it counts), or on the as-of date ({@code m} = -1). */
    void health(int m, HealthBand band);

    /** An interaction dated in month {@code m}. */
    void contact(int m, InteractionKind kind);

    /** A purchase dated in month {@code m}; {@code amount} null when none; {@code tier} the client's revenue key. */
    void purchase(int m, boolean thanked, BigDecimal amount, int tier);

    /** A complaint or bad experience dated in month {@code m}, and how it was answered. */
    void complaint(int m, boolean nextWorkDay, boolean withinWeek);

    /** A purchase old enough to tell whether the client bought again (figure 6). */
    void repeat(boolean thanked, boolean boughtAgain);

    /** The client bought in month {@code m}, having bought before it or not. */
    void buyer(int m, boolean returning);

    /** Whether health is wanted: it is the costliest part of the walk. */
    default boolean wantsHealth() {
        return true;
    }
}
