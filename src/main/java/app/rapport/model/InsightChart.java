package app.rapport.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One of Insight's charts, described once for the screen to draw (JavaFX charts) and the report
 * to print (PDFBox): its title, the unit of its values, its categories (the months of the window,
 * or the top referrers) and its series, stacked. Each point keeps its exact figure, for the
 * tooltip, and the clients behind it, for the drill-down.
 *
 * @param key a stable name ("health", "revenue"): style classes and tests use it
 * @param unit what the values count, for the value axis ("Clients", "Amount")
 * @param emptyText what shows instead of bare axes when every value is zero ("No purchases in these months")
 */
public record InsightChart(String key, String title, String unit, Shape shape, List<Category> categories,
        List<Series> series, String emptyText) {

    /** Stacked columns, one a category (the months); or bars across, one a category (the referrers). */
    public enum Shape {
        MONTHS, BARS_ACROSS
    }

    /**
     * How a series looks, in colours that keep apart in greyscale (each a distinct lightness) and for
     * colour-blind eyes: the tones of good, so-so and bad (bad also hatched), a light rest, and a
     * ramp from dark to light for series that are only different (kinds, tiers).
     */
    public enum Tone {
        GOOD, FAIR, BAD, REST, STEP_1, STEP_2, STEP_3, STEP_4, STEP_5;

        /** The ramp's tone for the {@code i}th of several like series (it starts again after five). */
        public static Tone step(int i) {
            Tone[] ramp = {STEP_1, STEP_2, STEP_3, STEP_4, STEP_5};
            return ramp[Math.floorMod(i, ramp.length)];
        }

        /** The style class of the tone ("tone-step-1"). */
        public String styleClass() {
            return "tone-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A column or bar of the chart.
     *
     * @param key unique within the chart ("2026-11", a client's id)
     * @param label what the axis writes, "" where it leaves the place bare (every other month of a long window)
     * @param yearLabel the year written under a month's label where the year changes, else ""
     * @param name the category in full, for tooltips ("Nov 2026", "Ana Ruiz")
     * @param note one more line for its tooltip ("31 of 40 thanked (78%)"), or ""
     */
    public record Category(String key, String label, String yearLabel, String name, String note) {
        public Category {
            Objects.requireNonNull(key, "key");
        }
    }

    /** A series: its name for the legend, its tone, and one point a category. */
    public record Series(String name, Tone tone, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /**
     * One value.
     *
     * @param exact the figure as the owner reads it ("38", "1800.00")
     * @param filter the clients behind it, or {@code null} when the list cannot show them
     */
    public record Point(double value, String exact, InsightFilter filter) {
    }

    public InsightChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.points().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + s.name() + " has " + s.points().size()
                        + " points for " + categories.size() + " categories");
            }
        }
    }

    /** Whether there is nothing to draw: every value zero (or no category at all). */
    public boolean isEmpty() {
        return series.stream().flatMap(s -> s.points().stream()).allMatch(p -> p.value() == 0);
    }

    /** The largest stack: the sum of the series in one category. */
    public double largestTotal() {
        double max = 0;
        for (int c = 0; c < categories.size(); c++) {
            double total = 0;
            for (Series s : series) {
                total += s.points().get(c).value();
            }
            max = Math.max(max, total);
        }
        return max;
    }

    /**
     * The value axis: from 0 to {@code max} in steps of 1, 2 or 5 times a power of ten, at most
     * {@code maxTicks} steps; whole numbers always (counts never tick at 0.5).
     */
    public Scale scale(int maxTicks) {
        double top = Math.max(1, largestTotal());
        double step = 1;
        while (top / step > maxTicks) {
            double magnitude = Math.pow(10, Math.floor(Math.log10(step)));
            double lead = Math.round(step / magnitude);
            step = lead == 1 ? 2 * magnitude : lead == 2 ? 5 * magnitude : 10 * magnitude;
        }
        return new Scale(Math.ceil(top / step) * step, step);
    }

    /** A value axis from 0 to {@code max}, a tick every {@code step}. */
    public record Scale(double max, double step) {
        /** A tick's label, short: "750", "4,500", "12k", "1.5M". */
        public static String tick(double value) {
            double v = Math.abs(value);
            if (v >= 1_000_000) {
                return trim(value / 1_000_000) + "M";
            }
            if (v >= 10_000) {
                return trim(value / 1_000) + "k";
            }
            return String.format(Locale.ENGLISH, "%,d", Math.round(value));
        }

        private static String trim(double v) {
            String s = String.format(Locale.ENGLISH, "%.1f", v);
            return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        }
    }
}
