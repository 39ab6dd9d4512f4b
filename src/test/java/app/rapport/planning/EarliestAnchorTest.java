package app.rapport.planning;

import static app.rapport.planning.Plans.AS_OF;
import static app.rapport.planning.Plans.plan;
import static app.rapport.testutil.FactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpRule;
import app.rapport.model.InteractionKind;
import app.rapport.model.RuleSettings;
import app.rapport.testutil.FactsBuilder;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link RuleSettings#earliestAnchor} is exact: each rule proposes a follow-up anchored on it, and
 * none on the day before. The store leaves out decisions on older anchors, so a floor one day too
 * late would lose a decision and one too early would read decisions for nothing.
 */
class EarliestAnchorTest {
    static final RuleSettings RULES = RuleSettings.defaults();

    /** A client whose event (purchase, complaint, birthday...) is on {@code day}. */
    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of(FollowUpRule.THANK_PURCHASE,
                        (Function<LocalDate, FactsBuilder>) day ->
                                facts("c-1").purchase(day + "T10:00", "10.00", "Bread")),
                Arguments.of(FollowUpRule.RECOVERY,
                        (Function<LocalDate, FactsBuilder>) day -> facts("c-1").complaint(day + "T10:00", "Late")),
                Arguments.of(FollowUpRule.RECOVERY_CHECK_IN,
                        (Function<LocalDate, FactsBuilder>) day -> facts("c-1").complaint(day + "T10:00", "Late")
                                .outbound(InteractionKind.CALL, day + "T15:00")),
                Arguments.of(FollowUpRule.THANK_REFERRER,
                        (Function<LocalDate, FactsBuilder>) day ->
                                facts("c-1").referral("c-2", "Bo Lind", day.toString())),
                Arguments.of(FollowUpRule.EARLY_CARE,
                        (Function<LocalDate, FactsBuilder>) day ->
                                facts("c-1").purchase(day + "T10:00", "10.00", "Bread")
                                .firstPurchaseAt(day + "T10:00")),
                Arguments.of(FollowUpRule.BIRTHDAY,
                        (Function<LocalDate, FactsBuilder>) day -> facts("c-1").birthday("--%02d-%02d"
                                .formatted(day.getMonthValue(), day.getDayOfMonth()))),
                Arguments.of(FollowUpRule.ANNIVERSARY,
                        (Function<LocalDate, FactsBuilder>) day ->
                                facts("c-1").clientSince(day.minusYears(2).toString())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void earliestAnchor_isTheOldestAnchorTheRuleProposes(FollowUpRule rule, Function<LocalDate, FactsBuilder> client) {
        LocalDate floor = RULES.earliestAnchor(rule, AS_OF).orElseThrow();

        assertThat(plan(client.apply(floor).build(), rule)).extracting(FollowUp::anchor).isNotEmpty()
                .containsOnly(floor);
        assertThat(plan(client.apply(floor.minusDays(1)).build(), rule)).extracting(FollowUp::anchor)
                .allSatisfy(anchor -> assertThat(anchor).isAfterOrEqualTo(floor));
    }
}
