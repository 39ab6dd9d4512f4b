package app.rapport.letters;

import static app.rapport.letters.InsightTones.AXIS;
import static app.rapport.letters.InsightTones.GRID;
import static app.rapport.letters.InsightTones.MUTED;
import static app.rapport.letters.InsightTones.RULE;
import static app.rapport.letters.InsightTones.TEXT;
import static app.rapport.letters.InsightTones.bar;
import static app.rapport.letters.InsightTones.ink;
import static app.rapport.letters.InsightTones.swatch;

import app.rapport.model.InsightChart;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws one of Insight's charts as vector bars from its figures (never a picture of the screen):
 * stacked columns a month, or a bar a category across, with its legend, axis and unit.
 */
final class InsightChartRenderer {
    /** The size of labels and legends. */
    static final float SMALL = 6.5f;
    /** The size of the axes' figures, months and units. */
    private static final float TICKS = 6;

    private final Typesetter type;

    InsightChartRenderer(Typesetter type) {
        this.type = type;
    }

    /** Draws {@code chart} in the box whose top left corner is ({@code x}, {@code top}). */
    void draw(PDPageContentStream out, InsightChart chart, float x, float top, float w, float h)
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
}
