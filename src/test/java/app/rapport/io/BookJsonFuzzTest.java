package app.rapport.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Client;
import app.rapport.model.Decision;
import app.rapport.model.Interaction;
import app.rapport.model.LetterTemplate;
import app.rapport.model.ManualFollowUp;
import app.rapport.model.Settings;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;

/**
 * Fuzz test (Jazzer) of the book JSON reader: whatever the bytes, it hands over checked records or
 * refuses the file with one line in plain words; never another exception, never the JSON
 * library's words. Every build replays the saved inputs in BookJsonFuzzTestInputs/; JAZZER_FUZZ=1
 * fuzzes anew.
 */
class BookJsonFuzzTest {
    private static final BookSink IGNORE = new BookSink() {
        @Override
        public void settings(Settings settings) {
        }

        @Override
        public void client(Client client, String where) {
        }

        @Override
        public void interaction(Interaction interaction, String where) {
        }

        @Override
        public void followUp(ManualFollowUp followUp, String where) {
        }

        @Override
        public void decision(Decision decision, String where) {
        }

        @Override
        public void template(LetterTemplate template, String where) {
        }
    };

    @FuzzTest(maxDuration = "60s")
    void bookJsonReader(byte[] input) throws IOException {
        try {
            new BookJsonReader(Instant.EPOCH).read(new ByteArrayInputStream(input), IGNORE);
        } catch (BookFormatException refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n", "com.fasterxml", "Exception",
                    "StreamReadConstraints", "[Source");
        }
    }
}
