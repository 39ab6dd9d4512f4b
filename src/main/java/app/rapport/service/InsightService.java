package app.rapport.service;

import app.rapport.io.InsightJsonWriter;
import app.rapport.model.ClientsBehind;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Insight;
import app.rapport.model.InsightFilter;
import app.rapport.model.InvalidValueException;
import app.rapport.model.Settings;
import app.rapport.planning.InsightTally;
import app.rapport.store.BookStore;
import app.rapport.store.BookTx;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * INSIGHT.md's figures over the book, and the clients behind each number. Each call is one read
 * transaction: the clients' logs a client at a time (SQL packs each client's months into one row),
 * the decisions and the referrers counted by SQL; the figures themselves are pure
 * ({@link InsightTally}). The figures computed last for each window are kept with the book's change
 * count they were computed at, for {@link #current} to give again while the book is unchanged.
 */
public final class InsightService {
    private static final Logger LOG = LoggerFactory.getLogger(InsightService.class);
    private final BookStore store;
    private final Clock clock;
    /** The figures computed last, by window. */
    private final Map<Integer, Computed> latest = new ConcurrentHashMap<>();
    private long quietSince = -1;

    public InsightService(BookStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Every figure of INSIGHT.md for the {@code months} calendar months ending with {@code asOf}'s
     * month (the last one ending on {@code asOf}).
     *
     * @throws InvalidValueException when {@code months} is not 1 to {@link Insight#MAX_MONTHS}
     */
    public Insight figures(LocalDate asOf, int months) {
        Insight.window(asOf, months);
        return store.read(tx -> {
            long changes = tx.agendaSnapshots().changeCount();
            InsightTally tally = tally(tx, asOf, months);
            tx.insights().clients(tally.logFrom(), asOf, clock.getZone(), tally::add);
            tx.insights().decisionsTaken(tally.months().get(0).atDay(1), asOf, clock.getZone(), tally::addDecisions);
            Insight insight = tally.build(tx.insights().referrers(asOf));
            latest.put(months, new Computed(changes, insight));
            return insight;
        });
    }

    /**
     * The same figures as {@link #figures figures(asOf, months)}: those computed last for that
     * window and date when the book has not changed since (its change count, which every change the
     * app or a command writes moves on), else computed now. The screen opens on them at once.
     */
    public Insight current(LocalDate asOf, int months) {
        Computed known = latest.get(months);
        if (known != null && known.insight().asOf().equals(asOf)
                && known.changes() == store.read(tx -> tx.agendaSnapshots().changeCount())) {
            return known.insight();
        }
        return figures(asOf, months);
    }

    /**
     * Keeps today's figures of {@code months} current while the app runs (it calls this every half
     * minute): once the book has been left alone for a whole call after a change, or a day has
     * passed, they are computed ahead, so that Insight opens on them at once.
     *
     * @return whether they were computed
     */
    public synchronized boolean keepCurrent(int months) {
        long now = store.read(tx -> tx.agendaSnapshots().changeCount());
        boolean quiet = now == quietSince;
        quietSince = now;
        Computed known = latest.get(months);
        if (!quiet || known != null && known.changes() == now && known.insight().asOf().equals(today())) {
            return false;
        }
        long started = System.nanoTime();
        figures(today(), months);
        LOG.info("Computed Insight's figures of {} months ahead in {} ms", months,
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** Figures computed, with the book's change count they were computed at. */
    private record Computed(long changes, Insight insight) {
    }

    /**
     * The clients behind one number of {@link #figures figures(asOf, months)}, sorted by id, with the
     * sentence for the banner above the client list ("Clients at risk now (38)"). A month outside the
     * window has nobody behind it.
     */
    public ClientsBehind clientsBehind(LocalDate asOf, int months, InsightFilter filter) {
        Insight.window(asOf, months);
        return store.read(tx -> {
            List<String> ids;
            String referrer = null;
            if (filter instanceof InsightFilter.ReferredBy r) {
                ids = tx.insights().referredBy(r.referrerId());
                referrer = tx.clients().find(r.referrerId()).map(c -> c.displayName()).orElse(r.referrerId());
            } else if (filter instanceof InsightFilter.Decisions d) {
                ids = inWindow(asOf, months, d.month())
                        ? tx.insights().clientsDeciding(d.month().atDay(1), lastDay(d.month(), asOf), clock.getZone(),
                                d.kind())
                        : List.of();
            } else {
                InsightTally tally = tally(tx, asOf, months);
                List<String> found = Collections.synchronizedList(new ArrayList<>());
                tx.insights().clients(tally.logFrom(), asOf, clock.getZone(), c -> {
                    if (tally.isBehind(c, filter)) {
                        found.add(c.id());
                    }
                });
                ids = found.stream().sorted().toList();
            }
            String banner = InsightSentences.banner(filter, asOf, today(), Optional.ofNullable(referrer), ids.size());
            return new ClientsBehind(filter, banner, ids);
        });
    }

    /** Writes the figures as INSIGHT.md's JSON ({@code insight --json}). */
    public void writeJson(Insight insight, OutputStream out) {
        try {
            new InsightJsonWriter().write(out, insight);
        } catch (IOException e) {
            throw new ServiceException("Cannot write the figures: " + e.getMessage(), e);
        }
    }

    private InsightTally tally(BookTx tx, LocalDate asOf, int months) {
        Settings settings = tx.settings().load();
        return new InsightTally(settings, asOf, months, clock.getZone(),
                tx.insights().decisions(FollowUpRule.RECOVERY));
    }

    private static boolean inWindow(LocalDate asOf, int months, YearMonth month) {
        return Insight.window(asOf, months).contains(month);
    }

    private static LocalDate lastDay(YearMonth month, LocalDate asOf) {
        LocalDate end = month.atEndOfMonth();
        return end.isAfter(asOf) ? asOf : end;
    }
}
