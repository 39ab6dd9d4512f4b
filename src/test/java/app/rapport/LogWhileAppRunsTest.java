package app.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.channel.ChannelPlace;
import app.rapport.service.OpenBook;
import app.rapport.testutil.ClientBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A till's script runs {@code rapport log} while the owner works in Rapport: the real command (a
 * child JVM) hands the contact to the real app, exits 0 with the new id once the app wrote it,
 * and the app shows it at once: Today lists the thank-you, the status line says where it came from.
 */
class LogWhileAppRunsTest {
    @TempDir
    Path dir;

    @Test
    void log_whileTheAppRuns_exits0WithTheId_andTheAppShowsTheContactAtOnce() throws Exception {
        Path folder = dir.resolve("book");
        try (OpenBook book = OpenBook.open(folder, false, Clock.systemDefaultZone(), "a test")) {
            book.clients().add(ClientBuilder.client("c-0001").name("Ana", "Ruiz").build());
        }
        Stage stage = FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(RapportApp.class, "--data", folder.toString());
        try {
            Path socket = ChannelPlace.forThisUser().orElseThrow().socketFor(folder);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(socket));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getScene() != null
                    && stage.getScene().lookup("#agendaTable") != null);
            assertThat(thanksShown(stage)).as("no purchase yet").isFalse();

            Path output = dir.resolve("log.txt");
            Process log = SecondStartTest.rapport(output, "log", "--client", "c-0001", "--kind", "PURCHASE",
                    "--amount", "45.00", "--summary", "Birthday cake", "--data", folder.toString());
            assertThat(log.waitFor(90, TimeUnit.SECONDS)).as("the command ended").isTrue();
            String printed = Files.readString(output, StandardCharsets.UTF_8);

            assertThat(log.exitValue()).as(printed).isZero();
            assertThat(printed.strip()).matches("i-\\d{6}");
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> thanksShown(stage));
            assertThat(onFx(() -> ((Label) stage.getScene().lookup("#statusLabel")).getText()))
                    .isEqualTo("Logged a purchase for Ana Ruiz from a script.");
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }

    /** Whether Today lists a thank-you for Ana's purchase. */
    private static boolean thanksShown(Stage stage) throws Exception {
        return onFx(() -> {
            TreeTableView<?> table = (TreeTableView<?>) stage.getScene().lookup("#agendaTable");
            for (int i = 0; table != null && i < table.getExpandedItemCount(); i++) {
                Object row = table.getTreeItem(i).getValue();
                if (row != null && row.toString().contains("clientName=Ana Ruiz,")
                        && row.toString().contains("rule=THANK_PURCHASE")) {
                    return true;
                }
            }
            return false;
        });
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        AtomicReference<T> value = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            try {
                value.set(read.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return value.get();
    }
}
