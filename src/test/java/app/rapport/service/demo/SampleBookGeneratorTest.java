package app.rapport.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Client;
import app.rapport.model.Direction;
import app.rapport.model.Email;
import app.rapport.model.Experience;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleBookGeneratorTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    static final int N = 2_000;
    List<Client> clients;
    List<Interaction> interactions;
    Map<String, Client> byId;

    @BeforeAll
    void generate() {
        SampleChunk book = new SampleBookGenerator(7, N, AS_OF).generateAll();
        clients = book.clients();
        interactions = book.interactions();
        byId = clients.stream().collect(Collectors.toMap(Client::id, c -> c));
    }

    @Test
    void generate_sameSeedAndSize_identicalBookWhateverTheChunks() {
        SampleChunk once = new SampleBookGenerator(42, 300, AS_OF).generateAll();
        SampleChunk again = new SampleBookGenerator(42, 300, AS_OF).generateAll();
        List<Client> chunkedClients = new ArrayList<>();
        List<Interaction> chunkedInteractions = new ArrayList<>();
        new SampleBookGenerator(42, 300, AS_OF).generate(7, chunk -> {
            assertThat(chunk.clients()).hasSizeLessThanOrEqualTo(7);
            chunkedClients.addAll(chunk.clients());
            chunkedInteractions.addAll(chunk.interactions());
        });
        assertThat(again).isEqualTo(once);
        assertThat(chunkedClients).isEqualTo(once.clients());
        assertThat(chunkedInteractions).isEqualTo(once.interactions());
    }

    @Test
    void generate_differentSeed_differentBook() {
        SampleChunk one = new SampleBookGenerator(1, 100, AS_OF).generateAll();
        SampleChunk two = new SampleBookGenerator(2, 100, AS_OF).generateAll();
        assertThat(two.clients()).isNotEqualTo(one.clients());
        assertThat(two.interactions()).isNotEqualTo(one.interactions());
    }

    @Test
    void generate_oneClient_aBookOfOne() {
        SampleChunk book = new SampleBookGenerator(3, 1, AS_OF).generateAll();
        assertThat(book.clients()).extracting(Client::id).containsExactly("c-0001");
        assertThat(book.clients().get(0).referredBy()).isNull();
        assertThat(book.interactions()).isNotEmpty().allMatch(i -> i.clientId().equals("c-0001"));
    }

    @Test
    void ids_numberedInOrder_growingPastTheirWidth() {
        for (int i = 0; i < N; i++) {
            assertThat(clients.get(i).id()).isEqualTo("c-%04d".formatted(i + 1));
        }
        for (int i = 0; i < interactions.size(); i++) {
            assertThat(interactions.get(i).id()).isEqualTo("i-%06d".formatted(i + 1));
        }
        assertThat(SampleIds.client(12_345)).isEqualTo("c-12345");
        assertThat(SampleIds.interaction(1_234_567)).isEqualTo("i-1234567");
    }

    @Test
    void tiers_aboutTenSixtyThirtyPercent() {
        assertThat(share(c -> "VIP".equals(c.tier()))).isBetween(0.07, 0.13);
        assertThat(share(c -> "REGULAR".equals(c.tier()))).isBetween(0.57, 0.63);
        assertThat(share(c -> "OCCASIONAL".equals(c.tier()))).isBetween(0.27, 0.33);
    }

    @Test
    void referrals_aboutTenPercent_byAnEarlierClientWhoHadJoined_loggedOnTheReferrer() {
        assertThat(share(c -> c.referredBy() != null)).isBetween(0.08, 0.12);
        Set<String> referralsLogged = interactions.stream().filter(i -> i.kind() == InteractionKind.REFERRAL)
                .map(i -> i.clientId() + " " + i.at().toLocalDate()).collect(Collectors.toSet());
        for (Client c : clients) {
            if (c.referredBy() != null) {
                Client referrer = byId.get(c.referredBy());
                assertThat(referrer).as("referrer of %s", c.id()).isNotNull();
                assertThat(number(referrer.id())).isLessThan(number(c.id()));
                assertThat(referrer.clientSince()).isBeforeOrEqualTo(c.clientSince());
                assertThat(referralsLogged).contains(referrer.id() + " " + c.clientSince());
            }
        }
    }

    @Test
    void birthdays_mostClients_withAndWithoutYear_someOnLeapDay() {
        assertThat(share(c -> c.birthday() != null)).isBetween(0.75, 0.85);
        assertThat(clients).anyMatch(c -> c.birthday() != null && c.birthday().year() != null);
        assertThat(clients).anyMatch(c -> c.birthday() != null && c.birthday().year() == null);
        assertThat(clients.stream().filter(c -> c.birthday() != null && c.birthday().month() == 2
                && c.birthday().day() == 29)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void clients_realisticAndVaried() {
        assertThat(share(c -> !c.company().isEmpty())).isBetween(0.2, 0.3);
        assertThat(clients).anyMatch(c -> c.firstName().isEmpty() && c.lastName().isEmpty() && !c.company().isEmpty());
        assertThat(clients.stream().map(Client::firstName)).contains("Zoë", "José", "Łukasz");
        assertThat(clients.stream().map(Client::lastName)).contains("Nguyễn");
        assertThat(clients.stream().map(c -> c.address().country()).filter(s -> !s.isEmpty()).distinct())
                .hasSizeGreaterThanOrEqualTo(6);
        assertThat(clients).anyMatch(c -> c.emails().size() == 2);
        assertThat(clients)
                .allMatch(c -> c.emails().stream()
                        .allMatch(e -> Email.isValid(e) && e.chars().allMatch(ch -> ch < 128)));
        assertThat(clients).anyMatch(c -> !c.tags().isEmpty());
        assertThat(clients).anyMatch(c -> !c.notes().isEmpty());
        assertThat(share(Client::archived)).isBetween(0.015, 0.045);
        assertThat(share(Client::doNotContact)).isBetween(0.01, 0.03);
        assertThat(clients).allMatch(c -> c.addedAt().equals(c.clientSince().atTime(10, 0).toInstant(ZoneOffset.UTC)));
        assertThat(clients)
                .allMatch(c -> !c.clientSince().isBefore(AS_OF.minusYears(3)) && !c.clientSince().isAfter(AS_OF));
        assertThat(share(c -> !c.clientSince().isBefore(AS_OF.minusDays(60)))).isBetween(0.04, 0.12);
    }

    @Test
    void interactions_aboutTwentyPerClient_moreForVips() {
        assertThat((double) interactions.size() / N).isBetween(18.0, 22.0);
        Map<String, Long> perTier = interactions.stream()
                .collect(Collectors.groupingBy(i -> byId.get(i.clientId()).tier(), Collectors.counting()));
        Map<String, Long> tierSizes = clients.stream()
                .collect(Collectors.groupingBy(Client::tier, Collectors.counting()));
        double vip = perTier.get("VIP") / (double) tierSizes.get("VIP");
        double regular = perTier.get("REGULAR") / (double) tierSizes.get("REGULAR");
        double occasional = perTier.get("OCCASIONAL") / (double) tierSizes.get("OCCASIONAL");
        assertThat(vip).isGreaterThan(regular);
        assertThat(regular).isGreaterThan(occasional);
    }

    @Test
    void interactions_everyKind_inBusinessHours_neverAfterAsOfNorBeforeTheClientJoined() {
        assertThat(interactions.stream().map(Interaction::kind).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(InteractionKind.class));
        LocalDateTime end = AS_OF.atTime(LocalTime.MAX);
        for (Interaction i : interactions) {
            assertThat(i.at()).isBefore(end);
            assertThat(i.at().toLocalDate()).isAfterOrEqualTo(byId.get(i.clientId()).clientSince());
            assertThat(i.at().toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(18, 0));
            assertThat(i.at().getSecond()).isZero();
            assertThat(i.summary()).isNotBlank();
        }
        assertThat(interactions).anyMatch(i -> i.at().toLocalDate().equals(AS_OF.minusDays(1)));
    }

    @Test
    void interactions_defaultDirections_exceptSomeInboundCalls() {
        assertThat(interactions).allMatch(i -> i.direction() == i.kind().defaultDirection()
                || i.kind() == InteractionKind.CALL);
        assertThat(interactions).anyMatch(i -> i.kind() == InteractionKind.CALL
                && i.direction() != InteractionKind.CALL.defaultDirection());
    }

    @Test
    void purchases_haveAmounts_mostlyTenToFourHundred_someFiveHundredOrMore() {
        List<Interaction> purchases = interactions.stream().filter(i -> i.kind() == InteractionKind.PURCHASE).toList();
        assertThat(interactions).allMatch(i -> (i.amount() != null) == (i.kind() == InteractionKind.PURCHASE));
        assertThat(purchases).allMatch(p -> p.amount().scale() == 2 && p.amount().signum() > 0);
        double usual = purchases.stream().filter(p -> p.amount().compareTo(BigDecimal.TEN) >= 0
                && p.amount().compareTo(new BigDecimal("400")) <= 0).count() / (double) purchases.size();
        double large = purchases.stream().filter(p -> p.amount().compareTo(new BigDecimal("500")) >= 0).count()
                / (double) purchases.size();
        assertThat(usual).isGreaterThan(0.85);
        assertThat(large).isBetween(0.02, 0.12);
    }

    @Test
    void problems_aFewPercent_someFollowedByARecoveryCall() {
        long problems = interactions.stream().filter(i -> i.kind() == InteractionKind.COMPLAINT
                || i.experience() == Experience.NEGATIVE).count();
        assertThat(problems / (double) interactions.size()).isBetween(0.015, 0.04);
        assertThat(interactions)
                .anyMatch(i -> i.kind() == InteractionKind.VISIT && i.experience() == Experience.NEGATIVE);
    }

    @Test
    void thanks_mostPurchasesThankedWithinDays_notEveryRepeatOrder() {
        Map<String, List<Interaction>> byClient = interactions.stream()
                .collect(Collectors.groupingBy(Interaction::clientId));
        long purchases = 0;
        long thanked = 0;
        for (Interaction p : interactions) {
            if (p.kind() == InteractionKind.PURCHASE && p.at().isBefore(AS_OF.minusDays(30).atStartOfDay())) {
                purchases++;
                thanked += byClient.get(p.clientId()).stream().anyMatch(i -> i.kind() == InteractionKind.THANK_YOU_CALL
                        && !i.at().toLocalDate().isBefore(p.at().toLocalDate())
                        && i.at().isBefore(p.at().plusDays(30))) ? 1 : 0;
            }
        }
        assertThat(thanked / (double) purchases).isBetween(0.7, 0.95);
    }

    @Test
    void seasonalLines_saidInTheirSeasonOnly() {
        Map<String, Set<Month>> seasons = Map.of("Christmas menu", EnumSet.of(Month.OCTOBER, Month.NOVEMBER,
                Month.DECEMBER), "holiday", EnumSet.of(Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER),
                "spring", EnumSet.of(Month.FEBRUARY, Month.MARCH, Month.APRIL),
                "summer", EnumSet.of(Month.APRIL, Month.MAY, Month.JUNE, Month.JULY, Month.AUGUST),
                "autumn", EnumSet.of(Month.AUGUST, Month.SEPTEMBER, Month.OCTOBER));
        seasons.forEach((word, months) -> assertThat(interactions)
                .filteredOn(i -> i.kind() != InteractionKind.PURCHASE && i.summary().contains(word)).isNotEmpty()
                .allSatisfy(i -> assertThat(months).as(i.summary()).contains(i.at().getMonth())));
    }

    @Test
    void shop_closedOnChristmasAndNewYearsDay_theOwnerOff() {
        Set<InteractionKind> work = EnumSet.of(InteractionKind.PURCHASE, InteractionKind.CALL, InteractionKind.EMAIL,
                InteractionKind.THANK_YOU_CALL, InteractionKind.HANDWRITTEN_NOTE, InteractionKind.VISIT);
        assertThat(interactions).filteredOn(i -> work.contains(i.kind()) && i.direction() != Direction.INBOUND)
                .hasSizeGreaterThan(N).noneMatch(i -> MonthDay.from(i.at()).equals(MonthDay.of(12, 25))
                        || MonthDay.from(i.at()).equals(MonthDay.of(1, 1)));
    }

    @Test
    void doNotContactClients_notContactedInTheirLastMonths() {
        for (Client c : clients) {
            if (c.doNotContact() && c.clientSince().isBefore(AS_OF.minusDays(90))) {
                assertThat(interactions).filteredOn(i -> i.clientId().equals(c.id()))
                        .noneMatch(i -> i.direction() == Direction.OUTBOUND
                                && i.at().isAfter(AS_OF.minusDays(60).atStartOfDay()));
            }
        }
    }

    private double share(Predicate<Client> test) {
        return clients.stream().filter(test).count() / (double) N;
    }

    private static int number(String clientId) {
        return Integer.parseInt(clientId.substring(2));
    }
}
