package app.rapport;

import app.rapport.channel.ChannelPlace;
import app.rapport.channel.ChannelServer;
import app.rapport.channel.Show;
import app.rapport.cli.Cli;
import app.rapport.service.BackupFolder;
import app.rapport.service.DataFolder;
import app.rapport.service.OpenBook;
import app.rapport.service.RestoreService;
import app.rapport.store.BookLockedException;
import app.rapport.ui.AppActions;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.FxDialogs;
import app.rapport.ui.Formats;
import app.rapport.ui.FxTaskRunner;
import app.rapport.ui.MainWindowController;
import app.rapport.ui.Theme;
import app.rapport.ui.Views;
import app.rapport.ui.WindowPlacement;
import app.rapport.ui.reminders.DesktopIntegration;
import app.rapport.ui.reminders.DesktopOptions;
import app.rapport.reminders.Autostart;
import app.rapport.reminders.LaunchCommand;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app. {@link #init()} opens the book off the FX thread and builds everything by
 * constructor; {@link #start(Stage)} shows the main window.
 */
public final class RapportApp extends Application implements AppActions {
    static final int SAMPLE_CLIENTS = 400;
    static final long SAMPLE_SEED = 20_26L;
    private static final Logger LOG = LoggerFactory.getLogger(RapportApp.class);
    static final String OWNER = "the Rapport app";
    /** How long a start that finds the book's lock taken waits for the app that took it to listen. */
    static final java.time.Duration WAIT_FOR_STARTING_APP = java.time.Duration.ofSeconds(5);

    private final Clock clock = Clock.systemDefaultZone();
    private final FxTaskRunner runner = new FxTaskRunner();
    private Path dataFolder;
    /** Set off the FX thread too (opened, restored), and read by the channel's threads. */
    private volatile OpenBook ownBook;
    private OpenBook sampleBook;
    private String startupError;
    private app.rapport.service.DamagedBookException damaged;
    private Optional<BackupFolder.Backup> newestBackup = Optional.empty();
    private final java.util.concurrent.ScheduledExecutorService backupTimer =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "rapport-backups");
                t.setDaemon(true);
                return t;
            });
    private boolean background;
    /** Read in init, for the first window only. */
    private Optional<Boolean> ownBookEmpty = Optional.empty();
    private Stage stage;
    private WindowPlacement placement;
    private MainWindowController window;
    /** The book the window shows (FX thread). */
    private OpenBook shownBook;
    private DesktopIntegration desktop;
    private Optional<ChannelPlace> channelPlace = Optional.empty();
    private ChannelServer channel;
    /** Another Rapport, still starting when this one looked, took this start over: this one exits. */
    private boolean handedOver;
    /** A later start asked for the window before this one showed it (FX thread). */
    private boolean showWhenStarted;

    @Override
    public void init() {
        // The FX thread is idle while this runs: it reads the theme now. Done later, the first control
        // class would read JavaFX's own Modena first, for nothing (~50 ms at each start).
        Platform.runLater(Theme::useBaseTheme);
        String[] args = getParameters().getRaw().toArray(String[]::new);
        Optional<AppStart> plain = AppStart.of(args);
        if (plain.isPresent()) {
            dataFolder = plain.get().dataFolder();
            background = plain.get().background();
        } else {
            Cli.Parsed options = new Cli(new PrintStream(PrintStream.nullOutputStream()), System.err, clock).parse(args);
            dataFolder = options.dataFolder();
            background = options.background();
        }
        try {
            Optional<OpenBook> early = EarlyBook.take(dataFolder);
            ownBook = early.orElseGet(() -> OpenBook.open(dataFolder, false, clock, OWNER, true));
            LOG.info("Opened the book {}", ownBook.bookFile());
            channelPlace = ChannelPlace.forThisUser();
            listenForLaterStarts(); // now, not once the window is up: a start meanwhile finds this one
            ownBook.whenDamaged(this::damagedWhileOpen);
            if (early.isEmpty()) {
                ownBook.agendaPrefetch().start();
            }
            // Off the FX thread: whether to open on Welcome or Today, and (briefly, never for planning)
            // the agenda saved for today, so that the window opens with Today filled in.
            ownBookEmpty = Optional.of(ownBook.isEmpty());
            Theme.icon(); // read now, off the FX thread
            if (!ownBookEmpty.get()) {
                ownBook.agendaPrefetch().awaitSaved(java.time.Duration.ofSeconds(1));
            }
        } catch (BookLockedException e) {
            handedOver = SecondStart.handedOver(dataFolder, background, WAIT_FOR_STARTING_APP);
            startupError = ErrorMessages.plain(e);
        } catch (app.rapport.service.DamagedBookException e) {
            LOG.error("The book is damaged", e);
            damaged = e;
            newestBackup = BackupFolder.newestSound(dataFolder); // checked here, off the FX thread
        } catch (RuntimeException e) {
            startupError = ErrorMessages.plain(e);
        }
        if (damaged != null) {
            channelPlace = ChannelPlace.forThisUser(); // here, off the FX thread: listens once restored
        }
    }

    /**
     * The check that runs while the app starts found the book damaged: nothing was written to it
     * (changes wait for the check); offer the newest sound backup as at a start.
     */
    private void damagedWhileOpen(app.rapport.service.DamagedBookException e) {
        LOG.error("The book is damaged", e);
        Optional<BackupFolder.Backup> newest = BackupFolder.newestSound(dataFolder);
        Platform.runLater(() -> {
            damaged = e;
            newestBackup = newest;
            if (stage == null || placement == null) {
                return; // start() has not shown the window yet: it will see damaged and recover
            }
            Optional<Path> backup = askToRestore();
            if (backup.isEmpty()) {
                refuseToStart();
                return;
            }
            runner.run(() -> {
                restoreAndOpen(backup.get());
                return true;
            }, restored -> reattach(), failure -> {
                startupError = "The backup could not be restored: " + ErrorMessages.plain(failure);
                refuseToStart();
            });
        });
    }

    /**
     * The book failed its check: offer the newest sound backup (the damaged file is kept aside),
     * or quit leaving everything as it is. Never goes on with an empty book.
     */
    private boolean recoverDamagedBook() {
        Optional<Path> backup = askToRestore();
        if (backup.isEmpty()) {
            return false;
        }
        try {
            restoreAndOpen(backup.get()); // no window yet: nothing to keep responsive
            return true;
        } catch (RuntimeException e) {
            startupError = "The backup could not be restored: " + ErrorMessages.plain(e);
            return false;
        }
    }

    /** Asks the owner to put back the newest sound backup; empty (with startupError set) when not. */
    private Optional<Path> askToRestore() {
        Theme.useBaseTheme();
        Optional<BackupFolder.Backup> newest = newestBackup;
        if (newest.isEmpty()) {
            startupError = damaged.getMessage() + " There is no sound backup in "
                    + BackupFolder.of(dataFolder) + " to put back.";
            return Optional.empty();
        }
        ButtonType restore = new ButtonType("Restore this backup", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType("Quit", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, damaged.getMessage() + "\n\nRapport can put back your newest"
                + " sound backup, from " + Formats.dateTime(newest.get().takenAt()) + ". The damaged book is kept"
                + " beside it as rapport.db.corrupt-<time>, in case it is needed.", restore, quit);
        alert.setTitle("Your book is damaged");
        alert.setHeaderText("Your book is damaged");
        if (stage != null && stage.isShowing()) {
            alert.initOwner(stage); // found while the window is up: over it, and the keyboard goes back to it
        }
        if (alert.showAndWait().orElse(quit) != restore) {
            startupError = damaged.getMessage();
            return Optional.empty();
        }
        return Optional.of(newest.get().file());
    }

    /** Closes the book (freeing its lock), puts the backup in its place and opens it again. */
    private void restoreAndOpen(Path backup) {
        if (ownBook != null) {
            ownBook.close();
            ownBook = null;
        }
        RestoreService.restore(dataFolder, backup, clock, OWNER);
        ownBook = OpenBook.open(dataFolder, false, clock, OWNER);
        damaged = null;
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        if (handedOver) {
            Platform.exit();
            System.exit(0);
            return;
        }
        if (damaged != null && !recoverDamagedBook()) {
            refuseToStart();
            return;
        }
        if (startupError != null) {
            refuseToStart();
            return;
        }
        stage.setTitle("Rapport");
        Theme.setIcons(stage);
        placement = new WindowPlacement(Preferences.userNodeForPackage(RapportApp.class).node("window"));
        stage.setScene(Theme.scene(mainWindow(ownBook)));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        placement.restore(stage);
        attachDesktop(background && !showWhenStarted);
        if (channel == null) {
            listenForLaterStarts(); // the book was restored from a backup just now
        }
        startCheckOnceDrawn(ownBook);
        FxDialogs dialogs = new FxDialogs(stage);
        backupTimer.scheduleWithFixedDelay(this::backupIfChanged, 30, 30, java.util.concurrent.TimeUnit.MINUTES);
        backupTimer.scheduleWithFixedDelay(this::planAhead, 30, 30, java.util.concurrent.TimeUnit.SECONDS);
        app.rapport.service.DataFolder.networkWarning(dataFolder)
                .ifPresent(w -> dialogs.inform("Your book is on a network drive", w));
    }

    /**
     * The book's check (SQLite's quick check, a second or so of one core on a big book) starts once
     * the window is first laid out: started with the book, it slowed the first screen by about a
     * fifth of a second on two cores. A change made before then starts it (and waits for it).
     */
    private void startCheckOnceDrawn(OpenBook book) {
        if (stage.isShowing()) {
            Views.afterLayoutWhen(stage.getScene(), () -> true, book::startCheck);
        } else {
            book.startCheck(); // started in the background: no window to wait for
        }
    }

    /**
     * A later start of the app on this book hands over to this one ({@link SecondStart}), and so do
     * {@code rapport log} and {@code import-sales} ({@link HandedOverWork}): listens from the moment
     * the book is open (a thread of its own).
     */
    private void listenForLaterStarts() {
        List<ChannelServer.Handler> handlers = new java.util.ArrayList<>();
        handlers.add(new Show(Platform::runLater, this::bringForward));
        handlers.addAll(new HandedOverWork(() -> ownBook, clock, this::changedByCommand).handlers());
        channelPlace.ifPresent(place -> channel = ChannelServer.start(place, dataFolder, handlers));
    }

    /** A command changed the own book through the app: shown at once, when the window shows that book. */
    private void changedByCommand(String message) {
        Platform.runLater(() -> {
            if (window != null && shownBook != null && shownBook == ownBook) {
                window.changedElsewhere(message);
            }
        });
    }

    /** A later start asked for the window (FX thread): brought forward, or shown when this start gets to it. */
    private void bringForward() {
        if (desktop != null) {
            desktop.bringForward();
        } else {
            showWhenStarted = true;
        }
    }

    /** A verified backup when the book changed since the last one (the 30-minute timer, and closing). */
    private void backupIfChanged() {
        try {
            ownBook.backups().backupIfChanged().ifPresent(p -> LOG.info("Backed up the book to {}", p));
        } catch (RuntimeException e) {
            LOG.error("The automatic backup failed", e);
        }
    }

    /**
     * Keeps the next days' agendas saved, so that the next start shows Today at once, and Insight's
     * figures current, so that it opens at once (every half minute).
     */
    private void planAhead() {
        OpenBook book = ownBook;
        try {
            if (book != null && damaged == null) {
                book.planAhead().tick();
            }
        } catch (RuntimeException e) {
            LOG.warn("The next days could not be planned ahead", e);
        }
        try {
            if (book != null && damaged == null) {
                book.insight().keepCurrent(app.rapport.model.Insight.DEFAULT_MONTHS);
            }
        } catch (RuntimeException e) {
            LOG.warn("Insight's figures could not be computed ahead", e);
        }
    }

    @Override
    public void restoreBook() {
        FxDialogs dialogs = new FxDialogs(stage);
        Optional<Path> chosen = dialogs.chooseFileToOpen("Restore the book", "A backup (.db) or a Rapport book (.json)",
                "db,json");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        boolean json = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        if (!dialogs.confirm("Restore the book", "Replace your whole book with " + file.getFileName() + "? Rapport"
                + " first takes a backup of the book as it is now, so this can be undone.", "Restore")) {
            return;
        }
        runner.run(() -> {
            Path before = ownBook.backups().backupNow();
            if (json) {
                ownBook.transfer().importBook(file, true);
                return before;
            }
            ownBook.close();
            ownBook = null; // until it opens again: a book that cannot be opened stops the app, saying why
            try {
                RestoreService.restore(dataFolder, file, clock, OWNER);
            } finally {
                ownBook = OpenBook.open(dataFolder, false, clock, OWNER);
            }
            return before;
        }, before -> {
            reattach();
            new FxDialogs(stage).inform("Book restored", "Your book now holds what " + file.getFileName()
                    + " held. The book as it was is kept as the backup " + before.getFileName() + ".");
        }, e -> {
            if (ownBook == null) {
                startupError = ErrorMessages.plain(e);
                refuseToStart();
                return;
            }
            reattach(); // the book may have been closed and opened again: show the open one
            dialogs.error("The book was not restored", ErrorMessages.plain(e));
        });
    }

    /** Shows the own book as it is now open, with the reminder and desktop choices bound to it. */
    private void reattach() {
        if (desktop != null) {
            desktop.close();
        }
        stage.getScene().setRoot(mainWindow(ownBook));
        attachDesktop(false);
    }

    /** The reminder, background running and start at login, bound to the own book. */
    private void attachDesktop(boolean startInBackground) {
        FxDialogs dialogs = new FxDialogs(stage);
        desktop = new DesktopIntegration(stage, ownBook.reminders(),
                Preferences.userNodeForPackage(RapportApp.class).node("desktop"), Autostart.forThisUser(),
                LaunchCommand.current(dataFolder), () -> window.showToday(), this::quit,
                message -> dialogs.inform("Rapport keeps running", message));
        desktop.start(startInBackground, () -> placement.remember(stage));
    }

    private javafx.scene.Parent mainWindow(OpenBook book) {
        Optional<Boolean> knownEmpty = book == ownBook ? ownBookEmpty : Optional.empty();
        ownBookEmpty = Optional.empty(); // the book changes after the first window
        window = new MainWindowController(book, runner, new FxDialogs(stage), clock, this, knownEmpty);
        shownBook = book;
        return window.load();
    }

    @Override
    public Optional<DesktopOptions> desktop() {
        return Optional.ofNullable(desktop);
    }

    /** Another Rapport has the book, or it cannot be read: say so (on screen when there is one) and exit 1. */
    private void refuseToStart() {
        stopListening();
        System.err.println("rapport: " + startupError);
        if (!"Headless".equalsIgnoreCase(System.getProperty("monocle.platform"))) {
            Theme.useBaseTheme();
            Alert alert = new Alert(Alert.AlertType.ERROR, startupError, ButtonType.CLOSE);
            alert.setTitle("Rapport cannot open the book");
            alert.setHeaderText("Rapport cannot open the book");
            alert.showAndWait();
        }
        Platform.exit();
        System.exit(1);
    }

    @Override
    public void openSampleBook() {
        if (sampleBook != null) {
            stage.getScene().setRoot(mainWindow(sampleBook));
            return;
        }
        runner.run(() -> {
            OpenBook sample = OpenBook.open(DataFolder.sampleFolder(dataFolder), true, clock, OWNER);
            try {
                if (sample.isEmpty()) {
                    sample.demo().fill(SAMPLE_CLIENTS, SAMPLE_SEED, LocalDate.now(clock));
                }
                return sample;
            } catch (RuntimeException e) {
                sample.close();
                throw e;
            }
        }, sample -> {
            sampleBook = sample;
            stage.getScene().setRoot(mainWindow(sample));
        }, e -> new FxDialogs(stage).error("The sample book could not be opened", ErrorMessages.plain(e)));
    }

    @Override
    public void openOwnBook() {
        stage.getScene().setRoot(mainWindow(ownBook));
    }

    @Override
    public void quit() {
        placement.remember(stage);
        if (desktop != null) {
            desktop.close();
        }
        stage.hide();
        Platform.exit();
    }

    /** Later starts no longer find this app: before the book's lock is let go. */
    private void stopListening() {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    @Override
    public void stop() {
        stopListening();
        if (desktop != null) {
            desktop.close();
        }
        backupTimer.shutdownNow();
        if (ownBook != null) {
            try {
                ownBook.planAhead().beforeClose();
            } catch (RuntimeException e) {
                LOG.warn("The next days could not be planned ahead", e);
            }
            backupIfChanged();
        }
        runner.close();
        if (sampleBook != null) {
            sampleBook.close();
        }
        if (ownBook != null) {
            ownBook.close();
        }
    }
}
