package app.rapport.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.EnumMap;
import java.util.Map;

/**
 * Fuzz test (Jazzer) of the letter merge: any body parses without an exception; merging fills
 * each field with its value exactly once and never reads a value as a field (one pass).
 */
class MergeFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void merge(FuzzedDataProvider data) {
        Map<MergeField, String> values = new EnumMap<>(MergeField.class);
        for (MergeField f : MergeField.values()) {
            if (data.consumeBoolean()) {
                values.put(f, data.consumeString(40));
            }
        }
        String body = data.consumeRemainingAsString();
        TemplateText parsed = TemplateText.parse(body);
        MergedText merged = parsed.merge(values);
        int literal = 0;
        int filled = 0;
        for (MergedText.Piece p : merged.pieces()) {
            switch (p.kind()) {
                case TEXT -> literal += p.text().length();
                case VALUE -> {
                    assertThat(p.text()).isEqualTo(values.get(p.field()));
                    filled += p.text().length();
                }
                case MISSING -> assertThat(values.get(p.field())).satisfiesAnyOf(
                        v -> assertThat(v).isNull(), v -> assertThat(v).isBlank());
            }
        }
        assertThat(merged.text()).hasSize(literal + filled);
        if (!body.contains("{{")) {
            assertThat(parsed.problems()).isEmpty();
            assertThat(merged.text()).isEqualTo(body);
        }
        parsed.problems().forEach(p -> assertThat(p.line()).isBetween(1, (int) body.lines().count() + 1));
    }
}
