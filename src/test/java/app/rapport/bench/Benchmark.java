package app.rapport.bench;

import app.rapport.model.Agenda;
import app.rapport.model.ClientQuery;
import app.rapport.model.Insight;
import app.rapport.service.OpenBook;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds a demo book and prints the figures issue 3 asks for, as JSON: demo fill time, planning
 * (cold: the first in the JVM; warm: the median of 15 after 10 more), search, Insight's figures
 * (issue 17: cold, and the median of 7 after 5 more), the CLI's {@code stats}, {@code today --json}
 * and {@code insight --json} wall times (JVM start included, when {@code target/rapport.jar}
 * exists), and the peak heap of this JVM (run it with {@code -Xmx512m}). Not a test: timings are reported, never
 * asserted. See README, "Benchmarks".
 *
 * <p>Arguments: {@code [clients (default 50000)] [folder (default target/bench-book)]}.
 */
public final class Benchmark {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final int WARM_UP_PLANS = 10;
    static final int WARM_UP_INSIGHTS = 5;

    public static void main(String[] args) throws Exception {
        HeapWatch heap = HeapWatch.start();
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path folder = Path.of(args.length > 1 ? args[1] : "target/bench-book").toAbsolutePath();
        deleteBook(folder);
        Files.createDirectories(folder);
        Clock clock = Clock.fixed(AS_OF.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("clients", clients);
        try (OpenBook book = OpenBook.open(folder, false, clock, "the benchmark")) {
            long start = System.nanoTime();
            var demo = book.demo().fill(clients, 1, AS_OF);
            figures.put("interactions", demo.interactions());
            figures.put("demoFillSeconds", round((System.nanoTime() - start) / 1e9));
            figures.put("bookFileMegabytes", round(Files.size(book.bookFile()) / 1e6));

            start = System.nanoTime();
            Agenda first = book.planning().agenda(AS_OF);
            figures.put("planColdMs", round((System.nanoTime() - start) / 1e6));
            figures.put("agendaFollowUps", first.followUps().size());
            // Warm: once the JIT compiler has compiled planning's code (it takes a few plans), as in an app that has
            // run a while.
            for (int i = 0; i < WARM_UP_PLANS; i++) {
                book.planning().agenda(AS_OF);
            }
            figures.put("warmUpPlans", WARM_UP_PLANS);
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                start = System.nanoTime();
                book.planning().agenda(AS_OF);
                warm.add((System.nanoTime() - start) / 1e6);
            }
            figures.put("planWarmMedianMs", round(median(warm)));
            figures.put("planWarmMinMs", round(warm.stream().mapToDouble(d -> d).min().orElse(0)));
            figures.put("planWarmMaxMs", round(warm.stream().mapToDouble(d -> d).max().orElse(0)));

            start = System.nanoTime();
            book.planning().overview();
            figures.put("overviewMs", round((System.nanoTime() - start) / 1e6));

            insight(book, figures);

            for (String text : List.of("ana", "wedding", "555 01", "zz-nothing")) {
                List<Double> times = new ArrayList<>();
                int found = 0;
                for (int i = 0; i < 5; i++) {
                    start = System.nanoTime();
                    found = book.clients().search(new ClientQuery(text, null, null, false)).size();
                    times.add((System.nanoTime() - start) / 1e6);
                }
                figures.put("search[" + text + "]Ms", round(median(times)));
                figures.put("search[" + text + "]Rows", found);
            }
            start = System.nanoTime();
            int all = book.clients().search(ClientQuery.ALL_ACTIVE).size();
            figures.put("searchAllMs", round((System.nanoTime() - start) / 1e6));
            figures.put("searchAllRows", all);
        }
        figures.put("peakHeapMegabytes", round(heap.peak() / 1e6));
        figures.put("maxHeapMegabytes", round(Runtime.getRuntime().maxMemory() / 1e6));
        Path jar = Path.of("target/rapport.jar");
        if (Files.exists(jar)) {
            figures.put("cliStatsSeconds", round(median(cli(jar, folder, "stats"))));
            figures.put("cliTodayJsonSeconds", round(median(cli(jar, folder, "today", "--json", "--as-of",
                    AS_OF.toString()))));
            figures.put("cliTodayOverStats", round((Double) figures.get("cliTodayJsonSeconds")
                    / (Double) figures.get("cliStatsSeconds")));
            figures.put("cliInsightJsonSeconds", round(median(cli(jar, folder, "insight", "--json", "--as-of",
                    AS_OF.toString()))));
            figures.put("cliInsightOverToday", round((Double) figures.get("cliInsightJsonSeconds")
                    / (Double) figures.get("cliTodayJsonSeconds")));
        }
        System.out.println(toJson(figures));
    }

    /** Insight's figures for the default 12 months: the first in the JVM, then warm (as the screen opens again). */
    private static void insight(OpenBook book, Map<String, Object> figures) {
        long start = System.nanoTime();
        Insight first = book.insight().figures(AS_OF, Insight.DEFAULT_MONTHS);
        figures.put("insightColdMs", round((System.nanoTime() - start) / 1e6));
        figures.put("insightActiveClients", first.health().total());
        for (int i = 0; i < WARM_UP_INSIGHTS; i++) {
            book.insight().figures(AS_OF, Insight.DEFAULT_MONTHS);
        }
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            start = System.nanoTime();
            book.insight().figures(AS_OF, Insight.DEFAULT_MONTHS);
            warm.add((System.nanoTime() - start) / 1e6);
        }
        figures.put("insightWarmMedianMs", round(median(warm)));
        figures.put("insightWarmMinMs", round(warm.stream().mapToDouble(d -> d).min().orElse(0)));
        figures.put("insightWarmMaxMs", round(warm.stream().mapToDouble(d -> d).max().orElse(0)));
    }

    private static List<Double> cli(Path jar, Path folder, String... command) throws IOException, InterruptedException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(),
                    "-jar", jar.toString()));
            line.addAll(1, jvmOptions());
            line.addAll(Arrays.asList(command));
            line.addAll(List.of("--data", folder.toString()));
            long start = System.nanoTime();
            Process p = new ProcessBuilder(line).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed");
            }
            times.add((System.nanoTime() - start) / 1e9);
        }
        return times;
    }

    /** This JVM's heap limit and compiler options (the installed app's), for the command-line runs too. */
    private static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx") || a.startsWith("-XX:Tier")).toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String toJson(Map<String, Object> figures) {
        return figures.entrySet().stream()
                .map(e -> "  \"" + e.getKey() + "\": " + (e.getValue() instanceof Double d
                        ? String.format(Locale.ROOT, "%.2f", d) : e.getValue()))
                .collect(Collectors.joining(",\n", "{\n", "\n}"));
    }

    private static void deleteBook(Path folder) throws IOException {
        for (String name : List.of("rapport.db", "rapport.db-wal", "rapport.db-shm")) {
            Files.deleteIfExists(folder.resolve(name));
        }
    }

    private Benchmark() {
    }
}
