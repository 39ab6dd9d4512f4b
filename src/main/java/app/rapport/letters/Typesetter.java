package app.rapport.letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Single lines of text on a page, in the document's fonts: drawn, right-aligned, or fitted to a width. */
final class Typesetter {
    private static final String ELLIPSIS = "…";
    private static final float SMALLEST = 6;

    private final PdfFonts fonts;

    Typesetter(PdfFonts fonts) {
        this.fonts = fonts;
    }

    PdfFonts fonts() {
        return fonts;
    }

    float width(String text, PdfFonts.Face face, float size) {
        return fonts.width(text, face, size);
    }

    void draw(PDPageContentStream out, String text, PdfFonts.Face face, float size, float x, float y) {
        try {
            float at = x;
            for (PdfFonts.Run r : fonts.runs(text, face)) {
                out.beginText();
                out.setFont(r.font(), size);
                out.newLineAtOffset(at, y);
                out.showText(r.text());
                out.endText();
                at += PdfFonts.width(r, size);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void drawRight(PDPageContentStream out, String text, PdfFonts.Face face, float size, float rightX, float y) {
        draw(out, text, face, size, rightX - width(text, face, size), y);
    }

    /** The size, at most {@code size} and at least 6 pt, at which the text fits the width (or 6). */
    float fittingSize(String text, PdfFonts.Face face, float size, float width) {
        float s = size;
        while (s > SMALLEST && width(text, face, s) > width) {
            s -= 0.25f;
        }
        return s;
    }

    /** The text, cut with an ellipsis where it must be to fit the width at that size. */
    String cut(String text, PdfFonts.Face face, float size, float width) {
        if (width(text, face, size) <= width) {
            return text;
        }
        String t = text;
        while (!t.isEmpty() && width(t + ELLIPSIS, face, size) > width) {
            t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
        }
        return t.stripTrailing() + ELLIPSIS;
    }

    /** Draws one line, shrunk (down to 6 pt) and then cut with an ellipsis to fit {@code width}. */
    void drawFitted(PDPageContentStream out, String text, PdfFonts.Face face, float size, float x, float y,
            float width) {
        float s = fittingSize(text, face, size, width);
        draw(out, cut(text, face, s, width), face, s, x, y);
    }
}
