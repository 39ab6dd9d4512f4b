package app.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.BackupFolder;
import app.rapport.service.OpenBook;
import app.rapport.store.BookCopies;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The book survives a crash: a real Rapport (a child JVM running the command line) is killed
 * with SIGKILL at random moments while it imports 10,000 clients, and while it writes a backup.
 * After each kill the book passes SQLite's integrity check and holds none or all of the import;
 * no damaged file ever carries a backup's final name. Runs: -Drapport.crash.runs (default 20).
 */
class CrashSafetyTest {
    static final int CLIENTS = 10_000;
    static final int RUNS = Integer.getInteger("rapport.crash.runs", 20);
    static final long SEED = Long.getLong("rapport.crash.seed", System.nanoTime());

    @TempDir
    Path dir;

    static Process rapport(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx512m", Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Runs to the end; how long it took, in ms. */
    static long timed(String... args) throws Exception {
        long start = System.nanoTime();
        Process p = rapport(args);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", args)).isZero();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Starts the command and kills it (SIGKILL) after {@code afterMs}, unless it ended first. */
    static boolean killAfter(long afterMs, String... args) throws Exception {
        Process p = rapport(args);
        boolean ended = p.waitFor(afterMs, TimeUnit.MILLISECONDS);
        if (!ended) {
            p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return !ended;
    }

    static Path bookJson(Path file) throws IOException {
        StringBuilder json = new StringBuilder("{\"format\": \"rapport-book\", \"version\": 1, \"clients\": [\n");
        for (int i = 1; i <= CLIENTS; i++) {
            json.append(i > 1 ? ",\n" : "").append("{\"id\": \"k-").append(i).append("\", \"firstName\": \"Zoë ")
                    .append(i).append("\", \"lastName\": \"Łukasiewicz\", \"company\": \"Müller & Söhne\", "
                            + "\"notes\": \"")
                    .append("A loyal client since the first day. ".repeat(3)).append("\"}");
        }
        json.append("]}\n");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    static long clients(Path data) {
        try (OpenBook book = OpenBook.open(data, false, Clock.systemDefaultZone(), "crash test")) {
            assertThat(book.fileBackups().orElseThrow().check()).as("integrity_check").isEmpty();
            return book.stats().clients();
        }
    }

    @Test
    void importKilledAtRandomMoments_leavesNoneOrAll() throws Exception {
        Path json = bookJson(dir.resolve("clients.json"));
        Path reference = dir.resolve("reference");
        long full = timed("import", json.toString(), "--data", reference.toString());
        assertThat(clients(reference)).isEqualTo(CLIENTS);
        Random random = new Random(SEED);
        int killed = 0;
        List<Long> outcomes = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Path data = dir.resolve("run-" + run);
            // From JVM start-up to its end: most kills land while the import writes.
            long at = (long) (full * (0.25 + 0.75 * random.nextDouble()));
            if (killAfter(at, "import", json.toString(), "--data", data.toString())) {
                killed++;
            }
            long n = clients(data);
            outcomes.add(n);
            assertThat(n).as("run %d killed after %d ms (seed %d)", run, at, SEED).isIn(0L, (long) CLIENTS);
        }
        System.out.printf("CrashSafetyTest import: %d runs, %d killed mid-way, full import %d ms, clients after: %s%n",
                RUNS, killed, full, outcomes);
        assertThat(killed).as("enough runs must really be killed for the test to mean something (seed %d)", SEED)
                .isGreaterThanOrEqualTo(RUNS / 4);
    }

    @Test
    void backupKilledAtRandomMoments_neverLeavesADamagedBackupUnderAFinalName() throws Exception {
        Path data = dir.resolve("book");
        timed("demo", "--clients", "3000", "--data", data.toString());
        long full = timed("backup", "--data", data.toString());
        Random random = new Random(SEED + 1);
        int killed = 0;
        for (int run = 0; run < RUNS; run++) {
            long at = (long) (full * (0.25 + 0.75 * random.nextDouble()));
            if (killAfter(at, "backup", "--data", data.toString())) {
                killed++;
            }
            for (BackupFolder.Backup b : BackupFolder.list(data)) {
                assertThat(BookCopies.verify(b.file())).as("%s after run %d (seed %d)", b.file(), run, SEED)
                        .containsKey("clients");
            }
        }
        try (Stream<Path> files = Files.list(BackupFolder.of(data))) {
            System.out.printf("CrashSafetyTest backup: %d runs, %d killed mid-way, full backup run %d ms, files: %s%n",
                    RUNS, killed, full, files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertThat(clients(data)).isEqualTo(3000);
        try (Stream<Path> files = Files.list(BackupFolder.of(data))) {
            assertThat(files.filter(f -> !f.getFileName().toString().contains(".partial")))
                    .allMatch(f -> BackupFolder.list(data).stream().anyMatch(b -> b.file().equals(f)));
        }
        assertThat(killed).as("enough runs must really be killed for the test to mean something (seed %d)", SEED)
                .isGreaterThanOrEqualTo(RUNS / 4);
    }

    static {
        assertThat(new File(System.getProperty("java.home"))).exists();
    }
}
