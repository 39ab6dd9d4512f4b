package app.rapport.planning;

import static app.rapport.model.FollowUpRule.BIRTHDAY;
import static app.rapport.model.FollowUpRule.GONE_QUIET;
import static app.rapport.model.FollowUpRule.MANUAL;
import static app.rapport.model.FollowUpRule.THANK_REFERRER;
import static app.rapport.planning.Plans.AS_OF;
import static app.rapport.planning.Plans.DEFAULTS;
import static app.rapport.planning.Plans.PLANNER;
import static app.rapport.planning.Plans.day;
import static app.rapport.testutil.FactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.rapport.model.Agenda;
import app.rapport.model.Bucket;
import app.rapport.model.ClientFacts;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.InteractionKind;
import app.rapport.testutil.FactsBuilder;
import app.rapport.testutil.RuleSettingsBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The agenda: horizon, buckets, order, the GONE_QUIET drop, switched-off rules, determinism. */
class PlannerTest {

    /** A client contacted yesterday, so that only what a test adds is due soon. */
    private static FactsBuilder client(String id, String name) {
        return facts(id).name(name).outbound(InteractionKind.EMAIL, "2026-11-22");
    }

    private static ClientFacts withManual(String id, String name, String due, int priority) {
        return client(id, name).manual("f-" + id, FollowUpAction.CALL, due, priority, "").build();
    }

    private static List<FollowUp> agenda(ClientFacts... clients) {
        return PLANNER.plan(List.of(clients), DEFAULTS, AS_OF).followUps();
    }

    // Horizon

    @Test
    void plan_dueSevenDaysAhead_listedAsComingUp() {
        Agenda agenda = PLANNER.plan(List.of(withManual("c-1", "Ana", "2026-11-30", 3)), DEFAULTS, AS_OF);

        assertThat(agenda.followUps()).singleElement().extracting(f -> f.bucket(agenda.asOf()))
                .isEqualTo(Bucket.UPCOMING);
    }

    @Test
    void plan_dueEightDaysAhead_notListedButPlannedForTheClient() {
        ClientFacts ana = withManual("c-1", "Ana", "2026-12-01", 3);

        assertThat(agenda(ana)).isEmpty();
        assertThat(PLANNER.planClient(ana, DEFAULTS, AS_OF)).extracting(FollowUp::rule).contains(MANUAL);
    }

    @Test
    void plan_longOverdue_stillListed() {
        assertThat(agenda(withManual("c-1", "Ana", "2025-01-01", 3))).singleElement()
                .extracting(FollowUp::due).isEqualTo(day("2025-01-01"));
    }

    @Test
    void plan_horizonZero_onlyOverdueAndToday() {
        var settings = Plans.with(RuleSettingsBuilder.rules().set("horizonDays", 0).build());
        List<ClientFacts> clients = List.of(withManual("c-1", "Ana", "2026-11-22", 3),
                withManual("c-2", "Bo", "2026-11-23", 3), withManual("c-3", "Cy", "2026-11-24", 3));

        assertThat(PLANNER.plan(clients, settings, AS_OF).followUps()).extracting(FollowUp::clientId)
                .containsExactly("c-1", "c-2");
    }

    @Test
    void plan_withoutADate_plansForTheClocksDay() {
        List<ClientFacts> clients = List.of(withManual("c-1", "Ana", "2026-11-23", 3));

        Agenda today = PLANNER.plan(clients, DEFAULTS);

        assertThat(today.asOf()).isEqualTo(AS_OF);
        assertThat(today).isEqualTo(PLANNER.plan(clients, DEFAULTS, AS_OF));
    }

    // Order

    @Test
    void plan_bucketsFirst_overdueAndTodayByPriorityThenDueDate_comingUpByDueDateThenPriority() {
        List<FollowUp> listed = agenda(withManual("c-1", "A", "2026-11-20", 5),
                withManual("c-2", "B", "2026-11-23", 2), withManual("c-3", "C", "2026-11-23", 1),
                withManual("c-4", "D", "2026-11-25", 3), withManual("c-5", "E", "2026-11-24", 3),
                withManual("c-6", "F", "2026-11-30", 1), withManual("c-7", "G", "2026-11-19", 5),
                withManual("c-8", "H", "2026-11-21", 2), withManual("c-9", "I", "2026-11-25", 1));

        assertThat(listed).extracting(FollowUp::clientId)
                .containsExactly("c-8", "c-7", "c-1", "c-3", "c-2", "c-5", "c-9", "c-4", "c-6");
    }

    @Test
    void plan_sameBucketPriorityAndDue_byNameIgnoringCaseThenExactlyThenId() {
        List<FollowUp> listed = agenda(withManual("c-5", "bob", "2026-11-23", 3),
                withManual("c-4", "ana", "2026-11-23", 3), withManual("c-3", "Ana", "2026-11-23", 3),
                withManual("c-2", "Bob", "2026-11-23", 3), withManual("c-1", "Bob", "2026-11-23", 3));

        assertThat(listed).extracting(FollowUp::clientId).containsExactly("c-3", "c-4", "c-1", "c-2", "c-5");
    }

    @Test
    void plan_sameClientDueAndPriority_byRuleThenAction() {
        ClientFacts ana = client("c-1", "Ana").referral("c-9", "Li Wei", "2026-11-18")
                .manual("f-2", FollowUpAction.NOTE, "2026-11-23", 3, "")
                .manual("f-1", FollowUpAction.CALL, "2026-11-23", 3, "").build();

        assertThat(agenda(ana)).extracting(FollowUp::rule, FollowUp::action).containsExactly(
                tuple(THANK_REFERRER, FollowUpAction.NOTE), tuple(MANUAL, FollowUpAction.CALL),
                tuple(MANUAL, FollowUpAction.NOTE));
    }

    @Test
    void planClient_byDueDateThenPriority() {
        ClientFacts ana = client("c-1", "Ana").manual("f-1", FollowUpAction.CALL, "2026-12-20", 1, "")
                .manual("f-2", FollowUpAction.CALL, "2026-11-25", 5, "")
                .manual("f-3", FollowUpAction.CALL, "2026-11-25", 2, "").build();

        assertThat(PLANNER.planClient(ana, DEFAULTS, AS_OF)).filteredOn(f -> f.rule() == MANUAL)
                .extracting(FollowUp::manualId).containsExactly("f-3", "f-2", "f-1");
    }

    // The GONE_QUIET drop

    /** Regular, last contact 94 days ago: GONE_QUIET due 19 Nov. */
    private static FactsBuilder quiet() {
        return facts("c-1").outbound(InteractionKind.CALL, "2026-08-21");
    }

    private static List<FollowUpRule> rules(ClientFacts client) {
        return PLANNER.planClient(client, DEFAULTS, AS_OF).stream().map(FollowUp::rule).toList();
    }

    @Test
    void plan_otherFollowUpDueTheSameDay_goneQuietDropped() {
        ClientFacts ana = quiet().manual("f-1", FollowUpAction.CALL, "2026-11-19", 3, "").build();

        assertThat(rules(ana)).contains(MANUAL).doesNotContain(GONE_QUIET);
    }

    @Test
    void plan_otherFollowUpDueEarlier_goneQuietDropped() {
        ClientFacts ana = quiet().birthday("--11-25").build();

        assertThat(rules(ana)).contains(BIRTHDAY).doesNotContain(GONE_QUIET);
    }

    @Test
    void plan_otherFollowUpDueLater_bothListed() {
        ClientFacts ana = quiet().manual("f-1", FollowUpAction.CALL, "2026-11-20", 3, "").build();

        assertThat(agenda(ana)).extracting(FollowUp::rule).containsExactlyInAnyOrder(GONE_QUIET, MANUAL);
    }

    @Test
    void plan_otherFollowUpBeyondTheHorizonButEarlier_stillDropsGoneQuiet() {
        ClientFacts ana = facts("c-1").outbound(InteractionKind.CALL, "2026-10-01").birthday("--12-20").build();

        assertThat(rules(ana)).contains(BIRTHDAY).doesNotContain(GONE_QUIET);
    }

    @Test
    void plan_otherFollowUpSnoozedOrSkipped_goneQuietKept() {
        ClientFacts snoozed = quiet().birthday("--11-25").snooze(BIRTHDAY, "2026-11-25", "2026-11-30",
                "2026-11-20").build();
        ClientFacts skipped = quiet().birthday("--11-25").skip(BIRTHDAY, "2026-11-25", "2026-11-20").build();

        assertThat(rules(snoozed)).contains(GONE_QUIET).doesNotContain(BIRTHDAY);
        assertThat(rules(skipped)).contains(GONE_QUIET).doesNotContain(BIRTHDAY);
    }

    @Test
    void plan_goneQuietDrop_onlyForTheSameClient() {
        ClientFacts ana = quiet().build();
        ClientFacts bo = withManual("c-2", "Bo", "2026-11-19", 3);

        assertThat(agenda(ana, bo)).extracting(FollowUp::rule).containsExactlyInAnyOrder(GONE_QUIET, MANUAL);
    }

    // Switched-off rules

    private static ClientFacts triggering(FollowUpRule rule) {
        FactsBuilder c = facts("c-1");
        FactsBuilder triggering = switch (rule) {
            case GONE_QUIET -> c.outbound(InteractionKind.CALL, "2026-08-21");
            case THANK_PURCHASE -> c.purchase("2026-11-19", "40.00", "Bread");
            case RECOVERY -> c.complaint("2026-11-20", "");
            case RECOVERY_CHECK_IN -> c.complaint("2026-11-09T10:00", "").outbound(InteractionKind.CALL, "2026-11-10");
            case THANK_REFERRER -> c.referral("c-9", "Li Wei", "2026-11-03");
            case BIRTHDAY -> c.birthday("--12-03");
            case ANNIVERSARY -> c.clientSince("2023-12-02");
            case EARLY_CARE -> c.firstPurchaseAt("2026-11-01T10:00");
            case MANUAL -> c.manual("f-1", FollowUpAction.CALL, "2026-11-25", 3, "");
        };
        return triggering.build();
    }

    @ParameterizedTest
    @EnumSource(FollowUpRule.class)
    void plan_ruleSwitchedOff_neverPlanned(FollowUpRule rule) {
        ClientFacts ana = triggering(rule);
        var off = Plans.with(RuleSettingsBuilder.rules().off(rule).build());

        assertThat(rules(ana)).contains(rule);
        assertThat(PLANNER.planClient(ana, off, AS_OF)).extracting(FollowUp::rule).doesNotContain(rule);
    }

    @Test
    void plan_everyRuleSwitchedOff_nothing() {
        var none = Plans.with(RuleSettingsBuilder.rules().only().build());
        List<ClientFacts> clients = new ArrayList<>();
        for (FollowUpRule rule : FollowUpRule.values()) {
            clients.add(triggering(rule));
        }

        assertThat(PLANNER.plan(clients, none, AS_OF).followUps()).isEmpty();
    }

    // Determinism

    private static List<ClientFacts> book() {
        List<ClientFacts> clients = new ArrayList<>();
        int i = 0;
        for (FollowUpRule rule : FollowUpRule.values()) {
            clients.add(FactsBuilder.facts("c-" + i++).build());
            ClientFacts t = triggering(rule);
            clients.add(new ClientFacts("c-" + i++, "Client " + (i % 3), t.tier(), t.preferredChannel(), t.birthday(),
                    t.clientSince(), t.addedOn(), t.lastContactAt(), t.firstPurchaseAt(), t.recent(), t.referrals(),
                    t.decisions(), t.manual()));
        }
        return clients;
    }

    @Test
    void plan_twice_sameAgenda() {
        List<ClientFacts> clients = book();

        Agenda first = PLANNER.plan(clients, DEFAULTS, AS_OF);

        assertThat(first.followUps()).isNotEmpty();
        assertThat(PLANNER.plan(clients, DEFAULTS, AS_OF)).isEqualTo(first);
        assertThat(new Planner(Plans.CLOCK).plan(clients, DEFAULTS, AS_OF)).isEqualTo(first);
    }

    @Test
    void plan_clientsInAnyOrder_sameAgenda() {
        List<ClientFacts> clients = book();
        Agenda expected = PLANNER.plan(clients, DEFAULTS, AS_OF);
        List<ClientFacts> shuffled = new ArrayList<>(clients);
        Collections.shuffle(shuffled, new Random(7));

        assertThat(PLANNER.plan(shuffled, DEFAULTS, AS_OF)).isEqualTo(expected);
    }

    @Test
    void plan_agendaIsThePlannedFollowUpsWithinTheHorizon() {
        List<ClientFacts> clients = book();
        List<FollowUp> expected = clients.stream().flatMap(c -> PLANNER.planClient(c, DEFAULTS, AS_OF).stream())
                .filter(f -> !f.due().isAfter(AS_OF.plusDays(7))).toList();

        assertThat(PLANNER.plan(clients, DEFAULTS, AS_OF).followUps()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void agenda_clientsAddedFromSeveralThreadsAtOnce_sameAgendaAsPlan() throws Exception {
        List<ClientFacts> clients = book();
        Agenda expected = PLANNER.plan(clients, DEFAULTS, AS_OF);
        Planner.AgendaBuilder agenda = PLANNER.agenda(DEFAULTS, AS_OF);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> added = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int from = t;
                added.add(pool.submit(() -> {
                    for (int i = from; i < clients.size(); i += 4) {
                        agenda.add(clients.get(i));
                    }
                }));
            }
            for (Future<?> f : added) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(expected.followUps()).isNotEmpty();
        assertThat(agenda.build()).isEqualTo(expected);
    }
}
