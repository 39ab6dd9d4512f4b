package app.rapport.letters;

import app.rapport.model.InsightChart;
import app.rapport.model.InsightTile;
import app.rapport.model.PageSize;
import java.util.List;

/**
 * Insight's monthly report on one page: a title and a line under it, the headline tiles, the
 * charts (two a row, drawn as vectors from the figures), and a line at the foot.
 */
public record InsightPage(String title, String subtitle, String footer, PageSize page, List<InsightTile> tiles,
        List<InsightChart> charts) {
    public InsightPage {
        tiles = List.copyOf(tiles);
        charts = List.copyOf(charts);
    }
}
