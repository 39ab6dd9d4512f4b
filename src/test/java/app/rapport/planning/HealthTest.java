package app.rapport.planning;

import static app.rapport.planning.Plans.AS_OF;
import static app.rapport.planning.Plans.DEFAULTS;
import static app.rapport.testutil.FactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.model.ClientFacts;
import app.rapport.model.HealthBand;
import app.rapport.model.HealthScore;
import app.rapport.model.InteractionKind;
import app.rapport.testutil.FactsBuilder;
import app.rapport.testutil.RuleSettingsBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthTest {

    private static FactsBuilder contactedDaysAgo(int days) {
        return facts("c-1").outbound(InteractionKind.CALL, AS_OF.minusDays(days) + "T10:00");
    }

    private static HealthScore health(ClientFacts client) {
        return Health.of(client, DEFAULTS, AS_OF, false);
    }

    @Test
    void of_contactedTodayNoNegatives_goodAndFull() {
        assertThat(health(contactedDaysAgo(0).build())).isEqualTo(new HealthScore(100, HealthBand.GOOD));
    }

    @Test
    void of_contactedTodayWithRecoveryOpen_stillGood() {
        HealthScore score = Health.of(contactedDaysAgo(0).build(), DEFAULTS, AS_OF, true);

        assertThat(score.score()).isEqualTo(80);
        assertThat(score.band()).isEqualTo(HealthBand.GOOD);
    }

    @ParameterizedTest(name = "Regular, quiet for {0} days: {1}")
    @CsvSource({
        "0, 100", "22, 100", "23, 100", "45, 90", "90, 70", "91, 70", "92, 69", "135, 50", "179, 30", "180, 30",
        "400, 30"
    })
    void of_quietDays_againstTheCadence(int days, int expected) {
        assertThat(health(contactedDaysAgo(days).build()).score()).isEqualTo(expected);
    }

    @Test
    void of_quiet_bandsFollowTheCadenceAndTheAtRiskThreshold() {
        assertThat(health(contactedDaysAgo(90).build()).band()).isEqualTo(HealthBand.GOOD);
        assertThat(health(contactedDaysAgo(92).build()).band()).isEqualTo(HealthBand.TESTED);
        assertThat(health(contactedDaysAgo(179).build()).band()).isEqualTo(HealthBand.AT_RISK);
        assertThat(health(contactedDaysAgo(30).tier("VIP").build()).band()).isEqualTo(HealthBand.GOOD);
        assertThat(health(contactedDaysAgo(60).tier("VIP").build()).band()).isEqualTo(HealthBand.AT_RISK);
    }

    @Test
    void of_unknownTier_regularCadence() {
        assertThat(health(contactedDaysAgo(90).tier("Platinum").build()).score()).isEqualTo(70);
    }

    @Test
    void of_atRiskMultiple_stretchesThePenalty() {
        var settings = DEFAULTS.withRules(RuleSettingsBuilder.rules().set("atRiskMultiple", 3).build());

        assertThat(Health.of(contactedDaysAgo(180).build(), settings, AS_OF, false).score()).isEqualTo(55);
        assertThat(Health.of(contactedDaysAgo(270).build(), settings, AS_OF, false).score()).isEqualTo(30);
    }

    @Test
    void of_neverContacted_countsFromClientSince() {
        assertThat(health(facts("c-1").clientSince(AS_OF.minusDays(90).toString()).build()).score()).isEqualTo(70);
    }

    @Test
    void of_complaintWithin90Days_fifteenOff() {
        ClientFacts ana = contactedDaysAgo(0).complaint(AS_OF.minusDays(90).toString(), "").build();

        assertThat(health(ana).score()).isEqualTo(85);
    }

    @Test
    void of_complaint91DaysAgo_notCounted() {
        ClientFacts ana = contactedDaysAgo(0).complaint(AS_OF.minusDays(91).toString(), "").build();

        assertThat(health(ana).score()).isEqualTo(100);
    }

    @Test
    void of_negativesCappedAtThree() {
        ClientFacts ana = contactedDaysAgo(0).complaint("2026-11-01", "").complaint("2026-11-02", "")
                .complaint("2026-11-03", "").negative(InteractionKind.VISIT, "2026-11-04", "").build();

        assertThat(health(ana).score()).isEqualTo(55);
        assertThat(health(ana).band()).isEqualTo(HealthBand.TESTED);
    }

    @Test
    void of_negativeContactOfAnyKind_countsOnce() {
        ClientFacts ana = contactedDaysAgo(0).negative(InteractionKind.COMPLAINT, "2026-11-01", "")
                .negative(InteractionKind.MEETING, "2026-11-02", "").build();

        assertThat(health(ana).score()).isEqualTo(70);
    }

    @Test
    void of_positivesAddUpToFifteen() {
        ClientFacts one = contactedDaysAgo(90).positive(InteractionKind.VISIT, AS_OF.minusDays(90) + "T09:00").build();
        ClientFacts four = contactedDaysAgo(90).positive(InteractionKind.VISIT, AS_OF.minusDays(90) + "T09:00")
                .positive(InteractionKind.VISIT, AS_OF.minusDays(90) + "T08:00")
                .positive(InteractionKind.VISIT, AS_OF.minusDays(90) + "T07:00")
                .positive(InteractionKind.VISIT, AS_OF.minusDays(90) + "T06:00").build();

        assertThat(health(one).score()).isEqualTo(75);
        assertThat(health(four).score()).isEqualTo(85);
    }

    @Test
    void of_neverAbove100() {
        ClientFacts ana = contactedDaysAgo(0).positive(InteractionKind.PURCHASE, "2026-11-20").build();

        assertThat(health(ana).score()).isEqualTo(100);
    }

    @Test
    void of_neverBelowZero() {
        ClientFacts ana = facts("c-1").tier("VIP").complaint("2026-08-26", "").complaint("2026-08-27", "")
                .complaint("2026-08-28", "").build();

        HealthScore score = Health.of(ana, DEFAULTS, AS_OF, true);

        assertThat(score.score()).isZero();
        assertThat(score.band()).isEqualTo(HealthBand.AT_RISK);
    }

    @Test
    void of_contactsAfterTheAsOfDate_ignored() {
        ClientFacts ana = contactedDaysAgo(180).complaint("2026-11-25", "").build();

        assertThat(health(ana).score()).isEqualTo(30);
    }

    @Test
    void score_monotonicInEveryInput() {
        for (int cadence : new int[] {1, 7, 30, 90, 180}) {
            for (int multiple = 1; multiple <= 3; multiple++) {
                for (int days = 0; days <= 400; days++) {
                    for (int neg = 0; neg <= 5; neg++) {
                        for (int pos = 0; pos <= 5; pos++) {
                            for (boolean recovery : new boolean[] {false, true}) {
                                int s = Health.score(days, cadence, multiple, neg, pos, recovery);
                                assertThat(s).isBetween(0, 100);
                                assertThat(Health.score(days + 1, cadence, multiple, neg, pos, recovery))
                                        .isLessThanOrEqualTo(s);
                                assertThat(Health.score(days, cadence, multiple, neg + 1, pos, recovery))
                                        .isLessThanOrEqualTo(s);
                                assertThat(Health.score(days, cadence, multiple, neg, pos + 1, recovery))
                                        .isGreaterThanOrEqualTo(s);
                                if (!recovery) {
                                    assertThat(Health.score(days, cadence, multiple, neg, pos, true))
                                            .isLessThanOrEqualTo(s);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void score_contactedTodayWithoutNegatives_alwaysGood() {
        for (int cadence : new int[] {1, 7, 30, 90, 180}) {
            for (int pos = 0; pos <= 5; pos++) {
                for (boolean recovery : new boolean[] {false, true}) {
                    assertThat(HealthBand.of(Health.score(0, cadence, 2, 0, pos, recovery))).isEqualTo(HealthBand.GOOD);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"100, GOOD", "70, GOOD", "69, TESTED", "40, TESTED", "39, AT_RISK", "0, AT_RISK"})
    void band_boundaries(int score, HealthBand band) {
        assertThat(HealthBand.of(score)).isEqualTo(band);
        assertThat(HealthScore.of(score).band()).isEqualTo(band);
    }

    @Test
    void band_labels() {
        assertThat(HealthBand.GOOD.label()).isEqualTo("Good");
        assertThat(HealthBand.TESTED.label()).isEqualTo("Tested");
        assertThat(HealthBand.AT_RISK.label()).isEqualTo("At risk");
    }

    @Test
    void healthScore_outOfRange_refused() {
        assertThatThrownBy(() -> HealthScore.of(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HealthScore.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthScore(50, null)).isInstanceOf(NullPointerException.class);
    }
}
