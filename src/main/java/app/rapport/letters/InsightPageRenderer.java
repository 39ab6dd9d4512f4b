package app.rapport.letters;

import app.rapport.model.InsightChart;
import app.rapport.model.InsightChart.Tone;
import app.rapport.model.InsightTile;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Draws Insight's report on one page: tiles as boxes, charts as vector bars from the figures
 * (never pictures of the screen), in the screen's tones. The tones are Primer Light's colours that
 * the screen's {@code Insight.css} names; each has its own lightness, so the page reads in
 * greyscale, and the bad tone is hatched.
 */
final class InsightPageRenderer {
    /** The tones' colours: the same Primer Light colours as {@code ui/insight/Insight.css}. */
    static final Map<Tone, Color> TONES = new EnumMap<>(Map.of(
            Tone.GOOD, new Color(0x116329), Tone.FAIR, new Color(0xeac54f), Tone.BAD, new Color(0xfa4549),
            Tone.REST, new Color(0xd0d7de), Tone.STEP_1, new Color(0x0a3069), Tone.STEP_2, new Color(0x0969da),
            Tone.STEP_3, new Color(0xbf8700), Tone.STEP_4, new Color(0x80ccff), Tone.STEP_5, new Color(0xfae17d)));
    private static final Color TEXT = new Color(0x24292f);
    private static final Color MUTED = new Color(0x57606a);
    private static final Color RULE = new Color(0xd0d7de);
    private static final Color GRID = new Color(0xeaeef2);
    private static final Color AXIS = new Color(0x8c959f);
    private static final Color TILE = new Color(0xf6f8fa);

    private static final float MARGIN_MM = 13;
    private static final float GAP = 10;
    private static final float PAD = 6;
    private static final float TILE_HEIGHT = 112;
    private static final float SMALL = 6.5f;
    private static final float TICKS = 6;

    private final PDDocument document;
    private final Typesetter type;

    InsightPageRenderer(PDDocument document, Typesetter type) {
        this.document = document;
        this.type = type;
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
                chart(out, report.charts().get(i), cx, top, chartW, chartH);
            }
            ink(out, MUTED);
            type.drawFitted(out, report.footer(), PdfFonts.Face.ITALIC, SMALL, margin, margin, width);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- tiles --------------------------------------------------------------------------------

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
                    paragraph(out, f.label(), PdfFonts.Face.REGULAR, SMALL, fx + 7, valueY - 5 - SMALL, figureW - 9, 2));
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

    // ---- charts -------------------------------------------------------------------------------

    private void chart(PDPageContentStream out, InsightChart chart, float x, float top, float w, float h)
            throws IOException {
        ink(out, TEXT);
        type.drawFitted(out, chart.title(), PdfFonts.Face.BOLD, 8, x, top - 8, w);
        float y = top - 12;
        if (chart.shape() == InsightChart.Shape.MONTHS && !chart.isEmpty()) {
            y = legend(out, chart.series(), x, y, w);
        }
        float bottom = top - h;
        if (chart.isEmpty()) {
            out.setStrokingColor(RULE);
            out.setLineWidth(0.5f);
            out.addRect(x, bottom, w, y - 2 - bottom);
            out.stroke();
            ink(out, MUTED);
            float tw = type.width(chart.emptyText(), PdfFonts.Face.ITALIC, 8);
            type.drawFitted(out, chart.emptyText(), PdfFonts.Face.ITALIC, 8, x + Math.max(4, (w - tw) / 2),
                    bottom + (y - bottom) / 2 - 4, w - 8);
            return;
        }
        if (chart.shape() == InsightChart.Shape.MONTHS) {
            columns(out, chart, x, y - 3, w, bottom);
        } else {
            barsAcross(out, chart, x, y - 3, w, bottom);
        }
    }

    /** The legend in rows under the title; returns the y below it. */
    private float legend(PDPageContentStream out, List<InsightChart.Series> series, float x, float top, float w)
            throws IOException {
        float lx = x;
        float baseline = top - SMALL;
        for (InsightChart.Series s : series) {
            float itemW = 8 + type.width(s.name(), PdfFonts.Face.REGULAR, SMALL) + 8;
            if (lx > x && lx + itemW > x + w) {
                lx = x;
                baseline -= SMALL + 3;
            }
            swatch(out, s.tone(), lx, baseline - 0.5f, 6);
            ink(out, MUTED);
            type.draw(out, s.name(), PdfFonts.Face.REGULAR, SMALL, lx + 8, baseline);
            lx += itemW;
        }
        return baseline - 4;
    }

    /** Stacked columns a month each, on a value axis with its unit, months (and years) under them. */
    private void columns(PDPageContentStream out, InsightChart chart, float x, float top, float w, float bottom)
            throws IOException {
        InsightChart.Scale scale = chart.scale(4);
        float tickW = 0;
        for (double v = 0; v <= scale.max() + 1e-9; v += scale.step()) {
            tickW = Math.max(tickW, type.width(InsightChart.Scale.tick(v), PdfFonts.Face.REGULAR, TICKS));
        }
        float plotX = x + tickW + 4;
        float plotW = x + w - plotX;
        float plotBottom = bottom + 2 * TICKS + 5;
        float plotTop = top - TICKS - 7; // the unit above, the top tick's label under it
        ink(out, MUTED);
        type.draw(out, chart.unit(), PdfFonts.Face.ITALIC, TICKS, x, top - TICKS);
        float k = (float) ((plotTop - plotBottom) / scale.max());
        out.setLineWidth(0.4f);
        for (double v = 0; v <= scale.max() + 1e-9; v += scale.step()) {
            float gy = plotBottom + (float) v * k;
            out.setStrokingColor(v == 0 ? AXIS : GRID);
            out.moveTo(plotX, gy);
            out.lineTo(plotX + plotW, gy);
            out.stroke();
            ink(out, MUTED);
            type.drawRight(out, InsightChart.Scale.tick(v), PdfFonts.Face.REGULAR, TICKS, plotX - 3, gy - TICKS / 3);
        }
        int n = chart.categories().size();
        float slot = plotW / n;
        float barW = slot * 0.7f;
        for (int c = 0; c < n; c++) {
            float bx = plotX + c * slot + (slot - barW) / 2;
            float base = plotBottom;
            for (InsightChart.Series s : chart.series()) {
                float bh = (float) s.points().get(c).value() * k;
                if (bh > 0) {
                    bar(out, s.tone(), bx, base, barW, bh);
                    base += bh;
                }
            }
            InsightChart.Category cat = chart.categories().get(c);
            float cx = plotX + c * slot + slot / 2;
            ink(out, MUTED);
            if (!cat.label().isEmpty()) {
                float lw = type.width(cat.label(), PdfFonts.Face.REGULAR, TICKS);
                type.draw(out, cat.label(), PdfFonts.Face.REGULAR, TICKS, cx - lw / 2, plotBottom - TICKS - 1);
            }
            if (!cat.yearLabel().isEmpty()) {
                float yw = type.width(cat.yearLabel(), PdfFonts.Face.BOLD, TICKS);
                type.draw(out, cat.yearLabel(), PdfFonts.Face.BOLD, TICKS, cx - yw / 2, plotBottom - 2 * TICKS - 2);
            }
        }
    }

    /** A bar a category across, its name on the left and its figure at its end. */
    private void barsAcross(PDPageContentStream out, InsightChart chart, float x, float top, float w, float bottom)
            throws IOException {
        InsightChart.Series series = chart.series().get(0);
        int n = chart.categories().size();
        float nameW = w * 0.34f;
        float valueW = 22;
        float rowH = Math.min(12, (top - bottom - TICKS - 4) / Math.max(n, 1));
        float barX = x + nameW + 4;
        float barRoom = w - nameW - 4 - valueW;
        double max = chart.largestTotal();
        for (int i = 0; i < n; i++) {
            float rowTop = top - i * rowH;
            float baseline = rowTop - rowH / 2 - SMALL / 3;
            ink(out, TEXT);
            type.drawFitted(out, chart.categories().get(i).label(), PdfFonts.Face.REGULAR, SMALL, x, baseline, nameW);
            InsightChart.Point p = series.points().get(i);
            float bw = (float) (max == 0 ? 0 : p.value() / max * barRoom);
            bar(out, series.tone(), barX, rowTop - rowH * 0.85f, bw, rowH * 0.7f);
            ink(out, MUTED);
            type.draw(out, p.exact(), PdfFonts.Face.REGULAR, SMALL, barX + bw + 3, baseline);
        }
        ink(out, MUTED);
        type.draw(out, chart.unit() + " (the figure at each bar's end)", PdfFonts.Face.ITALIC, TICKS, barX,
                bottom + 1);
    }

    private void bar(PDPageContentStream out, Tone tone, float x, float y, float w, float h) throws IOException {
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
    private void hatch(PDPageContentStream out, float x, float y, float w, float h) throws IOException {
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

    private void swatch(PDPageContentStream out, Tone tone, float x, float y, float size) throws IOException {
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

    private static void ink(PDPageContentStream out, Color color) throws IOException {
        out.setNonStrokingColor(color);
    }
}
