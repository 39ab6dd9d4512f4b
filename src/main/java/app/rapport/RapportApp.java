package app.rapport;

import app.rapport.channel.ChannelPlace;
import app.rapport.cli.Cli;
import app.rapport.service.DamagedBookException;
import app.rapport.service.DataFolder;
import app.rapport.service.OpenBook;
import app.rapport.store.BookLockedException;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.FxDialogs;
import app.rapport.ui.FxTaskRunner;
import app.rapport.ui.Theme;
import java.awt.GraphicsEnvironment;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app, and where everything is built. {@link #init()} opens the book off the FX thread
 * ({@link BookSession}) and starts listening for later starts ({@link LaterStarts});
 * {@link #start(Stage)} puts a damaged book right ({@link DamagedBook}) or refuses to start saying
 * why, then shows the window ({@link AppWindow}) and starts the backups and the planning ahead.
 *
 * <p>Threads: the fields set in {@code init()} (on the launcher's thread) are read in
 * {@code start()} and after, on the FX thread; JavaFX starts {@code start()} after {@code init()}
 * returned, through its own hand-over between the two threads, so they are seen as set. The rest
 * is the FX thread's alone.
 */
public final class RapportApp extends Application {
    /** Who holds the book's lock while the app runs (said to a command that finds it taken). */
    static final String OWNER = "the Rapport app";
    /** How long a start that finds the book's lock taken waits for the app that took it to listen. */
    static final Duration WAIT_FOR_STARTING_APP = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(RapportApp.class);

    private final Clock clock = Clock.systemDefaultZone();
    private final FxTaskRunner runner = new FxTaskRunner();
    private Path dataFolder;
    private boolean background;
    private BookSession session;
    /** Null when the book could not be opened (then nothing listens). */
    private LaterStarts laterStarts;
    /** Why the app cannot go on; null while it can. */
    private String startupError;
    /** The book failed its check; null while it is sound. */
    private DamagedBook damaged;
    /** Read in init, for the first window only. */
    private Optional<Boolean> ownBookEmpty = Optional.empty();
    /** Another Rapport, still starting when this one looked, took this start over: this one exits. */
    private boolean handedOver;
    private Stage stage;
    private AppWindow window;
    /** A later start asked for the window before this one showed it. */
    private boolean showWhenStarted;

    @Override
    public void init() {
        // The FX thread is idle while this runs: it reads the theme now. Done later, the first control
        // class would read JavaFX's own Modena first, for nothing (~50 ms at each start).
        Platform.runLater(Theme::useBaseTheme);
        readArguments(getParameters().getRaw().toArray(String[]::new));
        session = new BookSession(dataFolder, clock);
        try {
            OpenBook own = session.openOwn();
            LOG.info("Opened the book {}", own.bookFile());
            laterStarts = laterStarts();
            laterStarts.listen(); // now, not once the window is up: a start meanwhile finds this one
            own.whenDamaged(this::damagedWhileOpen);
            // Off the FX thread: whether to open on Welcome or Today, and (briefly, never for planning)
            // the agenda saved for today, so that the window opens with Today filled in.
            ownBookEmpty = Optional.of(own.isEmpty());
            Theme.icon(); // read now, off the FX thread
            if (!ownBookEmpty.get()) {
                own.agendaPrefetch().awaitSaved(Duration.ofSeconds(1));
            }
        } catch (BookLockedException e) {
            handedOver = SecondStart.handedOver(dataFolder, background, WAIT_FOR_STARTING_APP);
            startupError = ErrorMessages.plain(e);
        } catch (DamagedBookException e) {
            damaged = DamagedBook.found(e, dataFolder); // the backups looked through here, off the FX thread
            laterStarts = laterStarts(); // the channel's place found here too: it listens once the book is restored
        } catch (RuntimeException e) {
            startupError = ErrorMessages.plain(e);
        }
    }

    private void readArguments(String[] args) {
        Optional<AppStart> plain = AppStart.of(args);
        if (plain.isPresent()) {
            dataFolder = plain.get().dataFolder();
            background = plain.get().background();
        } else {
            Cli.Parsed options = new Cli(new PrintStream(PrintStream.nullOutputStream()), System.err, clock)
                    .parse(args);
            dataFolder = options.dataFolder();
            background = options.background();
        }
    }

    private LaterStarts laterStarts() {
        return new LaterStarts(ChannelPlace.forThisUser(), dataFolder, this::bringForward, session::own, clock,
                this::changedByCommand);
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        if (handedOver) {
            Platform.exit();
            System.exit(0);
            return;
        }
        if (damaged != null && !restoreBeforeTheWindow()) {
            refuseToStart();
            return;
        }
        if (startupError != null) {
            refuseToStart();
            return;
        }
        window = new AppWindow(stage, session, runner, clock, this::cannotGoOn);
        window.open(background && !showWhenStarted, ownBookEmpty);
        laterStarts.listen(); // when the book was just restored from a backup
        window.startCheckOnceDrawn(session.own());
        session.startTimer();
        DataFolder.networkWarning(dataFolder)
                .ifPresent(w -> window.dialogs().inform("Your book is on a network drive", w));
    }

    /** The book failed its check as the app started: puts its newest sound backup back, if the owner says so. */
    private boolean restoreBeforeTheWindow() {
        Theme.useBaseTheme(); // the question comes before the window, which sets the look otherwise
        Optional<Path> backup = damaged.askToRestore(new FxDialogs(null));
        if (backup.isEmpty()) {
            startupError = damaged.refusal();
            return false;
        }
        try {
            session.restoreFromBackup(backup.get()); // no window yet: nothing to keep responsive
            damaged = null;
            return true;
        } catch (RuntimeException e) {
            startupError = "The backup could not be restored: " + ErrorMessages.plain(e);
            return false;
        }
    }

    /**
     * The check that runs while the app starts found the book damaged (on the check's thread):
     * nothing was written to it (changes wait for the check); offer the newest sound backup as at a start.
     */
    private void damagedWhileOpen(DamagedBookException e) {
        DamagedBook found = DamagedBook.found(e, dataFolder);
        Platform.runLater(() -> {
            damaged = found;
            session.damaged(found);
            if (window == null) {
                return; // start() has not shown the window yet: it will see the damage and put it right
            }
            Optional<Path> backup = found.askToRestore(new FxDialogs(stage.isShowing() ? stage : null));
            if (backup.isEmpty()) {
                cannotGoOn(found.refusal());
                return;
            }
            runner.run(() -> {
                session.restoreFromBackup(backup.get());
                return true;
            }, restored -> {
                damaged = null;
                window.reattach();
            }, failure -> cannotGoOn("The backup could not be restored: " + ErrorMessages.plain(failure)));
        });
    }

    /** A later start asked for the window: brought forward, or shown when this start gets to it. */
    private void bringForward() {
        if (window != null) {
            window.bringForward();
        } else {
            showWhenStarted = true;
        }
    }

    /** A command changed the own book through the app (on the channel's thread). */
    private void changedByCommand(String message) {
        Platform.runLater(() -> {
            if (window != null) {
                window.changedByCommand(message);
            }
        });
    }

    private void cannotGoOn(String why) {
        startupError = why;
        refuseToStart();
    }

    /**
     * Another Rapport has the book, or it cannot be read: says so on the standard error and, where
     * someone sits at a screen, in a window too (a headless JVM has no one to close it), and exits 1.
     */
    private void refuseToStart() {
        if (laterStarts != null) {
            laterStarts.close();
        }
        System.err.println("rapport: " + startupError);
        if (!GraphicsEnvironment.isHeadless()) {
            Theme.useBaseTheme();
            new FxDialogs(null).error("Rapport cannot open the book", startupError);
        }
        Platform.exit();
        System.exit(1);
    }

    @Override
    public void stop() {
        if (laterStarts != null) {
            laterStarts.close();
        }
        if (window != null) {
            window.close();
        }
        session.beforeClose();
        runner.close();
        session.close();
    }
}
