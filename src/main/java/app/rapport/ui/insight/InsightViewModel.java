package app.rapport.ui.insight;

import app.rapport.model.ClientsBehind;
import app.rapport.model.Insight;
import app.rapport.model.InsightChart;
import app.rapport.model.InsightFilter;
import app.rapport.model.InsightTile;
import app.rapport.service.InsightCharts;
import app.rapport.service.InsightSentences;
import app.rapport.service.InsightService;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The Insight screen's state: the window of months the owner chose, the figures of that window
 * with their tiles and charts (computed in the background, the newest asked for shown), what is
 * loading, and the way from a number to the clients behind it.
 */
public final class InsightViewModel {
    /** The windows the screen offers, in months. */
    public static final List<Integer> WINDOWS = List.of(3, 6, 12, 24);

    /** The figures on show, with the tiles and charts made of them and how long they took to compute. */
    public record Shown(Insight insight, List<InsightTile> tiles, List<InsightChart> charts, long computeMillis) {
    }

    private final InsightService service;
    private final TaskRunner runner;
    private final IntegerProperty months = new SimpleIntegerProperty(Insight.DEFAULT_MONTHS);
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
    private long generation;
    private long askedAt;

    public InsightViewModel(InsightService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
        months.addListener((o, was, now) -> load());
    }

    /**
     * Computes the figures of the chosen window, to today, in the background; what is on show
     * stays until they come (the screen says they are being brought up to date).
     */
    public void load() {
        int window = months.get();
        long asked = ++generation;
        askedAt = System.nanoTime();
        loading.set(true);
        status.set(shown.get() == null ? "Loading the figures of the last " + window + " months…"
                : "Bringing the figures up to date…");
        runner.run(() -> {
            long start = System.nanoTime();
            Insight insight = service.current(service.today(), window);
            return new Shown(insight, InsightCharts.tiles(insight), InsightCharts.charts(insight),
                    (System.nanoTime() - start) / 1_000_000);
        }, result -> {
            if (asked == generation) {
                loading.set(false);
                status.set("");
                subtitle.set(subtitle(result.insight()));
                shown.set(result);
            }
        }, e -> {
            if (asked == generation) {
                loading.set(false);
                status.set("The figures could not be read: " + ErrorMessages.plain(e));
            }
        });
    }

    /** "12 months to 23 Nov 2026". */
    static String subtitle(Insight insight) {
        int n = insight.months().size();
        return (n == 1 ? "1 month" : n + " months") + " to " + InsightSentences.date(insight.asOf());
    }

    /**
     * Finds the clients behind a number of the figures on show, in the background, and hands them
     * to {@code then}; the status says what is happening meanwhile and if it fails.
     */
    public void open(InsightFilter filter, Consumer<ClientsBehind> then) {
        Shown now = shown.get();
        if (now == null || filter == null) {
            return;
        }
        status.set("Finding the clients…");
        runner.run(() -> service.clientsBehind(now.insight().asOf(), now.insight().months().size(), filter), found -> {
            status.set("");
            then.accept(found);
        }, e -> status.set("The clients could not be found: " + ErrorMessages.plain(e)));
    }

    /** Milliseconds since the figures on show were asked for (the screen logs it once they are drawn). */
    long sinceAsked() {
        return (System.nanoTime() - askedAt) / 1_000_000;
    }

    public IntegerProperty monthsProperty() {
        return months;
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The figures on show, or null before the first have come. */
    public Insight insight() {
        return shown.get() == null ? null : shown.get().insight();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What is under way or went wrong, in words; empty when the figures on show are the latest. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The window and the date the figures on show are counted to: "12 months to 23 Nov 2026". */
    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }
}
