package app.rapport.letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text set in lines of a given width: spans of one face each (a highlighted span gets a marker
 * behind it), broken into paragraphs at line breaks and wrapped at spaces; a word longer than the
 * line is broken where it must be.
 */
final class TextBlock {
    /** A stretch of text in one face, highlighted or not. */
    record Span(String text, PdfFonts.Face face, boolean highlight) {
        static Span plain(String text) {
            return new Span(text, PdfFonts.Face.REGULAR, false);
        }
    }

    /** A piece of a set line: text in one font at an offset from the line's start. */
    record Piece(String text, PDFont font, float x, float width, boolean highlight) {
    }

    /** A set line; an empty line is a blank line between paragraphs. */
    record Line(List<Piece> pieces) {
    }

    private final PdfFonts fonts;
    private final float size;
    private final float width;

    TextBlock(PdfFonts fonts, float size, float width) {
        this.fonts = fonts;
        this.size = size;
        this.width = width;
    }

    float lineHeight() {
        return size * 1.35f;
    }

    /** Sets the spans in lines. Words that touch across spans ("table" + ".") wrap together. */
    List<Line> set(List<Span> spans) {
        List<Line> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        float x = 0;
        for (List<Word> cluster : clusters(words(spans))) {
            Word first = cluster.get(0);
            if (first.newline) {
                trimTrailingSpace(line);
                lines.add(new Line(line));
                line = new ArrayList<>();
                x = 0;
                continue;
            }
            float w = 0;
            for (Word word : cluster) {
                w += word.width();
            }
            if (first.space) {
                if (x > 0 && x + w <= width) {
                    line.addAll(first.at(x));
                    x += w;
                }
                continue;
            }
            if (x + w > width && x > 0) {
                trimTrailingSpace(line);
                lines.add(new Line(line));
                line = new ArrayList<>();
                x = 0;
            }
            for (Word word : cluster) {
                List<Word> parts = x + word.width() > width ? word.split(width - x) : List.of(word);
                for (Word part : parts) {
                    if (x + part.width() > width && x > 0) {
                        lines.add(new Line(line));
                        line = new ArrayList<>();
                        x = 0;
                    }
                    line.addAll(part.at(x));
                    x += part.width();
                }
            }
        }
        trimTrailingSpace(line);
        lines.add(new Line(line));
        return lines;
    }

    private static List<List<Word>> clusters(List<Word> words) {
        List<List<Word>> clusters = new ArrayList<>();
        List<Word> current = null;
        for (Word word : words) {
            boolean joins = current != null && !word.space && !word.newline
                    && !current.get(0).space && !current.get(0).newline;
            if (joins) {
                current.add(word);
            } else {
                current = new ArrayList<>();
                current.add(word);
                clusters.add(current);
            }
        }
        return clusters;
    }

    /** Draws lines from a baseline downwards, starting at {@code (left, top)} (top = first baseline). */
    void draw(PDPageContentStream out, List<Line> lines, float left, float firstBaseline) {
        try {
            float y = firstBaseline;
            for (Line line : lines) {
                for (Piece p : line.pieces()) {
                    if (p.highlight()) {
                        out.setNonStrokingColor(1f, 0.92f, 0.45f);
                        out.addRect(left + p.x(), y - size * 0.25f, p.width(), size * 1.15f);
                        out.fill();
                        out.setNonStrokingColor(0f, 0f, 0f);
                    }
                    out.beginText();
                    out.setFont(p.font(), size);
                    out.newLineAtOffset(left + p.x(), y);
                    out.showText(p.text());
                    out.endText();
                }
                y -= lineHeight();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void trimTrailingSpace(List<Piece> line) {
        while (!line.isEmpty() && line.get(line.size() - 1).text().isBlank()) {
            line.remove(line.size() - 1);
        }
    }

    /** A word, a space, or a line break, in runs of one font each. */
    private final class Word {
        final List<PdfFonts.Run> runs;
        final boolean highlight;
        final boolean space;
        final boolean newline;

        Word(List<PdfFonts.Run> runs, boolean highlight, boolean space, boolean newline) {
            this.runs = runs;
            this.highlight = highlight;
            this.space = space;
            this.newline = newline;
        }

        float width() {
            float w = 0;
            for (PdfFonts.Run r : runs) {
                w += PdfFonts.width(r, size);
            }
            return w;
        }

        List<Piece> at(float x) {
            List<Piece> pieces = new ArrayList<>();
            float at = x;
            for (PdfFonts.Run r : runs) {
                float w = PdfFonts.width(r, size);
                pieces.add(new Piece(r.text(), r.font(), at, w, highlight));
                at += w;
            }
            return pieces;
        }

        /** Breaks a word too long for a line into parts, the first fitting {@code first}. */
        List<Word> split(float first) {
            List<Word> parts = new ArrayList<>();
            List<PdfFonts.Run> part = new ArrayList<>();
            float room = first > size ? first : width;
            float w = 0;
            for (PdfFonts.Run r : runs) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < r.text().length(); ) {
                    int cp = r.text().codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    float cw = PdfFonts.width(new PdfFonts.Run(ch, r.font()), size);
                    if (w + cw > room && (w > 0)) {
                        if (b.length() > 0) {
                            part.add(new PdfFonts.Run(b.toString(), r.font()));
                            b.setLength(0);
                        }
                        parts.add(new Word(part, highlight, false, false));
                        part = new ArrayList<>();
                        w = 0;
                        room = width;
                    }
                    b.appendCodePoint(cp);
                    w += cw;
                    i += Character.charCount(cp);
                }
                if (b.length() > 0) {
                    part.add(new PdfFonts.Run(b.toString(), r.font()));
                }
            }
            if (!part.isEmpty()) {
                parts.add(new Word(part, highlight, false, false));
            }
            return parts;
        }
    }

    private List<Word> words(List<Span> spans) {
        List<Word> words = new ArrayList<>();
        for (Span span : spans) {
            String text = span.text().replace("\r\n", "\n").replace('\r', '\n');
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\n') {
                    words.add(new Word(List.of(), false, false, true));
                    i++;
                } else if (c == ' ' || c == '\t') {
                    words.add(new Word(fonts.runs(" ", span.face()), span.highlight(), true, false));
                    i++;
                } else {
                    int end = i;
                    while (end < text.length() && " \t\n".indexOf(text.charAt(end)) < 0) {
                        end++;
                    }
                    words.add(new Word(fonts.runs(text.substring(i, end), span.face()), span.highlight(), false,
                            false));
                    i = end;
                }
            }
        }
        return words;
    }
}
