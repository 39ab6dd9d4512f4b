package app.rapport.service;

import app.rapport.model.Client;
import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Insight;
import app.rapport.model.InteractionKind;
import app.rapport.model.Settings;
import app.rapport.store.SqliteBookStore;
import app.rapport.testutil.ClientBuilder;
import app.rapport.testutil.InteractionBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;

/** A book on disk for Insight's tests, filled a line at a time, and its figures under a pinned clock. */
final class InsightFixture implements AutoCloseable {
    /** A Monday. */
    static final LocalDate D = LocalDate.parse("2026-11-23");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    final SqliteBookStore store;
    final InsightService insight;
    private int next;

    InsightFixture(Path dir) {
        this(dir, CLOCK);
    }

    InsightFixture(Path dir, Clock clock) {
        store = SqliteBookStore.open(dir);
        insight = new InsightService(store, clock);
    }

    /** A client since {@code since} (null: none; added 2024-01-02) with the default name. */
    InsightFixture client(String id, String since) {
        return client(id, since, b -> b);
    }

    InsightFixture client(String id, String since, UnaryOperator<ClientBuilder> more) {
        Client c = more.apply(ClientBuilder.client(id).name("Client", id).clientSince(since)).build();
        store.writeVoid(tx -> tx.clients().insert(c));
        return this;
    }

    InsightFixture log(String clientId, String at, InteractionKind kind) {
        return log(clientId, at, kind, b -> b);
    }

    InsightFixture log(String clientId, String at, InteractionKind kind, UnaryOperator<InteractionBuilder> more) {
        var i = more.apply(InteractionBuilder.contact("i-" + (++next), clientId).at(at).kind(kind)).build();
        store.writeVoid(tx -> tx.interactions().insert(i));
        return this;
    }

    InsightFixture purchase(String clientId, String at, String amount) {
        return log(clientId, at, InteractionKind.PURCHASE, b -> b.amount(amount));
    }

    InsightFixture outbound(String clientId, String at, InteractionKind kind) {
        return log(clientId, at, kind, b -> b.direction(Direction.OUTBOUND));
    }

    InsightFixture negative(String clientId, String at, InteractionKind kind) {
        return log(clientId, at, kind, b -> b.experience(Experience.NEGATIVE));
    }

    InsightFixture decision(String clientId, FollowUpRule rule, String anchor, DecisionKind kind, String at) {
        Decision d = new Decision(clientId, rule, LocalDate.parse(anchor), kind,
                kind == DecisionKind.SNOOZE ? LocalDate.parse(anchor).plusDays(30) : null,
                kind == DecisionKind.SKIP ? "Not needed" : "", Instant.parse(at));
        store.writeVoid(tx -> tx.decisions().insert(d));
        return this;
    }

    InsightFixture settings(UnaryOperator<Settings> change) {
        store.writeVoid(tx -> tx.settings().save(change.apply(tx.settings().load())));
        return this;
    }

    Insight figures() {
        return insight.figures(D, Insight.DEFAULT_MONTHS);
    }

    Insight figures(int months) {
        return insight.figures(D, months);
    }

    /** The entry of {@code month} in a monthly figure. */
    static <T> T in(List<T> monthly, Insight insight, String month) {
        return monthly.get(insight.months().indexOf(YearMonth.parse(month)));
    }

    @Override
    public void close() {
        store.close();
    }
}
