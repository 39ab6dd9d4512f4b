package app.rapport;

import app.rapport.cli.Cli;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.application.Application;

/**
 * The launcher. With a command ({@code stats}, {@code export}...) it runs the command line;
 * without one it opens the desktop app. It does not extend {@code Application}, so the app runs
 * from the class path of a plain jar.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Optional<AppStart> app = AppStart.of(args);
        if (app.isPresent()) {
            System.setProperty("rapport.log.dir", app.get().dataFolder().toString());
            EarlyBook.open(app.get().dataFolder(), Clock.systemDefaultZone());
            handOverIfRunning(app.get().dataFolder(), app.get().background());
            Application.launch(RapportApp.class, args);
            return;
        }
        Cli cli = new Cli(System.out, System.err, Clock.systemDefaultZone());
        Cli.Parsed parsed = cli.parse(args);
        System.setProperty("rapport.log.dir", parsed.dataFolder().toString());
        if (parsed.isCommand()) {
            System.exit(cli.execute(args));
        }
        if (parsed.exitCode().isPresent()) {
            System.exit(parsed.exitCode().getAsInt());
        }
        EarlyBook.open(parsed.dataFolder(), Clock.systemDefaultZone());
        handOverIfRunning(parsed.dataFolder(), parsed.background());
        Application.launch(RapportApp.class, args);
    }

    /**
     * Rapport already runs on this book: it takes this start over ({@link SecondStart}) and this one
     * exits 0 before the window toolkit starts. While the book opens early, on its own thread.
     */
    private static void handOverIfRunning(Path dataFolder, boolean background) {
        if (SecondStart.handedOver(dataFolder, background, Duration.ZERO)) {
            System.exit(0);
        }
    }
}
