package app.rapport.service;

import app.rapport.io.InsightJsonWriter;
import app.rapport.model.ClientsBehind;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Insight;
import app.rapport.model.InsightFilter;
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
import java.util.Optional;

/**
 * INSIGHT.md's figures over the book, and the clients behind each number. Each call is one read
 * transaction: the clients' logs a client at a time (SQL packs each client's months into one row),
 * the decisions and the referrers counted by SQL; the figures themselves are pure
 * ({@link InsightTally}).
 */
public final class InsightService {
    private final BookStore store;
    private final Clock clock;

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
     * @throws app.rapport.model.InvalidValueException when {@code months} is not 1 to {@link Insight#MAX_MONTHS}
     */
    public Insight figures(LocalDate asOf, int months) {
        Insight.window(asOf, months);
        return store.read(tx -> {
            InsightTally tally = tally(tx, asOf, months);
            tx.insights().clients(tally.logFrom(), asOf, clock.getZone(), tally::add);
            tx.insights().decisionsTaken(tally.months().get(0).atDay(1), asOf, clock.getZone(), tally::addDecisions);
            return tally.build(tx.insights().referrers(asOf));
        });
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
        return new InsightTally(settings, asOf, months, clock.getZone(), tx.insights().decisions(FollowUpRule.RECOVERY));
    }

    private static boolean inWindow(LocalDate asOf, int months, YearMonth month) {
        return Insight.window(asOf, months).contains(month);
    }

    private static LocalDate lastDay(YearMonth month, LocalDate asOf) {
        LocalDate end = month.atEndOfMonth();
        return end.isAfter(asOf) ? asOf : end;
    }
}
