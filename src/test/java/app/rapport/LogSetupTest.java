package app.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's logging, set up in code: INFO and above, in rapport.log in the data folder. */
class LogSetupTest {
    @TempDir
    Path dir;

    @Test
    void logsInfoAndAbove_toRapportLog_inTheFolder() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as logback's own start gives it
        LogSetup.toFileIn(context, dir.toString());
        org.slf4j.Logger log = context.getLogger("app.rapport.service.PlanningService");
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

    @Test
    void theServiceFile_namesIt() throws Exception {
        try (var in = LogSetup.class.getResourceAsStream("/META-INF/services/ch.qos.logback.classic.spi.Configurator")) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip())
                    .isEqualTo(LogSetup.class.getName());
        }
    }
}
