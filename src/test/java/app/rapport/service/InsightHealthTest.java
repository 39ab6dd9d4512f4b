package app.rapport.service;

import static app.rapport.model.InteractionKind.CALL;
import static app.rapport.model.InteractionKind.COMPLAINT;
import static app.rapport.service.InsightFixture.in;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Client;
import app.rapport.model.ClientFacts;
import app.rapport.model.ContactFact;
import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.HealthBand;
import app.rapport.model.Insight;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Settings;
import app.rapport.planning.Health;
import app.rapport.planning.Planner;
import app.rapport.store.SqliteBookStore;
import app.rapport.testutil.ClientBuilder;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures 1 and 2: health now and at each month's end, against a slow reference that plans each
 * client with the whole planner from everything the book held on that day.
 */
class InsightHealthTest {
    @TempDir
    Path dir;

    @Test
    void health_activeClientsOnly_addingUpToThem() {
        try (InsightFixture book = new InsightFixture(dir)) {
            book.client("today", "2020-01-01").log("today", "2026-11-23T08:00", CALL);
            book.client("quiet", "2020-01-01").log("quiet", "2026-01-01T08:00", CALL);
            book.client("archived", "2020-01-01", b -> b.archived(true));
            book.client("dnc", "2020-01-01", b -> b.doNotContact(true));
            book.client("future", "2026-12-01");
            Insight i = book.figures();
            assertThat(i.health()).isEqualTo(new Insight.HealthCounts(2, 0, 1));
            // The last month counts those who were clients by D: "future" is not yet one.
            assertThat(in(i.healthByMonth(), i, "2026-11").health()).isEqualTo(new Insight.HealthCounts(1, 0, 1));
        }
    }

    @Test
    void healthByMonth_countsClientsFromTheirClientSinceElseTheDayAdded() {
        try (InsightFixture book = new InsightFixture(dir)) {
            book.client("since-june", "2026-06-30").client("added-july", null, b -> b.addedAt("2026-07-01T10:00:00Z"));
            Insight i = book.figures();
            assertThat(in(i.healthByMonth(), i, "2026-05").health().total()).isZero();
            assertThat(in(i.healthByMonth(), i, "2026-06").health().total()).isEqualTo(1);
            assertThat(in(i.healthByMonth(), i, "2026-07").health().total()).isEqualTo(2);
        }
    }

    /**
     * An open RECOVERY costs 20: a complaint on Friday 30 Oct left unanswered at the end of October
     * (due Monday) counts against October's health even though the owner marked it done in November;
     * by November's end the call logged with it has answered the complaint.
     */
    @Test
    void healthAtAMonthEnd_openRecoveryThen_evenWhenDoneLater() {
        try (InsightFixture book = new InsightFixture(dir)) {
            book.client("c-1", "2020-01-01", b -> b.tier("VIP"))
                    .log("c-1", "2026-10-01T09:00", CALL)
                    .log("c-1", "2026-10-30T09:00", COMPLAINT)
                    .log("c-1", "2026-11-02T09:00", CALL, b -> b.direction(Direction.OUTBOUND))
                    .decision("c-1", FollowUpRule.RECOVERY, "2026-10-30", DecisionKind.DONE, "2026-11-02T09:00:00Z");
            Insight i = book.figures();
            // 31 Oct: last contact 30 Oct (1 day), one negative (−15), recovery open (−20): 65, tested.
            assertThat(in(i.healthByMonth(), i, "2026-10").health()).isEqualTo(new Insight.HealthCounts(0, 1, 0));
            // 23 Nov: 21 days quiet on a 30-day cadence (−18), one negative (−15), answered: 67, tested.
            assertThat(i.health()).isEqualTo(new Insight.HealthCounts(0, 1, 0));
        }
    }

    @Test
    void healthAtAMonthEnd_lastContactBeforeTheLogRead_stillCounts() {
        try (InsightFixture book = new InsightFixture(dir)) {
            // VIP, last contact long before the window and its 91 days of lookback: at risk at every month's end.
            book.client("c-1", "2020-01-01", b -> b.tier("VIP")).log("c-1", "2025-01-01T09:00", CALL);
            // REGULAR, last contact 1 Aug 2025: good until about its cadence, then tested, at risk by 180 days.
            book.client("c-2", "2020-01-01").log("c-2", "2025-08-01T09:00", CALL);
            Insight i = book.figures();
            assertThat(in(i.healthByMonth(), i, "2025-12").health()).isEqualTo(new Insight.HealthCounts(0, 1, 1));
            assertThat(in(i.healthByMonth(), i, "2026-03").health()).isEqualTo(new Insight.HealthCounts(0, 0, 2));
        }
    }

    /**
     * The book keeps no history of tiers: a client who is VIP now is scored with VIP's cadence at every month's end.
     */
    @Test
    void healthAtAMonthEnd_usesTheTierTheClientHasNow() {
        try (InsightFixture book = new InsightFixture(dir)) {
            book.client("c-1", "2020-01-01", b -> b.tier("VIP")).log("c-1", "2026-09-15T09:00", CALL);
            Insight i = book.figures();
            // 31 Oct: 46 days since the last contact; VIP's 30-day cadence: 100 − 51 = 49, tested (OCCASIONAL's
            // 180 days would still be good).
            assertThat(in(i.healthByMonth(), i, "2026-10").health()).isEqualTo(new Insight.HealthCounts(0, 1, 0));
            book.store.writeVoid(tx -> tx.clients().update(ClientBuilder.client("c-1").name("Client", "c-1")
                    .clientSince("2020-01-01").tier("OCCASIONAL").build()));
            Insight after = book.figures();
            assertThat(in(after.healthByMonth(), after, "2026-10").health())
                    .isEqualTo(new Insight.HealthCounts(1, 0, 0));
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 12, 2026-11-23", "2, 24, 2026-11-23", "3, 7, 2026-06-30", "4, 1, 2026-03-01", "5, 60, 2026-11-23"})
    void healthByMonth_isHealthAsPlannedOnEachMonthEnd_onARandomBook(long seed, int months, String asOf) {
        LocalDate d = LocalDate.parse(asOf);
        ZoneId zone = ZoneId.of("Europe/Paris");
        Clock clock = Clock.fixed(d.atTime(10, 0).atZone(zone).toInstant(), zone);
        try (SqliteBookStore store = SqliteBookStore.open(dir)) {
            randomBook(store, new Random(seed), d);
            Insight insight = new InsightService(store, clock).figures(d, months);
            Reference reference = new Reference(store, clock);
            for (Insight.HealthMonth m : insight.healthByMonth()) {
                LocalDate end = m.month().atEndOfMonth().isAfter(d) ? d : m.month().atEndOfMonth();
                assertThat(m.health()).as("health at the end of %s", m.month()).isEqualTo(reference.health(end, true));
            }
            assertThat(insight.health()).as("health on %s", d).isEqualTo(reference.health(d, false));
            assertThat(insight.health().total()).isPositive();
            assertThat(insight.health().atRisk() + insight.health().tested()).as("a book with every band").isPositive();
            if (months >= 7) {
                assertThat(reference.recoveriesOpen).as("month-ends with a recovery open").isPositive();
                assertThat(reference.closedByDecisions).as("recoveries a decision taken by then closes").isPositive();
                assertThat(reference.closedLater).as("recoveries a decision taken later closes").isPositive();
            }
        }
    }

    /** Clients of every tier, some inactive, with a few contacts each: complaints, recoveries, decisions. */
    private static void randomBook(SqliteBookStore store, Random random, LocalDate d) {
        InteractionKind[] kinds = InteractionKind.values();
        Experience[] experiences = Experience.values();
        String[] tiers = {"VIP", "REGULAR", "OCCASIONAL", null};
        FollowUpRule[] rules = {FollowUpRule.RECOVERY, FollowUpRule.RECOVERY, FollowUpRule.GONE_QUIET};
        store.writeVoid(tx -> {
            int ids = 0;
            for (int c = 0; c < 80; c++) {
                String id = "c-" + c;
                LocalDate since = d.minusDays(random.nextInt(900));
                ClientBuilder b = ClientBuilder.client(id).name("Client", id).tier(tiers[random.nextInt(tiers.length)])
                        .archived(random.nextInt(12) == 0).doNotContact(random.nextInt(15) == 0)
                        .addedAt(since.minusDays(random.nextInt(30)).atStartOfDay(ZoneOffset.UTC).toInstant()
                                .toString());
                Client client = (random.nextInt(4) == 0 ? b : b.clientSince(since.toString())).build();
                tx.clients().insert(client);
                int contacts = random.nextInt(25);
                for (int k = 0; k < contacts; k++) {
                    LocalDateTime at = since.atTime(8, 0).plusMinutes(random.nextInt(900 * 24 * 60));
                    InteractionKind kind = random.nextInt(4) == 0 ? COMPLAINT : kinds[random.nextInt(kinds.length)];
                    Direction direction = random.nextBoolean() ? Direction.OUTBOUND : Direction.INBOUND;
                    tx.interactions().insert(new Interaction("i-" + (++ids), id, at, kind, direction,
                            experiences[random.nextInt(experiences.length)],
                            kind == InteractionKind.PURCHASE ? BigDecimal.TEN : null, "", ""));
                    if (kind == COMPLAINT && random.nextBoolean()) {
                        DecisionKind decision = DecisionKind.values()[random.nextInt(3)];
                        Instant taken = at.plusHours(random.nextInt(24 * 20)).toInstant(ZoneOffset.UTC);
                        FollowUpRule rule = rules[random.nextInt(rules.length)];
                        tx.decisions().insert(new Decision(id, rule, at.toLocalDate(), decision,
                                decision == DecisionKind.SNOOZE ? at.toLocalDate().plusDays(random.nextInt(10)) : null,
                                "why", taken, decision == DecisionKind.DONE ? FollowUpAction.CALL : null));
                    }
                }
            }
        });
    }

    /**
     * The obvious way, slowly: for each day, every active client's facts with the whole log up to
     * that day and the decisions taken by then, planned with the full planner; RECOVERY open when
     * the plan lists it; then {@link Health}.
     */
    private static final class Reference {
        private final Settings settings;
        private final Planner planner;
        private final ZoneId zone;
        private final List<Client> clients = new ArrayList<>();
        private final Map<String, List<Interaction>> logs = new HashMap<>();
        private final Map<String, List<Decision>> decisions = new HashMap<>();
        int recoveriesOpen;
        int closedByDecisions;
        int closedLater;

        Reference(SqliteBookStore store, Clock clock) {
            this.planner = new Planner(clock);
            this.zone = clock.getZone();
            this.settings = store.read(tx -> {
                tx.clients().forEach(clients::add);
                tx.interactions().forEach(i -> logs.computeIfAbsent(i.clientId(), k -> new ArrayList<>()).add(i));
                tx.decisions().forEach(x -> decisions.computeIfAbsent(x.clientId(), k -> new ArrayList<>()).add(x));
                return tx.settings().load();
            });
        }

        Insight.HealthCounts health(LocalDate day, boolean sinceThen) {
            Map<HealthBand, Integer> bands = new EnumMap<>(HealthBand.class);
            for (Client c : clients) {
                LocalDate addedOn = LocalDate.ofInstant(c.addedAt(), zone);
                LocalDate since = c.clientSince() != null ? c.clientSince() : addedOn;
                if ((c.archived() || c.doNotContact()) || sinceThen && since.isAfter(day)) {
                    continue;
                }
                List<Interaction> log = logs.getOrDefault(c.id(), List.of()).stream()
                        .filter(i -> !i.at().toLocalDate().isAfter(day))
                        .sorted(Comparator.comparing(Interaction::at)).toList();
                List<ContactFact> facts = log.stream().map(i -> new ContactFact(i.at(), i.kind(), i.direction(),
                        i.experience(), i.amount(), i.summary())).toList();
                List<Decision> taken = decisions.getOrDefault(c.id(), List.of()).stream()
                        .filter(x -> !LocalDate.ofInstant(x.at(), zone).isAfter(day)).toList();
                ClientFacts client = new ClientFacts(c.id(), c.displayName(), c.tier(), c.preferredChannel(),
                        c.birthday(), c.clientSince(), addedOn, log.isEmpty() ? null : log.get(log.size() - 1).at(),
                        log.stream().filter(i -> i.kind() == InteractionKind.PURCHASE).map(Interaction::at).findFirst()
                                .orElse(null),
                        facts, List.of(), taken, List.of());
                boolean recoveryOpen = recoveryOpen(client, day);
                boolean withoutDecisions = recoveryOpen(withDecisions(client, List.of()), day);
                boolean withAll = recoveryOpen(withDecisions(client, decisions.getOrDefault(c.id(), List.of())), day);
                recoveriesOpen += recoveryOpen ? 1 : 0;
                closedByDecisions += withoutDecisions && !recoveryOpen ? 1 : 0;
                closedLater += recoveryOpen && !withAll ? 1 : 0;
                bands.merge(Health.of(client, settings, day, recoveryOpen).band(), 1, Integer::sum);
            }
            return new Insight.HealthCounts(bands.getOrDefault(HealthBand.GOOD, 0),
                    bands.getOrDefault(HealthBand.TESTED, 0), bands.getOrDefault(HealthBand.AT_RISK, 0));
        }

        private static ClientFacts withDecisions(ClientFacts c, List<Decision> list) {
            return new ClientFacts(c.id(), c.name(), c.tier(), c.preferredChannel(), c.birthday(), c.clientSince(),
                    c.addedOn(), c.lastContactAt(), c.firstPurchaseAt(), c.recent(), c.referrals(), list, c.manual());
        }

        private boolean recoveryOpen(ClientFacts client, LocalDate day) {
            return planner.planClient(client, settings, day).stream().anyMatch(f -> f.rule() == FollowUpRule.RECOVERY);
        }
    }
}
