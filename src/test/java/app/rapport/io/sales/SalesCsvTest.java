package app.rapport.io.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.io.contacts.CsvContacts;
import app.rapport.io.contacts.TextDecoding;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sales readers on golden files written from the vendors' formats. Each sale is shown as
 * "where | ref | at (in Paris) | amount | email | phone | first | last | summary | note".
 *
 * <p>Shopify's orders export, one row per line item, order-level fields on the order's first row,
 * times with their offset, the phone numbers and zip codes Shopify writes with a leading apostrophe:
 * help.shopify.com/en/manual/fulfillment/managing-orders/exporting-orders ("Exporting orders") and
 * its column list as exports show it (docs.xbp.app/docs/development/integrations/shopify/order-format,
 * an export quoted whole; matrixify.app/documentation/orders for the columns' meaning; financial
 * statuses paid, pending, authorized, partially_paid, partially_refunded, refunded, voided).
 *
 * <p>Square's transactions export (Dashboard, Transactions, Export, Transactions CSV): 55 columns in
 * the dashboard's order, Date/Time/Time Zone with Rails zone names ("Pacific Time (US &amp; Canada)"),
 * money as "$1,234.50" and "-$45.00", Event Type Payment or Refund, Total Collected the sum of what
 * the customer paid (squareup.com/help/us/en/article/5200-square-glossary, "Total Collected");
 * the 2018 layout of 44 columns after a round trip through Excel, as
 * github.com/rwslippey/square_transaction_parser's square_example.csv shows it ("$150.00 ", "($5.40)").
 */
class SalesCsvTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static byte[] golden(String name) throws Exception {
        try (InputStream in = SalesCsvTest.class.getResourceAsStream("/app/rapport/io/sales/" + name)) {
            return in.readAllBytes();
        }
    }

    static CsvContacts.Table table(String name, String encoding) throws Exception {
        return CsvContacts.read(TextDecoding.decode(golden(name), encoding));
    }

    static SalesCsv.Reading read(String name, String encoding, DateOrder order) throws Exception {
        CsvContacts.Table t = table(name, encoding);
        SalesPreset preset = SalesPreset.detect(t.headers());
        return SalesCsv.sales(t, preset, preset.mapping(t.headers()), order, PARIS);
    }

    static List<String> shown(SalesCsv.Reading r) {
        return r.sales().stream().map(s -> String.join(" | ", s.where(), String.valueOf(s.ref()), s.at().toString(),
                s.amount().toPlainString(), String.valueOf(s.email()), String.valueOf(s.phone()), s.firstName(),
                s.lastName(), s.summary(), String.valueOf(s.note()))).toList();
    }

    static List<String> notTaken(SalesCsv.Reading r) {
        return r.notTaken().stream().map(n -> n.reason() + " " + n.describe()).toList();
    }

    @Test
    void shopify_fullExport_groupsLineItemsIntoOrders_movesTimesToParis_keepsWhatWasNotRefunded() throws Exception {
        CsvContacts.Table t = table("shopify-orders.csv", null);
        assertThat(SalesPreset.detect(t.headers())).isEqualTo(SalesPreset.SHOPIFY);
        SalesCsv.Reading r = read("shopify-orders.csv", null, null);
        assertThat(shown(r)).containsExactly(
                "Order #1001 (lines 2–3) | #1001 | 2026-11-18T20:05 | 95.00 | ana@example.com | +1 555 0100 | Ana | "
                        + "Ruiz"
                        + " | Rose bouquet, Gift card | null",
                "Order #1002 (line 4) | #1002 | 2026-11-19T09:30 | 100.00 | zoe.muller@example.de | +49 30 1234567 "
                        + "| Zoë"
                        + " | Müller | 2 × Tulips, yellow | partly refunded: 100.00 of 120.00 kept",
                "Order #1006 (line 9) | #1006 | 2026-11-22T08:30 | 1234.50 | dee@example.com | null | Dee | Example"
                        + " | Wedding arch, white roses | null",
                "Order #1007 (line 10) | #1007 | 2026-11-22T16:15 | 30.00 | null | +1 (555) 010-0199 | Eve | Martin"
                        + " | Succulent | null");
        assertThat(notTaken(r)).containsExactly(
                "REFUNDED Order #1003 (line 6): refunded order; not taken.",
                "VOIDED Order #1004 (line 7): voided; not taken.",
                "NO_CUSTOMER Order #1005 (line 8): no customer (no email, phone or name); not taken.");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void shopify_selectedColumnsInAnotherOrder_withBom_firstDateColumnWins_refundedInFullIsNotTaken()
            throws Exception {
        SalesCsv.Reading r = read("shopify-orders-selected-columns.csv", null, null);
        assertThat(shown(r)).containsExactly(
                "Order #2001 (line 2) | #2001 | 2026-11-20T10:00 | 22.00 | ANA@example.com | null | Ana | Ruiz | Lilies"
                        + " | null",
                "Order #2005 (lines 6–7) | #2005 | 2026-11-21T14:00 | 55.00 | null | +1 555 0100 |  |  | Peonies,"
                        + " 2 × Ribbon | null");
        assertThat(notTaken(r)).containsExactly(
                "REFUNDED Order #2002 (line 3): refunded in full; not taken.",
                "NO_DATE Order #2003 (line 4): no date; not taken.",
                "NO_AMOUNT Order #2004 (line 5): no amount; not taken.");
    }

    @Test
    void square_transactions_totalCollected_refundsNotTaken_pacificTimeAcrossMidnight() throws Exception {
        CsvContacts.Table t = table("square-transactions.csv", null);
        assertThat(SalesPreset.detect(t.headers())).isEqualTo(SalesPreset.SQUARE);
        SalesCsv.Reading r = read("square-transactions.csv", null, null);
        assertThat(shown(r)).containsExactly(
                "Transaction SQA1xTr8Kq (line 2) | SQA1xTr8Kq | 2026-11-18T19:02 | 31.16 | null | null | Ana | Ruiz"
                        + " | Speckled Mug x 1, Botanical Fern Print x 1 | null",
                "Transaction SQB2yLarge (line 3) | SQB2yLarge | 2026-11-19T23:30 | 1234.50 | null | null | Zoë | Müller"
                        + " | Wedding flowers | null",
                "Transaction SQD4Partial (line 5) | SQD4Partial | 2026-11-20T21:00 | 50.00 | null | null | Dee | "
                        + "Example"
                        + " | Table runner x 2 | null",
                "Transaction SQF6Late (line 7) | SQF6Late | 2026-11-22T08:45 | 42.00 | null | null | Eve | Martin"
                        + " | \"Late\" posy | null");
        assertThat(notTaken(r)).containsExactly(
                "REFUND Transaction SQC3Refund (line 4): a refund; not taken.",
                "NO_CUSTOMER Transaction SQE5WalkIn (line 6): no customer (no email, phone or name); not taken.");
    }

    @Test
    void square_2018LayoutThroughExcel_monthFirstSettledByTheFile_noTimeIsNoon_parenthesesAreNegative()
            throws Exception {
        CsvContacts.Table t = table("square-transactions-2018.csv", null);
        assertThat(SalesPreset.detect(t.headers())).isEqualTo(SalesPreset.SQUARE);
        List<SaleField> mapping = SalesPreset.SQUARE.mapping(t.headers());
        assertThat(SalesCsv.dateEvidence(t, mapping).settled()).isEqualTo(DateOrder.MDY);
        SalesCsv.Reading r = read("square-transactions-2018.csv", null, null);
        assertThat(shown(r)).containsExactly(
                "Transaction T2018A (line 2) | T2018A | 2018-12-27T12:00 | 1149.00 | null | null | Ana | Ruiz"
                        + " | Custom quilt | null",
                "Transaction T2018B (line 3) | T2018B | 2018-12-18T12:00 | 150.00 | null | null | Bo | Li"
                        + " | Pillow covers | null",
                "Transaction T2018C (line 4) | T2018C | 2018-12-05T12:00 | 540.00 | null | null | Cy | Example"
                        + " | Baby blanket | null");
        assertThat(notTaken(r)).containsExactly("REFUND Transaction T2018D (line 5): a refund; not taken.");
    }

    @Test
    void generic_french_windows1252_semicolons_decimalComma_dayFirstSettledBy14() throws Exception {
        CsvContacts.Table t = table("generic-fr-1252.csv", TextDecoding.WINDOWS_1252);
        assertThat(SalesPreset.detect(t.headers())).isEqualTo(SalesPreset.GENERIC);
        assertThat(SalesPreset.GENERIC.mapping(t.headers())).containsExactly(SaleField.DATE, SaleField.FULL_NAME,
                SaleField.EMAIL, SaleField.PHONE, SaleField.AMOUNT, SaleField.REFERENCE, SaleField.ITEMS,
                SaleField.STATUS);
        SalesCsv.Reading r = read("generic-fr-1252.csv", TextDecoding.WINDOWS_1252, null);
        assertThat(shown(r)).containsExactly(
                "Line 2 (F-0001) | F-0001 | 2026-11-14T12:00 | 1234.50 | amelie@example.fr | 06 12 34 56 78 | Amélie"
                        + " | Poulain | Bouquet de mariée; « Pivoines » | null",
                "Line 3 (F-0002) | F-0002 | 2026-11-03T12:00 | 12.90 | null | +33 6 98 76 54 32 | François | Dupont"
                        + " | Carte cadeau | null");
        assertThat(notTaken(r)).containsExactly(
                "REFUND Line 4 (F-0003): a refund; not taken.",
                "NO_CUSTOMER Line 5 (F-0004): no customer (no email, phone or name); not taken.",
                "NO_DATE Line 6 (F-0005): no date; not taken.",
                "CANCELLED Line 7 (F-0006): cancelled order; not taken.");
    }

    @Test
    void generic_german_dottedDates_separateTime_negativeIsARefund_hugeAmountsRefused() throws Exception {
        SalesCsv.Reading r = read("generic-de.csv", null, null);
        assertThat(shown(r)).containsExactly(
                "Line 2 (B-100) | B-100 | 2026-11-18T14:30 | 1234.56 | juergen@example.de | null | Jürgen | Groß"
                        + " | Blumenstrauß | null",
                "Line 3 (B-101) | B-101 | 2026-11-19T09:05 | 49.90 | ANA@EXAMPLE.COM | null | Ana | Ruiz | Gutschein"
                        + " | null",
                "Line 7 (B-105) | B-105 | 2026-11-22T16:20 | 12.00 | null | null | Karl | Schmidt | Karte | null");
        assertThat(notTaken(r)).containsExactly(
                "REFUND Line 4 (B-102): a refund (-20.00); not taken.",
                "BAD_AMOUNT Line 5 (B-103): the amount \"1e999999999\": not an amount Rapport reads; not taken.",
                "BAD_AMOUNT Line 6 (B-104): the amount \"99999999999999,00\": at most 12 digits before the point and"
                        + " 3 after it; not taken.");
    }

    @Test
    void generic_english_slashedDatesTheFileLeavesOpen_areAskedFor_thenReadEitherWay() throws Exception {
        CsvContacts.Table t = table("generic-en-undecided.csv", null);
        DateOrder.Evidence evidence = SalesCsv.dateEvidence(t, SalesPreset.GENERIC.mapping(t.headers()));
        assertThat(evidence.mustAsk()).isTrue();
        assertThat(evidence.settled()).isNull();
        SalesCsv.Reading unsaid = read("generic-en-undecided.csv", null, null);
        assertThat(unsaid.sales()).isEmpty();
        assertThat(notTaken(unsaid)).first().asString().isEqualTo("NO_DATE Line 2 (A-1): \"03/04/2026\" is not a"
                + " date Rapport reads (say whether day or month comes first); not taken.");
        assertThat(shown(read("generic-en-undecided.csv", null, DateOrder.MDY))).containsExactly(
                "Line 2 (A-1) | A-1 | 2026-03-04T12:00 | 45.00 | ana@example.com | null | Ana | Ruiz | Cake, chocolate"
                        + " | null",
                "Line 3 (A-2) | A-2 | 2026-04-03T12:00 | 12.00 | null | 555-0101 | Bo | Li | Bread | null",
                "Line 4 (A-3) | A-3 | 2026-05-06T12:00 | 1200.00 | null | null | Ana | Ruiz | Wedding cake | null");
        assertThat(read("generic-en-undecided.csv", null, DateOrder.DMY).sales()).extracting(s -> s.at().toLocalDate()
                .toString()).containsExactly("2026-04-03", "2026-03-04", "2026-06-05");
    }

    @Test
    void generic_spanish_isoWithOffsets_multiLineDescription_firstAndLastNames() throws Exception {
        SalesCsv.Reading r = read("generic-es.csv", null, null);
        assertThat(shown(r)).containsExactly(
                "Line 2 (R-1) | R-1 | 2026-11-05T10:30 | 1234.56 | jose@example.es | +34 612 345 678 | José | Núñez"
                        + " | Ramo de novia, rosas blancas | null",
                "Line 4 (R-2) | R-2 | 2026-11-06T18:00 | 12.5 | maria@example.es | null | María | García López"
                        + " | Tarjeta | null",
                "Line 5 (R-3) | R-3 | 2026-11-23T05:30 | 7.00 | null | null | Lucía | Fernández | Clavel | null");
        assertThat(r.notTaken()).isEmpty();
    }
}
