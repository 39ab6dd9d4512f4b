package app.rapport.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document, embedded as subsets so that every name prints as typed: DejaVu
 * Serif (regular, bold, italic) for the letter, DejaVu Sans for the characters the serif lacks.
 * A character no bundled font has prints as {@link #REPLACEMENT} and is reported, never dropped
 * silently.
 */
final class PdfFonts {
    /** What prints in place of a character that no bundled font can draw. */
    static final String REPLACEMENT = "?";

    /** The faces a run of text can ask for. */
    enum Face { REGULAR, BOLD, ITALIC }

    /** A run of text in one font. */
    record Run(String text, PDFont font) {
    }

    private static final String[] FILES = {"DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
        "DejaVuSans.ttf"};
    private static final byte[][] BYTES = new byte[FILES.length][];

    private final PDFont[] fonts = new PDFont[FILES.length];
    private final CmapLookup[] cmaps = new CmapLookup[FILES.length];
    private final Set<String> unprintable = new TreeSet<>();

    PdfFonts(PDDocument document) {
        try {
            for (int i = 0; i < FILES.length; i++) {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes(i)));
                cmaps[i] = ttf.getUnicodeCmapLookup();
                fonts[i] = PDType0Font.load(document, ttf, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read a bundled font", e);
        }
    }

    /**
     * Splits text into runs of one font each: the face asked for, DejaVu Sans where the face has
     * no glyph, {@link #REPLACEMENT} where neither has. The text is first put in composed form
     * (NFC), so that "e" + combining accents prints as the one accented letter the fonts have;
     * control characters print as spaces.
     */
    List<Run> runs(String text, Face face) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentFont = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                cp = ' ';
            }
            int chosen = face.ordinal();
            String piece = new String(Character.toChars(cp));
            if (!has(chosen, cp)) {
                if (has(FILES.length - 1, cp)) {
                    chosen = FILES.length - 1;
                } else if (Character.getType(cp) == Character.FORMAT) {
                    continue; // a zero-width joiner or a direction mark: nothing to draw
                } else {
                    unprintable.add(piece);
                    piece = REPLACEMENT;
                }
            }
            if (chosen != currentFont && current.length() > 0) {
                runs.add(new Run(current.toString(), fonts[currentFont]));
                current.setLength(0);
            }
            currentFont = chosen;
            current.append(piece);
        }
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), fonts[currentFont]));
        }
        return runs;
    }

    /** The width of text in points at a font size. */
    float width(String text, Face face, float size) {
        float w = 0;
        for (Run r : runs(text, face)) {
            w += width(r, size);
        }
        return w;
    }

    static float width(Run run, float size) {
        try {
            return run.font().getStringWidth(run.text()) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The characters met so far that no bundled font could print. */
    Set<String> unprintable() {
        return Set.copyOf(unprintable);
    }

    private boolean has(int font, int cp) {
        return cmaps[font].getGlyphId(cp) > 0;
    }

    private static synchronized byte[] bytes(int i) throws IOException {
        if (BYTES[i] == null) {
            String path = "fonts/" + FILES[i];
            try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IOException("Missing resource app/rapport/letters/" + path);
                }
                BYTES[i] = in.readAllBytes();
            }
        }
        return BYTES[i];
    }
}
