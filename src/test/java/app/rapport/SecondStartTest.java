package app.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.channel.ChannelPlace;
import app.rapport.channel.ChannelServer;
import app.rapport.channel.Show;
import app.rapport.service.OpenBook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Rapport started again while it runs on the same book hands over to the running app: a real
 * second Rapport (a child JVM, as the menu or a launcher starts it) exits 0, and the running app's
 * window comes forward.
 */
class SecondStartTest {
    @TempDir
    Path dir;

    private final AtomicReference<ChannelServer> server = new AtomicReference<>();

    @AfterEach
    void closeServer() {
        if (server.get() != null) {
            server.get().close();
        }
    }

    /** A real Rapport in a child JVM, headless as the tests are; its output goes to {@code output}. */
    static Process rapport(Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true", Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    /** Runs a second Rapport to its end; its exit status. */
    private int secondStart(String... args) throws Exception {
        Path output = Files.createTempFile(dir, "second-", ".txt");
        Process p = rapport(output, args);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("the second start ended").isTrue();
        if (p.exitValue() != 0) {
            System.out.println(Files.readString(output, StandardCharsets.UTF_8));
        }
        return p.exitValue();
    }

    @Test
    void aSecondStart_exits0_andTheRunningAppsWindowComesForward_unlessItStartsInTheBackground() throws Exception {
        Path folder = dir.resolve("book");
        Stage stage = FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(RapportApp.class, "--data", folder.toString());
        try {
            Path socket = ChannelPlace.forThisUser().orElseThrow().socketFor(folder);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(socket));
            FxToolkit.setupFixture(() -> stage.setIconified(true));
            assertThat(stage.isIconified()).isTrue();

            assertThat(secondStart("--data", folder.toString())).isZero();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.isShowing() && !stage.isIconified());

            // Kept running with its window closed (hidden, its icon in the tray).
            FxToolkit.setupFixture(() -> {
                Platform.setImplicitExit(false);
                stage.hide();
            });
            assertThat(secondStart("--background", "--data", folder.toString())).as("the log-in entry's start")
                    .isZero();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stage.isShowing()).as("a start in the background shows nothing").isFalse();

            assertThat(secondStart("--data=" + folder)).isZero();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.isShowing() && !stage.isIconified());
        } finally {
            FxToolkit.cleanupApplication(app);
        }
        assertThat(ChannelPlace.forThisUser().orElseThrow().socketFor(folder)).as("taken away when the app quits")
                .doesNotExist();
    }

    @Test
    void aStart_whileACommandHoldsTheBook_saysTheBookIsOpen_asBefore() throws Exception {
        Path folder = dir.resolve("book");
        try (OpenBook held = OpenBook.open(folder, false, Clock.systemDefaultZone(), "rapport import")) {
            Path output = dir.resolve("refused.txt");
            Process p = rapport(output, "--data", folder.toString());
            assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();

            assertThat(p.exitValue()).isEqualTo(1);
            assertThat(Files.readString(output, StandardCharsets.UTF_8)).contains("is open in rapport import");
        }
    }

    @Test
    void handedOver_isQuick_whenNoAppListens() {
        long start = System.nanoTime();

        assertThat(SecondStart.handedOver(dir.resolve("book"), false, Duration.ZERO)).isFalse();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void handedOver_waitsForAnAppStillStarting() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("book"));
        AtomicInteger shown = new AtomicInteger();
        ChannelPlace place = ChannelPlace.forThisUser().orElseThrow();
        // The app takes the book's lock a second or so before it listens.
        CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS).execute(() -> server.set(
                ChannelServer.start(place, folder, List.of(new Show(Runnable::run, shown::incrementAndGet)))));

        assertThat(SecondStart.handedOver(folder, false, Duration.ofSeconds(20))).isTrue();
        assertThat(shown).hasValue(1);
    }

    @Test
    void handedOver_isRefused_byAnAppThatCannotShow_withoutWaitingLonger() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("book"));
        server.set(ChannelServer.start(ChannelPlace.forThisUser().orElseThrow(), folder, List.of()));
        server.get().listening().get(10, TimeUnit.SECONDS);
        long start = System.nanoTime();

        assertThat(SecondStart.handedOver(folder, false, Duration.ofSeconds(30))).isFalse();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
