package app.rapport.letters;

import static app.rapport.letters.InsightTones.MUTED;
import static app.rapport.letters.InsightTones.RULE;
import static app.rapport.letters.InsightTones.TEXT;
import static app.rapport.letters.InsightTones.TILE;
import static app.rapport.letters.InsightTones.ink;
import static app.rapport.letters.InsightTones.swatch;

import app.rapport.model.InsightTile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Draws Insight's report on one page: its title, the tiles as boxes, the charts in two columns
 * ({@link InsightChartRenderer}), in the screen's tones ({@link InsightTones}).
 */
final class InsightPageRenderer {
    private static final float MARGIN_MM = 13;
    private static final float GAP = 10;
    private static final float PAD = 6;
    private static final float TILE_HEIGHT = 112;
    private static final float SMALL = InsightChartRenderer.SMALL;

    private final PDDocument document;
    private final Typesetter type;
    private final InsightChartRenderer charts;

    InsightPageRenderer(PDDocument document, Typesetter type) {
        this.document = document;
        this.type = type;
        this.charts = new InsightChartRenderer(type);
    }

    void render(InsightPage report) {
        float w = Mm.pt(report.page().widthMm());
        float h = Mm.pt(report.page().heightMm());
        float margin = Mm.pt(MARGIN_MM);
        float width = w - 2 * margin;
        PDPage page = new PDPage(new PDRectangle(w, h));
        document.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            float y = h - margin;
            ink(out, TEXT);
            type.drawFitted(out, report.title(), PdfFonts.Face.BOLD, 15, margin, y - 13, width);
            ink(out, MUTED);
            type.drawFitted(out, report.subtitle(), PdfFonts.Face.REGULAR, 9, margin, y - 27, width);
            y -= 38;
            tiles(out, report.tiles(), margin, y, width);
            y -= TILE_HEIGHT + GAP + 2;
            float footer = 12;
            int rows = (report.charts().size() + 1) / 2;
            float chartW = (width - GAP) / 2;
            float chartH = (y - margin - footer - GAP * (rows - 1)) / Math.max(1, rows);
            for (int i = 0; i < report.charts().size(); i++) {
                float cx = margin + (i % 2) * (chartW + GAP);
                float top = y - (i / 2) * (chartH + GAP);
                charts.draw(out, report.charts().get(i), cx, top, chartW, chartH);
            }
            ink(out, MUTED);
            type.drawFitted(out, report.footer(), PdfFonts.Face.ITALIC, SMALL, margin, margin, width);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void tiles(PDPageContentStream out, List<InsightTile> tiles, float x, float top, float width)
            throws IOException {
        int n = Math.max(1, tiles.size());
        float tileW = (width - GAP * (n - 1)) / n;
        for (int i = 0; i < tiles.size(); i++) {
            tile(out, tiles.get(i), x + i * (tileW + GAP), top, tileW);
        }
    }

    private void tile(PDPageContentStream out, InsightTile tile, float x, float top, float w) throws IOException {
        out.setNonStrokingColor(TILE);
        out.setStrokingColor(RULE);
        out.setLineWidth(0.6f);
        out.addRect(x, top - TILE_HEIGHT, w, TILE_HEIGHT);
        out.fillAndStroke();
        float inner = w - 2 * PAD;
        float y = top - PAD - 7;
        ink(out, TEXT);
        y = paragraph(out, tile.title(), PdfFonts.Face.BOLD, 7.5f, x + PAD, y, inner, 2);
        float figureW = inner / Math.max(1, tile.figures().size());
        float valueY = y - 14;
        float labelsBottom = valueY;
        for (int i = 0; i < tile.figures().size(); i++) {
            InsightTile.Figure f = tile.figures().get(i);
            float fx = x + PAD + i * figureW;
            ink(out, TEXT);
            type.drawFitted(out, f.value(), PdfFonts.Face.BOLD, 16, fx, valueY, figureW - 4);
            swatch(out, f.tone(), fx, valueY - 10, 5);
            ink(out, MUTED);
            labelsBottom = Math.min(labelsBottom,
                    paragraph(out, f.label(), PdfFonts.Face.REGULAR, SMALL, fx + 7, valueY - 5 - SMALL, figureW - 9,
                            2));
        }
        ink(out, TEXT);
        int room = (int) ((labelsBottom - 2 - (top - TILE_HEIGHT + PAD)) / (SMALL * 1.35f)) + 1;
        paragraph(out, tile.sentence(), PdfFonts.Face.ITALIC, SMALL, x + PAD, labelsBottom - 4, inner, room);
    }

    /**
     * Sets text in at most {@code maxLines} lines from the baseline {@code y} down (the last one cut
     * with an ellipsis when the text is longer); returns the baseline below the last line drawn.
     */
    private float paragraph(PDPageContentStream out, String text, PdfFonts.Face face, float size, float x, float y,
            float width, int maxLines) {
        TextBlock block = new TextBlock(type.fonts(), size, width);
        List<TextBlock.Line> lines = block.set(List.of(new TextBlock.Span(text, face, false)));
        if (maxLines <= 0) {
            return y;
        }
        if (lines.size() > maxLines) {
            block.draw(out, lines.subList(0, maxLines - 1), x, y);
            String rest = lines.subList(maxLines - 1, lines.size()).stream()
                    .map(l -> l.pieces().stream().map(TextBlock.Piece::text).collect(Collectors.joining()))
                    .collect(Collectors.joining(" "));
            type.draw(out, type.cut(rest, face, size, width), face, size, x, y - (maxLines - 1) * block.lineHeight());
            return y - maxLines * block.lineHeight();
        }
        block.draw(out, lines, x, y);
        return y - lines.size() * block.lineHeight();
    }
}
