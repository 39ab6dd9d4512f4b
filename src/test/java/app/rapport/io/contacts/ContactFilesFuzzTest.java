package app.rapport.io.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz tests (Jazzer) of the CSV and vCard readers: whatever the bytes, they give contacts with a
 * name and problems in words, or refuse the file with a message; never another exception.
 * Every build replays the saved inputs in ContactFilesFuzzTestInputs/; JAZZER_FUZZ=1 fuzzes anew.
 */
class ContactFilesFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void csvReader(byte[] input) {
        String text;
        try {
            text = TextDecoding.decode(input, null);
        } catch (ContactFileException notUtf8) {
            try {
                text = TextDecoding.decode(input, "ISO-8859-1"); // every byte is a character in Latin-1
            } catch (ContactFileException utf16) {
                assertThat(utf16.getMessage()).contains("UTF-16"); // not UTF-16 either: refused, with a message
                return;
            }
        }
        try {
            CsvContacts.Table table = CsvContacts.read(text);
            for (CsvPreset preset : CsvPreset.values()) {
                List<String> problems = new ArrayList<>();
                List<ContactRecord> contacts = CsvContacts.contacts(table, CsvContacts.mapping(preset, table.headers()),
                        preset, problems);
                assertThat(contacts).allMatch(ContactRecord::hasName);
                problems.forEach(p -> assertThat(p).isNotBlank());
            }
        } catch (ContactFileException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void vcardReader(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        try {
            List<ContactRecord> contacts = VcardContacts.read(text, problems);
            assertThat(contacts).allMatch(ContactRecord::hasName);
        } catch (ContactFileException refused) {
            assertThat(refused.getMessage()).contains("BEGIN:VCARD");
        }
    }
}
