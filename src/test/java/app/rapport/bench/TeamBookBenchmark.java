package app.rapport.bench;

import app.rapport.model.Insight;
import app.rapport.service.InsightService;
import app.rapport.service.PlanningService;
import app.rapport.service.demo.DemoService;
import app.rapport.store.BookStore;
import app.rapport.store.PostgresBookStore;
import app.rapport.store.SqliteBookStore;
import app.rapport.testutil.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The same sample book on SQLite and on a team book (PostgreSQL: {@code RAPPORT_TEST_PG}, else a
 * throw-away server, see {@link TestPostgres}), and how long each takes to fill, to plan the day
 * (cold, then the median of 9 after 5 more: issue 20 asks a team book to plan within twice the
 * SQLite book's time) and to count Insight's figures. Agendas are planned afresh each time (none
 * saved ahead). Not a test: timings are printed as JSON, never asserted.
 *
 * <p>Arguments: {@code [clients (default 50000)] [folder of the SQLite book (default target/bench-team)]}.
 */
public final class TeamBookBenchmark {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final int WARM_UP = 5;
    static final int RUNS = 9;

    private TeamBookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path folder = Path.of(args.length > 1 ? args[1] : "target/bench-team").toAbsolutePath();
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve(SqliteBookStore.BOOK_FILE));
        Clock clock = Clock.fixed(AS_OF.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("clients", clients);
        try (BookStore local = SqliteBookStore.open(folder)) {
            figures.put("sqlite", measure(local, clients, clock));
        }
        String database = TestPostgres.newDatabase();
        try (BookStore team = PostgresBookStore.open(TestPostgres.server().jdbcUrl(database), new Properties())) {
            figures.put("postgres", measure(team, clients, clock));
        }
        System.out.println(figures);
    }

    private static Map<String, Object> measure(BookStore store, int clients, Clock clock) {
        Map<String, Object> figures = new LinkedHashMap<>();
        long start = System.nanoTime();
        var demo = new DemoService(store, clock.getZone()).fill(clients, 1, AS_OF);
        figures.put("interactions", demo.interactions());
        figures.put("fillSeconds", round((System.nanoTime() - start) / 1e9));
        PlanningService planning = new PlanningService(store, clock);
        timed(figures, "plan", () -> planning.agenda(AS_OF).followUps().size());
        InsightService insight = new InsightService(store, clock);
        timed(figures, "insight", () -> insight.figures(AS_OF, Insight.DEFAULT_MONTHS).health().total());
        return figures;
    }

    private static void timed(Map<String, Object> figures, String name, Supplier<Integer> work) {
        long start = System.nanoTime();
        figures.put(name + "Size", work.get());
        figures.put(name + "ColdMs", round((System.nanoTime() - start) / 1e6));
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            start = System.nanoTime();
            work.get();
            warm.add((System.nanoTime() - start) / 1e6);
        }
        figures.put(name + "WarmMedianMs", round(warm.stream().sorted().collect(Collectors.toList()).get(RUNS / 2)));
    }

    private static double round(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.1f", value));
    }
}
