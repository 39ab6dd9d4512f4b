package app.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.OpenBook;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The app's logging, set up in code: INFO and above, in rapport.log in the data folder. */
class LogSetupTest {
    @TempDir
    Path dir;

    @Test
    void logsInfoAndAbove_toRapportLog_inTheFolder() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // as logback's own start gives it
        LogSetup.toFileIn(context, dir.toString());
        Logger log = context.getLogger("app.rapport.service.PlanningService");
        log.debug("not this");
        log.info("Prefetched {} follow-ups", 3);
        log.warn("and this");
        context.stop();

        List<String> lines = Files.readAllLines(dir.resolve("rapport.log"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[.+] "
                + "app\\.rapport\\.service\\.PlanningService - Prefetched 3 follow-ups");
        assertThat(lines.get(1)).contains("WARN  ").endsWith("- and this");
    }

    /**
     * Where rapport.log cannot be written (a read-only stick; here the log's name is taken by a
     * folder), a command's output is its own: logback's report of the failure is not printed on it.
     */
    @Test
    void aLogThatCannotBeWritten_leavesACommandsOutputClean() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        OpenBook.open(data, false, Clock.systemUTC(), "test").close();
        Files.createDirectories(data.resolve("rapport.log"));
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")) // without the tests' logback-test.xml, as installed
                .collect(Collectors.joining(File.pathSeparator));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, Main.class.getName(), "stats", "--data", data.toString())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(out).isEqualTo("{\"clients\": 0, \"activeClients\": 0, \"interactions\": 0, \"openFollowUps\": 0}"
                + System.lineSeparator());
        assertThat(err).isEmpty();
    }

    @Test
    void theServiceFile_namesIt() throws Exception {
        String configurators = "/META-INF/services/ch.qos.logback.classic.spi.Configurator";
        try (var in = LogSetup.class.getResourceAsStream(configurators)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
                    .isEqualTo(LogSetup.class.getName());
        }
    }
}
