package app.rapport.model;

import java.util.List;

/**
 * One of Insight's headline tiles, as the screen shows it and the report prints it: a title, a
 * number or a few side by side, and the one sentence an owner reads at a glance.
 *
 * @param key a stable name ("health"): style classes and tests use it
 */
public record InsightTile(String key, String title, List<Figure> figures, String sentence) {

    /**
     * A number on the tile and the words under it.
     *
     * @param value the number as it shows ("38", "41%", "—" when there is none)
     * @param label what it counts ("at risk", "thanked")
     * @param filter the clients behind it, or {@code null} when the list cannot show them
     */
    public record Figure(String value, String label, InsightChart.Tone tone, InsightFilter filter) {
    }

    public InsightTile {
        figures = List.copyOf(figures);
    }
}
