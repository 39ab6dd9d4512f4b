package app.rapport.service;

import static app.rapport.model.InteractionKind.CALL;
import static app.rapport.model.InteractionKind.COMPLAINT;
import static app.rapport.model.InteractionKind.THANK_YOU_CALL;
import static app.rapport.model.InteractionKind.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.ClientsBehind;
import app.rapport.model.DecisionKind;
import app.rapport.model.FollowUpRule;
import app.rapport.model.HealthBand;
import app.rapport.model.Insight;
import app.rapport.model.InsightFilter;
import app.rapport.model.InsightFilter.Answer;
import app.rapport.model.InsightFilter.Returning;
import app.rapport.model.InsightFilter.Thanks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From a number to the clients behind it: the ids the client list filters by, and the banner above it. */
class InsightClientsBehindTest {
    static final YearMonth NOV = YearMonth.of(2026, 11);

    @TempDir
    Path dir;
    InsightFixture book;

    @BeforeEach
    void open() {
        book = new InsightFixture(dir);
        book.client("ana", "2020-01-01", b -> b.name("Ana", "Ruiz").tier("VIP"))
                .log("ana", "2026-10-20T10:00", CALL).log("ana", "2026-11-20T10:00", CALL)
                .purchase("ana", "2026-11-02T10:00", "10").purchase("ana", "2026-11-03T10:00", "10")
                .outbound("ana", "2026-11-03T12:00", THANK_YOU_CALL);
        book.client("bo", "2020-01-01").log("bo", "2026-01-01T10:00", VISIT)
                .log("bo", "2026-10-01T10:00", COMPLAINT).log("bo", "2026-10-15T10:00", COMPLAINT)
                .purchase("bo", "2026-11-05T10:00", "5")
                .log("bo", "2026-11-06T10:00", COMPLAINT);
        book.client("cy", "2020-01-01", b -> b.referredBy("ana").archived(true))
                .purchase("cy", "2025-06-01T10:00", "7");
        book.client("di", "2026-11-01", b -> b.referredBy("ana"))
                .decision("di", FollowUpRule.GONE_QUIET, "2026-11-01", DecisionKind.SKIP, "2026-11-10T09:00:00Z");
    }

    @AfterEach
    void close() {
        book.close();
    }

    private ClientsBehind behind(InsightFilter filter) {
        return book.insight.clientsBehind(InsightFixture.D, Insight.DEFAULT_MONTHS, filter);
    }

    @Test
    void atRiskNow_theClientsTheHealthFigureCounts() {
        Insight i = book.figures();
        ClientsBehind atRisk = behind(InsightFilter.Health.now(HealthBand.AT_RISK));
        assertThat(atRisk.clientIds()).containsExactly("bo").hasSize(i.health().atRisk());
        assertThat(atRisk.banner()).isEqualTo("Clients at risk now (1)");
        assertThat(behind(InsightFilter.Health.now(HealthBand.GOOD)).clientIds()).containsExactly("ana", "di");
        ClientsBehind october = behind(new InsightFilter.Health(YearMonth.of(2026, 10), HealthBand.GOOD));
        assertThat(october.clientIds()).containsExactly("ana");
        assertThat(october.banner()).isEqualTo("Clients in good health at the end of Oct 2026 (1)");
    }

    @Test
    void aPastAsOfDate_isNamedInTheBanner() {
        ClientsBehind then = book.insight.clientsBehind(InsightFixture.D.minusDays(1), 12,
                InsightFilter.Health.now(HealthBand.AT_RISK));
        assertThat(then.banner()).startsWith("Clients at risk on 22 Nov 2026 (");
    }

    @Test
    void purchasesNotThanked_eachClientOnce() {
        ClientsBehind notThanked = behind(new InsightFilter.Purchases(NOV, Thanks.NOT_THANKED, null));
        assertThat(notThanked.clientIds()).containsExactly("bo");
        assertThat(notThanked.banner()).isEqualTo("Clients not thanked within a week for a purchase in Nov 2026 (1)");
        assertThat(behind(new InsightFilter.Purchases(NOV, Thanks.THANKED, null)).clientIds()).containsExactly("ana");
        assertThat(behind(new InsightFilter.Purchases(NOV, Thanks.ANY, "VIP")).clientIds()).containsExactly("ana");
        assertThat(behind(new InsightFilter.Purchases(NOV, Thanks.ANY, "REGULAR")).clientIds()).containsExactly("bo");
        assertThat(behind(new InsightFilter.Purchases(NOV, Thanks.ANY, "No such tier")).clientIds()).isEmpty();
        assertThat(behind(new InsightFilter.Purchases(YearMonth.of(2020, 1), Thanks.ANY, null)).clientIds())
                .as("a month outside the window").isEmpty();
    }

    @Test
    void complaintsNotAnsweredNextWorkDay() {
        ClientsBehind unanswered = behind(new InsightFilter.Complaints(NOV, Answer.NOT_NEXT_WORK_DAY));
        assertThat(unanswered.clientIds()).containsExactly("bo");
        assertThat(unanswered.banner())
                .isEqualTo("Clients with a complaint or bad experience in Nov 2026 not answered by the next work "
                        + "day (1)");
        assertThat(behind(new InsightFilter.Complaints(NOV, Answer.NEXT_WORK_DAY)).clientIds()).isEmpty();
    }

    @Test
    void buyersAndContacts() {
        assertThat(behind(new InsightFilter.Buyers(NOV, Returning.ALL)).clientIds()).containsExactly("ana", "bo");
        assertThat(behind(new InsightFilter.Buyers(NOV, Returning.NEW)).clientIds()).containsExactly("ana", "bo");
        assertThat(behind(new InsightFilter.Contacts(YearMonth.of(2026, 1), VISIT)).banner())
                .isEqualTo("Clients with a visit in Jan 2026 (1)");
        assertThat(behind(new InsightFilter.Contacts(NOV, null)).clientIds()).containsExactly("ana", "bo");
    }

    @Test
    void referredBy_archivedClientsToo() {
        ClientsBehind referred = behind(new InsightFilter.ReferredBy("ana"));
        assertThat(referred.clientIds()).containsExactly("cy", "di");
        assertThat(referred.banner()).isEqualTo("Clients referred by Ana Ruiz (2)");
        assertThat(book.figures().topReferrers()).first()
                .isEqualTo(new Insight.Referrer("ana", "Ana Ruiz", 2, new BigDecimal("7")));
    }

    @Test
    void decisionsOfAMonth() {
        ClientsBehind skipped = behind(new InsightFilter.Decisions(NOV, DecisionKind.SKIP));
        assertThat(skipped.clientIds()).containsExactly("di");
        assertThat(skipped.banner()).isEqualTo("Clients with a follow-up skipped in Nov 2026 (1)");
        assertThat(behind(new InsightFilter.Decisions(NOV, DecisionKind.DONE)).clientIds()).isEmpty();
        assertThat(behind(new InsightFilter.Decisions(YearMonth.of(2026, 10), null)).clientIds()).isEmpty();
    }
}
