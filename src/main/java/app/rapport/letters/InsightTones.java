package app.rapport.letters;

import app.rapport.model.InsightChart.Tone;
import java.awt.Color;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Insight's tones on paper, and the page's other inks. The tones are Primer Light's colours that the
 * screen's {@code Insight.css} names; each has its own lightness, so the page reads in greyscale,
 * and the bad tone is hatched.
 */
final class InsightTones {
    /** The tones' colours: the same Primer Light colours as {@code ui/insight/Insight.css}. */
    static final Map<Tone, Color> TONES = new EnumMap<>(Map.of(
            Tone.GOOD, new Color(0x116329), Tone.FAIR, new Color(0xeac54f), Tone.BAD, new Color(0xfa4549),
            Tone.REST, new Color(0xd0d7de), Tone.STEP_1, new Color(0x0a3069), Tone.STEP_2, new Color(0x0969da),
            Tone.STEP_3, new Color(0xbf8700), Tone.STEP_4, new Color(0x80ccff), Tone.STEP_5, new Color(0xfae17d)));
    static final Color TEXT = new Color(0x24292f);
    static final Color MUTED = new Color(0x57606a);
    static final Color RULE = new Color(0xd0d7de);
    static final Color GRID = new Color(0xeaeef2);
    static final Color AXIS = new Color(0x8c959f);
    static final Color TILE = new Color(0xf6f8fa);

    private InsightTones() {
    }

    /** A bar in {@code tone}, edged in white so that stacked bars stay apart. */
    static void bar(PDPageContentStream out, Tone tone, float x, float y, float w, float h) throws IOException {
        out.setNonStrokingColor(TONES.get(tone));
        out.addRect(x, y, w, h);
        out.fill();
        if (tone == Tone.BAD) {
            hatch(out, x, y, w, h);
        }
        out.setStrokingColor(Color.WHITE);
        out.setLineWidth(0.4f);
        out.addRect(x, y, w, h);
        out.stroke();
    }

    /** White diagonal stripes over a rectangle: the bad tone, told apart without colour. */
    private static void hatch(PDPageContentStream out, float x, float y, float w, float h) throws IOException {
        out.saveGraphicsState();
        out.addRect(x, y, w, h);
        out.clip();
        out.setStrokingColor(Color.WHITE);
        out.setLineWidth(0.9f);
        for (float d = -h; d < w; d += 3) {
            out.moveTo(x + d, y);
            out.lineTo(x + d + h, y + h);
        }
        out.stroke();
        out.restoreGraphicsState();
    }

    /** A small square of {@code tone}, as in a legend; light tones edged so they show on white. */
    static void swatch(PDPageContentStream out, Tone tone, float x, float y, float size) throws IOException {
        out.setNonStrokingColor(TONES.get(tone));
        out.addRect(x, y, size, size);
        out.fill();
        if (tone == Tone.BAD) {
            hatch(out, x, y, size, size);
        }
        if (tone == Tone.REST || tone == Tone.FAIR || tone == Tone.STEP_5) {
            out.setStrokingColor(AXIS);
            out.setLineWidth(0.3f);
            out.addRect(x, y, size, size);
            out.stroke();
        }
    }

    /** Sets the colour text and fills are drawn in. */
    static void ink(PDPageContentStream out, Color color) throws IOException {
        out.setNonStrokingColor(color);
    }
}
