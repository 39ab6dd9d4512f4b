package app.rapport.letters;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.InsightChart.Tone;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The printed report's tones are the screen's: the Primer Light colours that Insight.css names. */
class InsightToneColoursTest {
    private static String resource(String path) throws IOException {
        try (InputStream in = InsightToneColoursTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyTone_printsInTheColourTheScreenShows() throws IOException {
        String screen = resource("/app/rapport/ui/insight/Insight.css");
        String theme = resource("/atlantafx/base/theme/primer-light.css");
        for (Tone tone : Tone.values()) {
            Matcher rule = Pattern.compile("\\." + tone.styleClass() + " \\{[^}]*?(-color-[a-z]+-\\d)").matcher(screen);
            assertThat(rule.find()).as("Insight.css colours ." + tone.styleClass()).isTrue();
            Matcher value = Pattern.compile(Pattern.quote(rule.group(1)) + ": #([0-9a-f]{6});").matcher(theme);
            assertThat(value.find()).as(rule.group(1) + " in Primer Light").isTrue();
            assertThat(String.format("%06x", InsightTones.TONES.get(tone).getRGB() & 0xffffff))
                    .as(tone + " (" + rule.group(1) + ")").isEqualTo(value.group(1));
        }
    }
}
