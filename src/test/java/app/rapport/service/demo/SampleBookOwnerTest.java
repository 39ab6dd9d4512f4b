package app.rapport.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Channel;
import app.rapport.model.Client;
import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.OccurrenceKey;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sample books read as a real shop kept by an owner who uses Rapport: no two clients with the same
 * complaint on one day, a preferred channel the owner has the details for, and the owner's
 * decisions recorded as the app records them.
 */
class SampleBookOwnerTest {
    @ParameterizedTest(name = "{1} clients, seed {0}, as of {2}")
    @CsvSource({"1, 5000, 2026-12-04", "7, 2000, 2026-11-22", "42, 2000, 2027-06-30"})
    void complaints_noTwoClientsWithTheSameOneOnTheSameDay(long seed, int clients, LocalDate asOf) {
        List<Interaction> problems = new SampleBookGenerator(seed, clients, asOf).generateAll().interactions().stream()
                .filter(i -> i.kind() == InteractionKind.COMPLAINT || i.experience() == Experience.NEGATIVE).toList();
        Map<String, Set<String>> clientsByComplaint = new HashMap<>();
        for (Interaction i : problems) {
            String complaint = i.at().toLocalDate() + " "
                    + (i.kind() == InteractionKind.PURCHASE ? i.notes() : i.summary());
            clientsByComplaint.computeIfAbsent(complaint, k -> new HashSet<>()).add(i.clientId());
        }

        assertThat(problems).hasSizeGreaterThan(clients / 3);
        assertThat(clientsByComplaint).allSatisfy((complaint, who) -> assertThat(who).as(complaint).hasSize(1));
    }

    @ParameterizedTest(name = "{1} clients, seed {0}")
    @CsvSource({"1, 3000", "2, 3000", "3, 3000"})
    void preferredChannel_oneTheOwnerHasTheDetailsFor(long seed, int clients) {
        List<Client> book = new SampleBookGenerator(seed, clients, LocalDate.of(2026, 12, 4)).generateAll().clients();

        assertThat(book).allSatisfy(c -> {
            Channel channel = c.preferredChannel();
            if (channel == Channel.CALL) {
                assertThat(c.phones()).as(c.id()).isNotEmpty();
            } else if (channel == Channel.EMAIL) {
                assertThat(c.emails()).as(c.id()).isNotEmpty();
            } else if (channel == Channel.NOTE) {
                assertThat(c.address().isEmpty()).as(c.id()).isFalse();
            } else if (channel == Channel.VISIT) {
                assertThat(c.address().isEmpty()).as(c.id()).isFalse();
                assertThat(c.company()).as(c.id()).isNotEmpty();
            }
            if (c.notes().equals("Prefers a call to email.")) {
                assertThat(channel).as(c.id()).isEqualTo(Channel.CALL);
            }
        });
        Map<Channel, Long> shares = book.stream().filter(c -> c.preferredChannel() != null)
                .collect(Collectors.groupingBy(Client::preferredChannel, Collectors.counting()));
        assertThat(shares.keySet()).containsExactlyInAnyOrder(Channel.values());
        assertThat(shares.get(Channel.CALL)).isGreaterThan(clients / 2L);
        assertThat(book).allSatisfy(c -> assertThat(c.clientSince()).isNotNull());
    }

    @ParameterizedTest(name = "{1} clients, seed {0}")
    @CsvSource({"4, 2000", "5, 2000"})
    void ownersContacts_onlyByWaysTheOwnerHasDetailsFor(long seed, int clients) {
        SampleChunk book = new SampleBookGenerator(seed, clients, LocalDate.of(2026, 12, 4)).generateAll();
        Map<String, Client> byId = book.clients().stream().collect(Collectors.toMap(Client::id, c -> c));

        assertThat(book.interactions()).filteredOn(i -> i.direction() == Direction.OUTBOUND).allSatisfy(i -> {
            Client c = byId.get(i.clientId());
            switch (i.kind()) {
                case CALL, THANK_YOU_CALL -> assertThat(c.phones()).as("%s", i).isNotEmpty();
                case EMAIL -> assertThat(c.emails()).as("%s", i).isNotEmpty();
                case VISIT -> assertThat(c.address().isEmpty()).as("%s", i).isFalse();
                case HANDWRITTEN_NOTE -> assertThat(!c.address().isEmpty() || i.summary().endsWith("in the shop"))
                        .as("%s", i).isTrue();
                default -> {
                }
            }
        });
        assertThat(book.clients()).anyMatch(c -> c.phones().isEmpty() && book.interactions().stream()
                .anyMatch(i -> i.clientId().equals(c.id()) && i.direction() == Direction.OUTBOUND));
    }

    /**
     * A purchase's thank-you call and card share one occurrence key, and the planner reads the
     * latest decision on a key: a skipped call followed by a card marked done would bring the
     * call back on the list.
     */
    @ParameterizedTest(name = "{1} clients, seed {0}, as of {2}")
    @CsvSource({"1, 2000, 2026-12-04", "9, 2000, 2027-03-15"})
    void thanksForAPurchase_aSkipIsTheLatestDecisionOnItsKey_nothingSnoozed(long seed, int clients, LocalDate asOf) {
        Map<OccurrenceKey, List<Decision>> byKey = new SampleBookGenerator(seed, clients, asOf).generateAll()
                .decisions().stream().filter(d -> d.rule() == FollowUpRule.THANK_PURCHASE)
                .sorted(Comparator.comparing(Decision::at)).collect(Collectors.groupingBy(Decision::key));

        assertThat(byKey.values()).flatMap(ds -> ds).extracting(Decision::decision).contains(DecisionKind.SKIP)
                .doesNotContain(DecisionKind.SNOOZE);
        assertThat(byKey).allSatisfy((key, ds) -> {
            if (ds.stream().anyMatch(d -> d.decision() == DecisionKind.SKIP)) {
                assertThat(ds.get(ds.size() - 1).decision()).as("%s", ds).isEqualTo(DecisionKind.SKIP);
            }
        });
    }

    @ParameterizedTest(name = "{1} clients, seed {0}, as of {2}")
    @CsvSource({"1, 2000, 2026-12-04", "9, 2000, 2027-03-15"})
    void decisions_asTheAppRecordsThem_withinTheMonthsOfRapport(long seed, int clients, LocalDate asOf) {
        SampleChunk book = new SampleBookGenerator(seed, clients, asOf).generateAll();
        Set<String> ids = book.clients().stream().map(Client::id).collect(Collectors.toSet());
        Set<String> logged = book.interactions().stream().map(i -> i.clientId() + " " + i.at() + " " + i.summary())
                .collect(Collectors.toSet());
        List<Decision> decisions = book.decisions();
        Map<DecisionKind, Long> kinds = decisions.stream()
                .collect(Collectors.groupingBy(Decision::decision, Collectors.counting()));

        assertThat(decisions).allSatisfy(d -> {
            LocalDateTime at = LocalDateTime.ofInstant(d.at(), ZoneOffset.UTC);
            assertThat(ids).contains(d.clientId());
            assertThat(at.toLocalDate()).isBetween(asOf.minusDays(SampleOwner.RAPPORT_DAYS), asOf.minusDays(1));
            assertThat(d.reason()).isNotBlank();
            if (d.decision() == DecisionKind.SNOOZE) {
                assertThat(d.until()).isAfter(at.toLocalDate());
            }
        });
        assertThat(decisions).filteredOn(d -> d.decision() == DecisionKind.DONE && !logged.contains(
                d.clientId() + " " + LocalDateTime.ofInstant(d.at(), ZoneOffset.UTC) + " " + d.reason())).isEmpty();
        assertThat(kinds.get(DecisionKind.DONE)).isGreaterThan(clients / 2L);
        assertThat(kinds.get(DecisionKind.SKIP)).isBetween(clients / 200L, kinds.get(DecisionKind.DONE) / 4);
        assertThat(kinds.get(DecisionKind.SNOOZE)).isBetween(clients / 400L, kinds.get(DecisionKind.DONE) / 10);
        assertThat(decisions.stream().map(Decision::rule).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.complementOf(EnumSet.of(FollowUpRule.MANUAL)));
    }
}
