package app.rapport.service;

import static app.rapport.model.InteractionKind.CALL;
import static app.rapport.model.InteractionKind.COMPLAINT;
import static app.rapport.model.InteractionKind.EMAIL;
import static app.rapport.model.InteractionKind.HANDWRITTEN_NOTE;
import static app.rapport.model.InteractionKind.MEETING;
import static app.rapport.model.InteractionKind.PURCHASE;
import static app.rapport.model.InteractionKind.THANK_YOU_CALL;
import static app.rapport.model.InteractionKind.VISIT;
import static app.rapport.service.InsightFixture.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.model.DecisionKind;
import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Insight;
import app.rapport.model.InteractionKind;
import app.rapport.model.InvalidValueException;
import app.rapport.model.Settings;
import app.rapport.model.Tier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** INSIGHT.md's figures 3 to 10 at their edges, on a book on disk under a pinned clock (as-of Monday 23 Nov 2026). */
class InsightFiguresTest {
    @TempDir
    Path dir;
    InsightFixture book;

    @BeforeEach
    void open() {
        book = new InsightFixture(dir);
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void emptyBook_everyMonthAndKindAndTierPresent_allZero() {
        Insight i = book.figures();
        assertThat(i.asOf()).isEqualTo(InsightFixture.D);
        assertThat(i.months()).hasSize(12).first().isEqualTo(YearMonth.of(2025, 12));
        assertThat(i.months()).last().isEqualTo(YearMonth.of(2026, 11));
        assertThat(i.health()).isEqualTo(Insight.HealthCounts.NONE);
        for (List<?> monthly : List.of(i.healthByMonth(), i.contactsByMonth(), i.purchasesThanked(),
                i.complaintsAnswered(), i.returningBuyers(), i.revenueByMonth(), i.followUpsDone())) {
            assertThat(monthly).hasSize(12);
        }
        assertThat(i.contactsByMonth().get(0).counts()).containsOnlyKeys(InteractionKind.values())
                .allSatisfy((kind, n) -> assertThat(n).isZero());
        assertThat(i.revenueByMonth().get(11).byTier()).containsExactly(Map.entry("VIP", BigDecimal.ZERO),
                Map.entry("REGULAR", BigDecimal.ZERO), Map.entry("OCCASIONAL", BigDecimal.ZERO));
        assertThat(i.thankYouPaysOff()).isEqualTo(new Insight.ThankYouPaysOff(new Insight.Repeat(0, 0),
                new Insight.Repeat(0, 0)));
        assertThat(i.topReferrers()).isEmpty();
    }

    @Test
    void windowsOfOneAndSixtyMonths_endWithTheAsOfMonth() {
        assertThat(book.figures(1).months()).containsExactly(YearMonth.of(2026, 11));
        Insight sixty = book.figures(60);
        assertThat(sixty.months()).hasSize(60).first().isEqualTo(YearMonth.of(2021, 12));
        assertThat(sixty.followUpsDone()).hasSize(60);
        assertThatThrownBy(() -> book.figures(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> book.figures(61)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void contacts_countedInTheMonthOfTheirDate_upToTheEndOfTheAsOfDate() {
        book.client("c-1", "2020-01-01")
                .log("c-1", "2025-11-30T23:59", CALL) // before the window
                .log("c-1", "2025-12-01T00:00", CALL)
                .log("c-1", "2026-01-31T23:59", VISIT)
                .log("c-1", "2026-02-01T00:00", VISIT)
                .log("c-1", "2026-11-23T23:59", EMAIL) // on D: the partial last month
                .log("c-1", "2026-11-24T00:00", EMAIL); // after D: ignored
        Insight i = book.figures();
        assertThat(in(i.contactsByMonth(), i, "2025-12").counts()).containsEntry(CALL, 1).containsEntry(VISIT, 0);
        assertThat(in(i.contactsByMonth(), i, "2026-01").counts()).containsEntry(VISIT, 1).containsEntry(CALL, 0);
        assertThat(in(i.contactsByMonth(), i, "2026-02").counts()).containsEntry(VISIT, 1);
        assertThat(in(i.contactsByMonth(), i, "2026-11").counts()).containsEntry(EMAIL, 1);
        assertThat(i.contactsByMonth().stream().mapToInt(Insight.ContactsMonth::total).sum()).isEqualTo(4);
        assertThat(book.figures(13).contactsByMonth().get(0).counts()).containsEntry(CALL, 1);
    }

    @Test
    void purchasesThanked_byAThankYouOrNoteFromThePurchaseDayToAWeekAfter() {
        book.client("same-day-earlier", null).purchase("same-day-earlier", "2026-11-02T15:00", "10")
                .outbound("same-day-earlier", "2026-11-02T09:00", THANK_YOU_CALL);
        book.client("week-later", null).purchase("week-later", "2026-11-02T15:00", "10")
                .outbound("week-later", "2026-11-09T23:59", HANDWRITTEN_NOTE);
        book.client("eight-days", null).purchase("eight-days", "2026-11-02T15:00", "10")
                .outbound("eight-days", "2026-11-10T08:00", THANK_YOU_CALL);
        book.client("day-before", null).outbound("day-before", "2026-11-01T15:00", THANK_YOU_CALL)
                .purchase("day-before", "2026-11-02T15:00", "10");
        book.client("a-call", null).purchase("a-call", "2026-11-02T15:00", "10")
                .outbound("a-call", "2026-11-03T10:00", CALL);
        book.client("after-d", null).purchase("after-d", "2026-11-20T15:00", "10")
                .outbound("after-d", "2026-11-24T10:00", THANK_YOU_CALL);
        book.client("october", null).purchase("october", "2026-10-31T18:00", "10")
                .outbound("october", "2026-11-01T10:00", THANK_YOU_CALL);
        Insight i = book.figures();
        assertThat(in(i.purchasesThanked(), i, "2026-11")).isEqualTo(
                new Insight.ThankedMonth(YearMonth.of(2026, 11), 6, 2));
        assertThat(in(i.purchasesThanked(), i, "2026-10")).isEqualTo(
                new Insight.ThankedMonth(YearMonth.of(2026, 10), 1, 1));
    }

    @Test
    void complaints_answeredByAnOutboundCallVisitMeetingOrThankYouAfterIt() {
        // Monday 2 Nov; addWorkDays(2 Nov, 1) = Tuesday 3 Nov.
        book.client("later-same-day", null).log("later-same-day", "2026-11-02T10:00", COMPLAINT)
                .outbound("later-same-day", "2026-11-02T16:00", CALL);
        book.client("earlier-same-day", null).outbound("earlier-same-day", "2026-11-02T08:00", CALL)
                .log("earlier-same-day", "2026-11-02T10:00", COMPLAINT);
        book.client("next-day", null).log("next-day", "2026-11-02T10:00", COMPLAINT)
                .outbound("next-day", "2026-11-03T23:00", VISIT);
        book.client("week", null).log("week", "2026-11-02T10:00", COMPLAINT)
                .outbound("week", "2026-11-09T09:00", MEETING);
        book.client("too-late", null).log("too-late", "2026-11-02T10:00", COMPLAINT)
                .outbound("too-late", "2026-11-10T09:00", CALL);
        book.client("inbound", null).log("inbound", "2026-11-02T10:00", COMPLAINT)
                .log("inbound", "2026-11-02T11:00", CALL, b -> b.direction(Direction.INBOUND));
        book.client("email", null).log("email", "2026-11-02T10:00", COMPLAINT)
                .outbound("email", "2026-11-02T11:00", EMAIL);
        // A bad experience of any kind counts as a complaint; it is answered like one.
        book.client("bad-visit", null).negative("bad-visit", "2026-11-02T10:00", VISIT)
                .outbound("bad-visit", "2026-11-03T09:00", THANK_YOU_CALL);
        Insight i = book.figures();
        assertThat(in(i.complaintsAnswered(), i, "2026-11")).isEqualTo(
                new Insight.ComplaintsMonth(YearMonth.of(2026, 11), 8, 3, 4));
    }

    @Test
    void complaintOnAFriday_nextWorkDayIsMonday_orSaturdayInASixDayWeek() {
        book.client("c-1", null).log("c-1", "2026-11-06T17:00", COMPLAINT).outbound("c-1", "2026-11-09T09:00", CALL);
        Insight fiveDays = book.figures();
        assertThat(in(fiveDays.complaintsAnswered(), fiveDays, "2026-11").answeredNextWorkDay()).isEqualTo(1);
        book.settings(s -> new Settings(s.tiers(),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), s.noteAmountThreshold(), s.business(), s.paper(),
                s.reminderTime(), s.rules()));
        Insight sixDays = book.figures();
        assertThat(in(sixDays.complaintsAnswered(), sixDays, "2026-11")).isEqualTo(
                new Insight.ComplaintsMonth(YearMonth.of(2026, 11), 1, 0, 1));
    }

    @Test
    void thankYouPaysOff_purchasesAtLeastNinetyDaysOld_boughtAgainWithinNinetyDays() {
        // D − 90 = Tue 25 Aug 2026.
        book.client("on-the-edge", null).purchase("on-the-edge", "2026-08-25T10:00", "10")
                .outbound("on-the-edge", "2026-08-26T10:00", THANK_YOU_CALL)
                .purchase("on-the-edge", "2026-11-23T09:00", "10"); // P + 90: bought again; itself too recent
        book.client("too-recent", null).purchase("too-recent", "2026-08-26T10:00", "10");
        book.client("same-day-again", null).purchase("same-day-again", "2026-06-01T10:00", "10")
                .purchase("same-day-again", "2026-06-01T17:00", "10");
        book.client("day-91", null).purchase("day-91", "2026-03-01T10:00", "10")
                .purchase("day-91", "2026-05-31T10:00", "10");
        book.client("before-window", null).purchase("before-window", "2025-11-15T10:00", "10")
                .purchase("before-window", "2025-12-15T10:00", "10");
        Insight i = book.figures();
        // Thanked: on-the-edge (again). Not thanked: the two of same-day-again (the 10:00 one is not followed
        // the next day; the 17:00 one neither), day-91's two (neither followed within 90 days), before-window's
        // December one (the November one is outside the window).
        assertThat(i.thankYouPaysOff()).isEqualTo(new Insight.ThankYouPaysOff(new Insight.Repeat(1, 1),
                new Insight.Repeat(5, 0)));
    }

    @Test
    void returningBuyers_distinctBuyers_returningWhenTheyBoughtBeforeTheMonth() {
        book.client("old", null).purchase("old", "2024-05-01T10:00", "10").purchase("old", "2026-11-02T10:00", "10")
                .purchase("old", "2026-11-05T10:00", "10");
        book.client("new", null).purchase("new", "2026-11-02T10:00", "10").purchase("new", "2026-11-20T10:00", "10");
        book.client("december", null).purchase("december", "2025-12-31T23:00", "10")
                .purchase("december", "2026-01-01T08:00", "10");
        Insight i = book.figures();
        assertThat(in(i.returningBuyers(), i, "2026-11"))
                .isEqualTo(new Insight.BuyersMonth(YearMonth.of(2026, 11), 2, 1));
        assertThat(in(i.returningBuyers(), i, "2025-12"))
                .isEqualTo(new Insight.BuyersMonth(YearMonth.of(2025, 12), 1, 0));
        assertThat(in(i.returningBuyers(), i, "2026-01"))
                .isEqualTo(new Insight.BuyersMonth(YearMonth.of(2026, 1), 1, 1));
    }

    @Test
    void revenue_byTierNow_noAmountIsZero_noTierIsRegular_aTierAddedInSettingsIsPresent() {
        book.settings(s -> s.withTiers(List.of(new Tier("VIP", 30), new Tier("REGULAR", 90),
                new Tier("OCCASIONAL", 180),
                new Tier("Gold", 14))));
        book.client("vip", null, b -> b.tier("VIP")).purchase("vip", "2026-11-02T10:00", "100.50")
                .purchase("vip", "2026-11-03T10:00", null)
                .log("vip", "2026-11-04T10:00", PURCHASE, b -> b.amount("0.25").experience(Experience.NEGATIVE));
        book.client("none", null).purchase("none", "2026-11-02T10:00", "19.99");
        book.client("gold", null, b -> b.tier("Gold")).purchase("gold", "2026-10-02T10:00", "1000");
        book.client("archived", null, b -> b.tier("OCCASIONAL").archived(true))
                .purchase("archived", "2026-11-02T10:00", "5");
        Insight i = book.figures();
        Insight.RevenueMonth nov = in(i.revenueByMonth(), i, "2026-11");
        assertThat(nov.total()).isEqualByComparingTo("125.74");
        assertThat(nov.byTier().keySet()).containsExactly("VIP", "REGULAR", "OCCASIONAL", "Gold");
        assertThat(nov.byTier().get("VIP")).isEqualByComparingTo("100.75");
        assertThat(nov.byTier().get("REGULAR")).isEqualByComparingTo("19.99");
        assertThat(nov.byTier().get("OCCASIONAL")).isEqualByComparingTo("5");
        assertThat(nov.byTier().get("Gold")).isEqualByComparingTo("0");
        assertThat(in(i.revenueByMonth(), i, "2026-10").byTier().get("Gold")).isEqualByComparingTo("1000");
        assertThat(in(i.purchasesThanked(), i, "2026-11").purchases()).isEqualTo(5);
        assertThat(Insight.twoDecimals(nov.total())).isEqualTo("125.74");
    }

    @Test
    void revenue_whenTheSettingsHaveNoRegularTier_clientsWithoutATierStillCountAsRegular() {
        book.settings(s -> s.withTiers(List.of(new Tier("Gold", 30), new Tier("Silver", 90))));
        book.client("none", null).purchase("none", "2026-11-02T10:00", "12.00");
        Insight i = book.figures();
        assertThat(in(i.revenueByMonth(), i, "2026-11").byTier()).containsExactly(Map.entry("Gold", BigDecimal.ZERO),
                Map.entry("Silver", BigDecimal.ZERO), Map.entry("REGULAR", new BigDecimal("12.00")));
    }

    @Test
    void topReferrers_archivedIncluded_revenueUpToD_sortedThenFirstTen() {
        book.client("ref-archived", null, b -> b.name("Zoe", "Archived").archived(true));
        book.client("a", null, b -> b.referredBy("ref-archived")).purchase("a", "2020-01-01T10:00", "50.00")
                .purchase("a", "2026-11-23T20:00", "1.00").purchase("a", "2026-11-24T09:00", "1000.00");
        book.client("b", null, b -> b.referredBy("ref-archived"));
        for (int r = 1; r <= 11; r++) {
            String id = "ref-" + r;
            book.client(id, null, b -> b.name("Ref", id));
            book.client("by-" + r, null, b -> b.referredBy(id))
                    .purchase("by-" + r, "2026-01-01T10:00", String.valueOf(r));
        }
        Insight i = book.figures();
        assertThat(i.topReferrers()).hasSize(10);
        assertThat(i.topReferrers().get(0)).isEqualTo(new Insight.Referrer("ref-archived", "Zoe Archived", 2,
                new BigDecimal("51.00")));
        assertThat(i.topReferrers().subList(1, 10)).extracting(Insight.Referrer::clientId)
                .containsExactly("ref-11", "ref-10", "ref-9", "ref-8", "ref-7", "ref-6", "ref-5", "ref-4", "ref-3");
    }

    @Test
    void topReferrers_tiesByReferredAndRevenue_goByName() {
        book.client("r-2", null, b -> b.name("Beth", "Cole")).client("r-1", null, b -> b.name("adam", "Cole"));
        book.client("x", null, b -> b.referredBy("r-2")).client("y", null, b -> b.referredBy("r-1"));
        assertThat(book.figures().topReferrers()).extracting(Insight.Referrer::name)
                .containsExactly("adam Cole", "Beth Cole");
    }

    @Test
    void followUpsDone_byTheLocalDateOfTheirTime() {
        Clock newYork = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneId.of("America/New_York"));
        book.close();
        book = new InsightFixture(dir, newYork);
        book.client("c-1", null)
                // 31 Oct
                .decision("c-1", FollowUpRule.GONE_QUIET, "2026-10-01", DecisionKind.DONE, "2026-11-01T03:00:00Z")
                // 1 Nov
                .decision("c-1", FollowUpRule.BIRTHDAY, "2026-10-02", DecisionKind.SNOOZE, "2026-11-01T05:00:00Z")
                // 23 Nov
                .decision("c-1", FollowUpRule.ANNIVERSARY, "2026-10-03", DecisionKind.SKIP, "2026-11-24T04:59:00Z")
                // 24 Nov
                .decision("c-1", FollowUpRule.EARLY_CARE, "2026-10-04", DecisionKind.DONE, "2026-11-24T05:00:00Z");
        Insight i = book.figures();
        assertThat(in(i.followUpsDone(), i, "2026-10"))
                .isEqualTo(new Insight.FollowUpsMonth(YearMonth.of(2026, 10), 1, 0, 0));
        assertThat(in(i.followUpsDone(), i, "2026-11"))
                .isEqualTo(new Insight.FollowUpsMonth(YearMonth.of(2026, 11), 0, 1, 1));
    }

    @Test
    void dateOnlyAt_isNoon_soACallInTheMorningDoesNotAnswerTheComplaint() throws Exception {
        Path json = dir.resolve("book.json");
        Files.writeString(json, """
                {"format": "rapport-book", "version": 1,
                 "clients": [{"id": "c-1", "firstName": "Ana", "clientSince": "2024-01-01"},
                             {"id": "c-2", "firstName": "Bo", "clientSince": "2024-01-01"}],
                 "interactions": [
                   {"id": "i-1", "clientId": "c-1", "at": "2026-11-02", "kind": "COMPLAINT"},
                   {"id": "i-2", "clientId": "c-1", "at": "2026-11-02T11:59", "kind": "CALL"},
                   {"id": "i-3", "clientId": "c-2", "at": "2026-11-02", "kind": "COMPLAINT"},
                   {"id": "i-4", "clientId": "c-2", "at": "2026-11-02T12:01", "kind": "CALL"},
                   {"id": "i-5", "clientId": "c-2", "at": "2026-11-03", "kind": "PURCHASE"}]}
                """);
        new TransferService(book.store, InsightFixture.CLOCK).importBook(json, false);
        Insight i = book.figures();
        assertThat(in(i.complaintsAnswered(), i, "2026-11")).isEqualTo(
                new Insight.ComplaintsMonth(YearMonth.of(2026, 11), 2, 1, 1));
        assertThat(in(i.revenueByMonth(), i, "2026-11").total()).isEqualByComparingTo("0");
    }

    @Test
    void oneClient_everyFigureFromItsLog() {
        book.client("c-1", "2026-06-01", b -> b.tier("VIP"))
                .purchase("c-1", "2026-06-01T10:00", "80.00")
                .outbound("c-1", "2026-06-02T10:00", THANK_YOU_CALL)
                .purchase("c-1", "2026-07-15T10:00", "20.00");
        Insight i = book.figures();
        assertThat(i.health().total()).isEqualTo(1);
        assertThat(in(i.healthByMonth(), i, "2026-05").health().total()).isZero();
        assertThat(in(i.healthByMonth(), i, "2026-06").health()).isEqualTo(new Insight.HealthCounts(1, 0, 0));
        assertThat(in(i.purchasesThanked(), i, "2026-06"))
                .isEqualTo(new Insight.ThankedMonth(YearMonth.of(2026, 6), 1, 1));
        assertThat(i.thankYouPaysOff()).isEqualTo(new Insight.ThankYouPaysOff(new Insight.Repeat(1, 1),
                new Insight.Repeat(1, 0)));
        assertThat(in(i.returningBuyers(), i, "2026-07"))
                .isEqualTo(new Insight.BuyersMonth(YearMonth.of(2026, 7), 1, 1));
        assertThat(in(i.revenueByMonth(), i, "2026-06").byTier().get("VIP")).isEqualByComparingTo("80");
    }
}
