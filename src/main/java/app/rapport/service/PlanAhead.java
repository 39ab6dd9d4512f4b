package app.rapport.service;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the coming days' agendas planned and saved in the book while the app runs, so that it
 * opens on Today at once the next morning: the app calls {@link #tick()} every half minute, and
 * the days are planned again once the book has been left alone for a whole tick after a change
 * (not while the owner is busy with it); {@link #beforeClose()} catches up when the app quits.
 */
public final class PlanAhead {
    /** Today and the two days after it: a start the next morning, or after a Sunday. */
    public static final int DAYS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(PlanAhead.class);
    private final PlanningService planning;
    private final SavedAgendas saved;
    private long seen = -1;
    private long planned = -1;
    private LocalDate plannedOn;

    public PlanAhead(PlanningService planning, SavedAgendas saved) {
        this.planning = planning;
        this.saved = saved;
    }

    /**
     * Plans ahead when the book has not changed since the last tick but has since the days were planned, or a day has
     * passed.
     */
    public synchronized boolean tick() {
        long now = saved.changeCount();
        boolean quiet = now == seen;
        seen = now;
        return quiet && !upToDate(now) && plan(now);
    }

    /** Plans ahead now unless the saved days are up to date (the app is quitting). */
    public synchronized void beforeClose() {
        long now = saved.changeCount();
        if (!upToDate(now)) {
            plan(now);
        }
    }

    private boolean upToDate(long changeCount) {
        return changeCount == planned && planning.today().equals(plannedOn);
    }

    private boolean plan(long changeCount) {
        long started = System.nanoTime();
        LocalDate day = planning.today();
        int n = planAhead(DAYS);
        planned = changeCount;
        plannedOn = day;
        LOG.info("Planned {} of the next {} days ahead in {} ms", n, DAYS, (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /**
     * Plans and saves the agendas of today and the {@code days - 1} days after it that have none
     * saved for the book as it is now, so that the app opens on them at once; forgets older ones.
     * Returns how many it planned (none where nothing is saved ahead: the command line, a book
     * opened without it).
     */
    public int planAhead(int days) {
        return saved.saves() ? saveAhead(days) : 0;
    }

    /**
     * As {@link #planAhead}, whatever the book was opened for: the {@code demo} command saves the
     * new book's coming days so, and the app's first start on it opens on Today at once.
     */
    public int saveAhead(int days) {
        LocalDate first = planning.today();
        int count = 0;
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            if (!saved.has(day)) {
                saved.save(planning.planned(day));
                count++;
            }
        }
        saved.forgetBefore(first);
        return count;
    }
}
