package app.rapport.cli;

import static app.rapport.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.InteractionKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code insight [--as-of DATE] [--months N] [--json]}: INSIGHT.md's JSON, the text for people, the exit codes. */
class InsightCliTest {
    static final List<String> FIELDS = List.of("asOf", "months", "health", "healthByMonth", "contactsByMonth",
            "purchasesThanked", "complaintsAnswered", "thankYouPaysOff", "returningBuyers", "revenueByMonth",
            "topReferrers", "followUpsDone");

    @TempDir
    Path dir;
    Path book;

    @BeforeEach
    void fill() throws Exception {
        book = dir.resolve("book");
        Files.writeString(dir.resolve("in.json"), """
                {"format": "rapport-book", "version": 1,
                 "clients": [{"id": "c-0001", "firstName": "Ana", "lastName": "Ruiz", "tier": "VIP",
                              "clientSince": "2024-03-02"},
                             {"id": "c-0002", "company": "Müller & Söhne", "referredBy": "c-0001",
                              "clientSince": "2024-05-01"}],
                 "interactions": [
                   {"id": "i-1", "clientId": "c-0002", "at": "2026-07-01T14:30", "kind": "PURCHASE", "amount": "120.5"},
                   {"id": "i-2", "clientId": "c-0002", "at": "2026-07-02T10:00", "kind": "THANK_YOU_CALL"},
                   {"id": "i-3", "clientId": "c-0002", "at": "2026-09-01T10:00", "kind": "PURCHASE", "amount": "30"},
                   {"id": "i-4", "clientId": "c-0001", "at": "2026-11-20", "kind": "COMPLAINT"}],
                 "decisions": [{"clientId": "c-0001", "rule": "RECOVERY", "anchor": "2026-11-20", "decision": "SNOOZE",
                                "until": "2026-11-25", "reason": "", "at": "2026-11-21T09:00:00Z"}]}
                """);
        assertThat(run("import", dir.resolve("in.json").toString(), "--data", book.toString()).exit()).isZero();
    }

    @Test
    void json_hasEveryFieldOfInsightMd_inItsOrder_withItsTypes() throws Exception {
        CliTest.Run run = run("insight", "--json", "--as-of", "2026-11-23", "--months", "6", "--data", book.toString());
        assertThat(run.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(names(json)).containsExactlyElementsOf(FIELDS);
        assertThat(json.get("asOf").asText()).isEqualTo("2026-11-23");
        assertThat(json.get("months")).extracting(JsonNode::asText)
                .containsExactly("2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11");
        assertCounts(json.get("health"), "good", "tested", "atRisk");
        for (String monthly : List.of("healthByMonth", "contactsByMonth", "purchasesThanked", "complaintsAnswered",
                "returningBuyers", "revenueByMonth", "followUpsDone")) {
            assertThat(json.get(monthly)).as(monthly).hasSize(6);
            for (int m = 0; m < 6; m++) {
                assertThat(json.get(monthly).get(m).get("month").asText())
                        .isEqualTo(json.get("months").get(m).asText());
            }
        }
        for (JsonNode m : json.get("healthByMonth")) {
            assertCounts(m, "month", "good", "tested", "atRisk");
        }
        for (JsonNode m : json.get("contactsByMonth")) {
            assertThat(names(m)).containsExactly("month", "counts");
            assertCounts(m.get("counts"),
                    Arrays.stream(InteractionKind.values()).map(Enum::name).toArray(String[]::new));
        }
        for (JsonNode m : json.get("purchasesThanked")) {
            assertCounts(m, "month", "purchases", "thanked");
        }
        for (JsonNode m : json.get("complaintsAnswered")) {
            assertCounts(m, "month", "complaints", "answeredNextWorkDay", "answeredWithinWeek");
        }
        assertThat(names(json.get("thankYouPaysOff"))).containsExactly("thanked", "notThanked");
        assertCounts(json.get("thankYouPaysOff").get("thanked"), "purchases", "boughtAgain");
        assertCounts(json.get("thankYouPaysOff").get("notThanked"), "purchases", "boughtAgain");
        for (JsonNode m : json.get("returningBuyers")) {
            assertCounts(m, "month", "buyers", "returning");
        }
        for (JsonNode m : json.get("revenueByMonth")) {
            assertThat(names(m)).containsExactly("month", "total", "byTier");
            assertThat(names(m.get("byTier"))).containsExactly("VIP", "REGULAR", "OCCASIONAL");
            assertTwoDecimals(m.get("total"));
            m.get("byTier").forEach(InsightCliTest::assertTwoDecimals);
        }
        JsonNode referrer = json.get("topReferrers").get(0);
        assertThat(names(referrer)).containsExactly("clientId", "name", "referred", "referredRevenue");
        assertThat(referrer.get("clientId").asText()).isEqualTo("c-0001");
        assertThat(referrer.get("name").asText()).isEqualTo("Ana Ruiz");
        assertThat(referrer.get("referred").isInt()).isTrue();
        assertThat(referrer.get("referredRevenue").asText()).isEqualTo("150.50");
        for (JsonNode m : json.get("followUpsDone")) {
            assertCounts(m, "month", "done", "snoozed", "skipped");
        }
        // The figures themselves.
        assertThat(json.get("revenueByMonth").get(1).get("byTier").get("REGULAR").asText()).isEqualTo("120.50");
        assertThat(json.get("purchasesThanked").get(1).get("thanked").asInt()).isEqualTo(1);
        assertThat(json.get("thankYouPaysOff").get("thanked").get("boughtAgain").asInt()).isEqualTo(1);
        assertThat(json.get("followUpsDone").get(5).get("snoozed").asInt()).isEqualTo(1);
        assertThat(json.get("complaintsAnswered").get(5).get("complaints").asInt()).isEqualTo(1);
    }

    @Test
    void json_onAnEmptyBook_zerosEverywhere() throws Exception {
        CliTest.Run run = run("insight", "--json", "--months", "1", "--data", dir.resolve("empty").toString());
        assertThat(run.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("asOf").asText()).isEqualTo("2026-11-22");
        assertThat(json.get("revenueByMonth").get(0).get("total").asText()).isEqualTo("0.00");
        assertThat(json.get("topReferrers")).isEmpty();
    }

    @Test
    void text_saysEachFigureInASentence_thenTheMonths() {
        CliTest.Run run = run("insight", "--as-of", "2026-11-23", "--data", book.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Insight for Monday 23 November 2026: the 12 months from Dec 2025 to Nov 2026")
                .contains("2 of 2 active clients are in good health; 0 are tested and 0 at risk.")
                .contains("Clients you thanked within a week bought again 100% of the time;"
                        + " every purchase old enough to tell was thanked.")
                .contains("Ana Ruiz sent you the most clients: 1, who spent 150.50.")
                .contains("By the clients' tiers now: VIP 0.00, Regular 150.50, Occasional 0.00.")
                .contains("In these 12 months you did 0 follow-ups, snoozed 1 and skipped 0.");
        List<String> lines = run.out().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("Month ")).findFirst().orElseThrow());
        assertThat(lines.subList(header + 1, lines.size())).hasSize(12);
        assertThat(lines.get(header + 1)).startsWith("Dec 2025");
        assertThat(lines.get(lines.size() - 1)).startsWith("Nov 2026").contains("0.00");
    }

    @Test
    void badDate_exitsOneWithOneLine() {
        CliTest.Run run = run("insight", "--as-of", "2026-02-30", "--data", book.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip().lines()).singleElement().asString().startsWith("rapport: ").contains("2026-02-30");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badMonths_isAUsageError() {
        for (String months : List.of("0", "61", "twelve", "-3")) {
            CliTest.Run run = run("insight", "--months", months, "--data", book.toString());
            assertThat(run.exit()).as(months).isEqualTo(Cli.USAGE);
            assertThat(run.err()).as(months).contains("--months");
        }
        assertThat(run("insight", "--months", "60", "--data", book.toString()).exit()).isZero();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** {@code node} has exactly these fields in this order: "month" a string, the rest whole numbers. */
    private static void assertCounts(JsonNode node, String... fields) {
        assertThat(names(node)).containsExactly(fields);
        for (String field : fields) {
            if (field.equals("month")) {
                assertThat(node.get(field).isTextual()).isTrue();
            } else {
                assertThat(node.get(field).isInt()).as(field).isTrue();
            }
        }
    }

    private static void assertTwoDecimals(JsonNode sum) {
        assertThat(sum.isTextual()).isTrue();
        assertThat(sum.asText()).matches("\\d+\\.\\d\\d");
    }
}
