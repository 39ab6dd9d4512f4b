package app.rapport.io.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.io.contacts.ContactFileException;
import app.rapport.io.contacts.CsvContacts;
import app.rapport.io.contacts.TextDecoding;
import app.rapport.model.Amount;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzz test (Jazzer) of the sales reader: whatever the bytes, with every preset and either order
 * of day and month, it gives sales with a date, a customer and an amount within Amount's limits,
 * and names what it does not take, or refuses the file with a message; never another exception.
 * Every build replays the saved inputs in SalesFilesFuzzTestInputs/; JAZZER_FUZZ=1 fuzzes anew.
 */
class SalesFilesFuzzTest {
    private static final ZoneId HERE = ZoneId.of("Europe/Paris");

    @FuzzTest(maxDuration = "60s")
    void salesReader(byte[] input) {
        String text;
        try {
            text = TextDecoding.decode(input, null);
        } catch (ContactFileException notUtf8) {
            text = TextDecoding.decode(input, "ISO-8859-1"); // every byte is a character in Latin-1
        }
        CsvContacts.Table table;
        try {
            table = CsvContacts.read(text);
        } catch (ContactFileException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        for (SalesPreset preset : SalesPreset.values()) {
            List<SaleField> mapping = preset.mapping(table.headers());
            assertThat(SalesCsv.dateEvidence(table, mapping)).isNotNull();
            for (DateOrder order : Arrays.asList(null, DateOrder.DMY, DateOrder.MDY)) {
                SalesCsv.Reading r = SalesCsv.sales(table, preset, mapping, order, HERE);
                for (SaleRecord s : r.sales()) {
                    assertThat(s.at()).isNotNull();
                    assertThat(s.email() != null || s.phone() != null || !s.name().isEmpty()).as("who bought").isTrue();
                    assertThat(s.amount().signum()).isNotNegative();
                    assertThat(Amount.check("amount", s.amount())).isEqualTo(s.amount());
                    assertThat(s.where()).isNotBlank();
                    assertThat(s.summary().length()).isLessThanOrEqualTo(SaleRows.MAX_SUMMARY);
                }
                r.notTaken().forEach(n -> assertThat(n.describe()).isNotBlank());
                r.problems().forEach(p -> assertThat(p).isNotBlank());
                assertThat(r.sales().size() + r.notTaken().size()).isLessThanOrEqualTo(table.rows().size());
            }
        }
    }
}
