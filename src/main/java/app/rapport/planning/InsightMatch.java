package app.rapport.planning;

import app.rapport.model.HealthBand;
import app.rapport.model.InsightFilter;
import app.rapport.model.InteractionKind;
import java.math.BigDecimal;
import java.time.YearMonth;

/** Whether one client counts in the number a filter names, told by the same walk that counts it. */
final class InsightMatch implements InsightSink {
    private final InsightFilter filter;
    /** The filter's month in the window; -1 for none (the as-of date, or no month). */
    private final int month;
    private final int tier;
    private final boolean possible;
    private boolean matched;

    InsightMatch(InsightFilter filter, InsightTally tally) {
        this.filter = filter;
        if (filter instanceof InsightFilter.ReferredBy || filter instanceof InsightFilter.Decisions) {
            throw new IllegalArgumentException("The log does not tell the clients behind " + filter);
        }
        YearMonth of = monthOf(filter);
        this.month = of == null ? -1 : tally.monthIndex(of);
        this.tier = filter instanceof InsightFilter.Purchases p && p.tier() != null ? tally.tierKey(p.tier(), true)
                : -1;
        boolean inWindow = of == null || month >= 0;
        boolean knownTier = !(filter instanceof InsightFilter.Purchases p) || p.tier() == null || tier >= 0;
        this.possible = inWindow && knownTier;
    }

    private static YearMonth monthOf(InsightFilter filter) {
        if (filter instanceof InsightFilter.Health h) {
            return h.month();
        } else if (filter instanceof InsightFilter.Contacts c) {
            return c.month();
        } else if (filter instanceof InsightFilter.Purchases p) {
            return p.month();
        } else if (filter instanceof InsightFilter.Complaints c) {
            return c.month();
        } else if (filter instanceof InsightFilter.Buyers b) {
            return b.month();
        }
        return null;
    }

    boolean possible() {
        return possible;
    }

    boolean matched() {
        return matched;
    }

    @Override
    public boolean wantsHealth() {
        return filter instanceof InsightFilter.Health;
    }

    @Override
    public void health(int m, HealthBand band) {
        if (filter instanceof InsightFilter.Health h && m == month && band == h.band()) {
            matched = true;
        }
    }

    @Override
    public void contact(int m, InteractionKind kind) {
        if (filter instanceof InsightFilter.Contacts c && m == month && (c.kind() == null || c.kind() == kind)) {
            matched = true;
        }
    }

    @Override
    public void purchase(int m, boolean thanked, BigDecimal amount, int clientTier) {
        if (filter instanceof InsightFilter.Purchases p && m == month && (tier < 0 || clientTier == tier)) {
            matched |= switch (p.thanks()) {
                case ANY -> true;
                case THANKED -> thanked;
                case NOT_THANKED -> !thanked;
            };
        }
    }

    @Override
    public void complaint(int m, boolean nextWorkDay, boolean withinWeek) {
        if (filter instanceof InsightFilter.Complaints c && m == month) {
            matched |= switch (c.answer()) {
                case ANY -> true;
                case NEXT_WORK_DAY -> nextWorkDay;
                case NOT_NEXT_WORK_DAY -> !nextWorkDay;
                case WITHIN_WEEK -> withinWeek;
                case NOT_WITHIN_WEEK -> !withinWeek;
            };
        }
    }

    @Override
    public void repeat(boolean thanked, boolean boughtAgain) {
        if (filter instanceof InsightFilter.RepeatPurchases r && r.thanked() == thanked
                && (r.boughtAgain() == null || r.boughtAgain() == boughtAgain)) {
            matched = true;
        }
    }

    @Override
    public void buyer(int m, boolean returning) {
        if (filter instanceof InsightFilter.Buyers b && m == month) {
            matched |= switch (b.which()) {
                case ALL -> true;
                case RETURNING -> returning;
                case NEW -> !returning;
            };
        }
    }
}
