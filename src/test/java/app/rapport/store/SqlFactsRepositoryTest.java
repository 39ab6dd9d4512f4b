package app.rapport.store;

import static app.rapport.testutil.ClientBuilder.client;
import static app.rapport.testutil.InteractionBuilder.contact;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.ClientFacts;
import app.rapport.model.ContactFact;
import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.Experience;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.InteractionKind;
import app.rapport.model.ManualFollowUp;
import app.rapport.model.Referral;
import app.rapport.model.RuleSettings;
import app.rapport.testutil.RuleSettingsBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;

/** Planning facts gathered with SQL: aggregates, the recent window, referrals, decisions, follow-ups. */
class SqlFactsRepositoryTest {
    static final LocalDate AS_OF = LocalDate.parse("2026-11-23");
    static final ZoneId ZONE = ZoneOffset.UTC;

    static final RuleSettings RULES_10_DAY_PURCHASES = RuleSettingsBuilder.rules().set("purchaseWindowDays", 10)
            .build();

    TestBook book;
    BookStore store;

    @BeforeEach
    void open(TestBook book) {
        this.book = book;
        store = book.store();
        store.writeVoid(tx -> {
            tx.clients().insert(client("c-1").name("Ana", "Ruiz").tier("VIP").clientSince("2021-03-02").build());
            tx.clients().insert(client("c-2").name("Li", "Wei").referredBy("c-1").clientSince("2026-11-10").build());
            tx.clients().insert(client("c-3").company("Gone Ltd").archived(true).build());
            tx.clients().insert(client("c-4").company("Quiet Co").addedAt("2026-01-05T10:00:00Z").build());
            tx.interactions().insertAll(List.of(
                    contact("i-1", "c-1").at("2024-05-01T10:00").kind(InteractionKind.PURCHASE).amount("40.00").build(),
                    contact("i-2", "c-1").at("2026-11-01T10:00").kind(InteractionKind.PURCHASE).amount("900.00")
                            .summary("Wedding cake").build(),
                    contact("i-3", "c-1").at("2026-11-20T16:30").kind(InteractionKind.CALL).build(),
                    contact("i-4", "c-1").at("2026-11-25T09:00").kind(InteractionKind.VISIT).build(),
                    contact("i-5", "c-3").at("2026-11-20T10:00").kind(InteractionKind.CALL).build()));
            tx.clients().refreshContactDates();
            tx.decisions().insert(new Decision("c-1", FollowUpRule.GONE_QUIET, LocalDate.parse("2026-06-01"),
                    DecisionKind.SKIP, null, "Moved away", Instant.parse("2026-11-02T08:00:00Z")));
            tx.followUps().insert(new ManualFollowUp("f-1", "c-4", FollowUpAction.NOTE, AS_OF, 2, "Send the menu",
                    null, AS_OF.minusDays(3)));
            tx.followUps().insert(new ManualFollowUp("f-2", "c-4", FollowUpAction.CALL, AS_OF, 3, "",
                    ManualFollowUp.Status.DONE, AS_OF.minusDays(3)));
        });
    }

    Map<String, ClientFacts> facts(LocalDate asOf) {
        return store.read(tx -> tx.facts().activeClients(asOf, RuleSettings.defaults(), 60, ZONE)).stream()
                .collect(Collectors.toMap(ClientFacts::id, Function.identity()));
    }

    @OnBothBooks
    void activeClients_leaveOutArchived() {
        assertThat(facts(AS_OF)).containsOnlyKeys("c-1", "c-2", "c-4");
    }

    @OnBothBooks
    void lastContactAndFirstPurchase_ignoreContactsAfterTheAsOfDate() {
        ClientFacts ana = facts(AS_OF).get("c-1");
        assertThat(ana.lastContactAt()).isEqualTo(LocalDateTime.parse("2026-11-20T16:30"));
        assertThat(ana.firstPurchaseAt()).isEqualTo(LocalDateTime.parse("2024-05-01T10:00"));
        assertThat(facts(LocalDate.parse("2026-11-25")).get("c-1").lastContactAt())
                .isEqualTo(LocalDateTime.parse("2026-11-25T09:00"));
        assertThat(facts(LocalDate.parse("2024-04-30")).get("c-1").firstPurchaseAt()).isNull();
    }

    @OnBothBooks
    void recent_holdsTheLookbackWindowOldestFirst() {
        assertThat(facts(AS_OF).get("c-1").recent()).extracting(ContactFact::at).containsExactly(
                LocalDateTime.parse("2026-11-01T10:00"), LocalDateTime.parse("2026-11-20T16:30"));
        assertThat(facts(AS_OF).get("c-1").recent().get(0).amount()).isEqualByComparingTo("900");
        assertThat(facts(AS_OF).get("c-1").recent().get(0).summary()).isEqualTo("Wedding cake");
    }

    @OnBothBooks
    void referralsDecisionsAndOpenFollowUps_belongToTheirClient() {
        Map<String, ClientFacts> facts = facts(AS_OF);
        assertThat(facts.get("c-1").referrals()).containsExactly(
                new Referral("c-2", "Li Wei", LocalDate.parse("2026-11-10")));
        assertThat(facts.get("c-1").decisions()).extracting(Decision::reason).containsExactly("Moved away");
        assertThat(facts.get("c-4").manual()).extracting(ManualFollowUp::id).containsExactly("f-1");
        assertThat(facts.get("c-4").addedOn()).isEqualTo(LocalDate.parse("2026-01-05"));
        assertThat(facts.get("c-4").lastContact()).isEqualTo(LocalDate.parse("2026-01-05"));
    }

    @OnBothBooks
    void oneClient_matchesTheWholeBooksFacts() {
        Map<String, ClientFacts> all = facts(AS_OF);
        for (String id : List.of("c-1", "c-2", "c-4")) {
            assertThat(store.<Optional<ClientFacts>>read(tx -> tx.facts().client(id, AS_OF, 60, ZONE)))
                    .contains(all.get(id));
        }
        assertThat(store.<Optional<ClientFacts>>read(tx -> tx.facts().client("c-3", AS_OF, 60, ZONE))).isEmpty();
    }

    @OnBothBooks
    void forAgenda_keepsTheLatestPurchaseWithinItsWindowAndThoseThatWentBadly() {
        store.writeVoid(tx -> {
            tx.clients().insert(client("c-5").name("Zoë", "Müller").build());
            tx.interactions().insertAll(List.of(
                    contact("i-50", "c-5").at("2026-10-01T10:00").kind(InteractionKind.PURCHASE).build(),
                    contact("i-51", "c-5").at("2026-11-02T10:00").kind(InteractionKind.PURCHASE)
                            .experience(Experience.NEGATIVE).summary("Stale bread").build(),
                    contact("i-52", "c-5").at("2026-11-05T11:00").kind(InteractionKind.EMAIL).summary("Menu").build(),
                    contact("i-53", "c-5").at("2026-11-10T10:00").kind(InteractionKind.PURCHASE).summary("Rolls")
                            .build(),
                    contact("i-54", "c-5").at("2026-11-18T10:00").kind(InteractionKind.PURCHASE).summary("Cake")
                            .build(),
                    contact("i-55", "c-5").at("2026-11-19T09:00").kind(InteractionKind.THANK_YOU_CALL).build()));
            tx.clients().refreshContactDates();
        });
        ClientFacts zoe = store.read(tx -> tx.facts().forAgenda(AS_OF, RuleSettings.defaults(), ZONE)).stream()
                .filter(f -> f.id().equals("c-5")).findFirst().orElseThrow();
        assertThat(zoe.recent()).extracting(ContactFact::at).containsExactly(
                LocalDateTime.parse("2026-11-02T10:00"), LocalDateTime.parse("2026-11-05T11:00"),
                LocalDateTime.parse("2026-11-18T10:00"), LocalDateTime.parse("2026-11-19T09:00"));
        assertThat(zoe.recent()).extracting(ContactFact::summary).containsExactly("Stale bread", "", "Cake", "");
        assertThat(zoe.firstPurchaseAt()).isEqualTo(LocalDateTime.parse("2026-10-01T10:00"));
    }

    @OnBothBooks
    void forAgenda_latestPurchaseOlderThanItsWindow_isLeftOut() {
        ClientFacts ana = store.read(tx -> tx.facts().forAgenda(AS_OF, RULES_10_DAY_PURCHASES, ZONE)).stream()
                .filter(f -> f.id().equals("c-1")).findFirst().orElseThrow();
        assertThat(ana.recent()).extracting(ContactFact::kind).containsExactly(InteractionKind.CALL);
    }

    @OnBothBooks
    void firstPurchase_followsDeletedAndAddedPurchases() {
        store.writeVoid(tx -> tx.interactions().delete("i-1"));
        assertThat(facts(AS_OF).get("c-1").firstPurchaseAt()).isEqualTo(LocalDateTime.parse("2026-11-01T10:00"));
        store.writeVoid(tx -> tx.interactions().insert(contact("i-9", "c-1").at("2023-01-01T09:00")
                .kind(InteractionKind.PURCHASE).build()));
        assertThat(facts(AS_OF).get("c-1").firstPurchaseAt()).isEqualTo(LocalDateTime.parse("2023-01-01T09:00"));
    }
}
