package app.rapport;

import app.rapport.reminders.Autostart;
import app.rapport.reminders.LaunchCommand;
import app.rapport.service.OpenBook;
import app.rapport.service.TeamBookAddress;
import app.rapport.service.ThisComputer;
import app.rapport.store.PasswordRefusedException;
import app.rapport.ui.AppActions;
import app.rapport.ui.Dialogs;
import app.rapport.ui.ErrorMessages;
import app.rapport.ui.FxDialogs;
import app.rapport.ui.MainWindowController;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.TeamBookRefresh;
import app.rapport.ui.Theme;
import app.rapport.ui.Views;
import app.rapport.ui.WindowPlacement;
import app.rapport.ui.reminders.DesktopIntegration;
import app.rapport.ui.reminders.DesktopOptions;
import app.rapport.ui.teambook.TeamBookDialog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's window and what hangs on it (FX thread only): the main window on the own book or the
 * sample book, the window's place on screen, the desktop integration (the reminder, running in the
 * background, starting at log-in) bound to the own book, and what only the application can do from
 * the menus: switch books, restore the book, quit.
 */
final class AppWindow implements AppActions {
    private static final Logger LOG = LoggerFactory.getLogger(AppWindow.class);
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 560;

    private final Stage stage;
    private final BookSession session;
    private final TaskRunner runner;
    private final Clock clock;
    private final Consumer<String> cannotGoOn;
    private final WindowPlacement placement;
    private MainWindowController window;
    /** The book the window shows: the own book, the sample book or a team book. */
    private OpenBook shown;
    private DesktopIntegration desktop;
    /** The book the daily reminder is about. */
    private OpenBook remindersOf;
    /** The team book's listener while the window shows one. */
    private AutoCloseable watching = () -> { };
    /** The team book opened last at this computer, read once off the FX thread; offered by the dialogs. */
    private Optional<TeamBookAddress> lastTeam = Optional.empty();

    /** @param cannotGoOn the own book could not be opened again: the app stops, saying why */
    AppWindow(Stage stage, BookSession session, TaskRunner runner, Clock clock, Consumer<String> cannotGoOn) {
        this.stage = stage;
        this.session = session;
        this.runner = runner;
        this.clock = clock;
        this.cannotGoOn = cannotGoOn;
        this.placement = new WindowPlacement(preferences("window"));
    }

    private static Preferences preferences(String node) {
        return Preferences.userNodeForPackage(RapportApp.class).node(node);
    }

    /**
     * Shows the own book in the window where it was last, or keeps the window hidden (or minimised)
     * when the app starts in the background; {@code ownBookEmpty}, when known, opens it on Welcome or Today.
     */
    void open(boolean inBackground, Optional<Boolean> ownBookEmpty) {
        stage.setTitle("Rapport");
        Theme.setIcons(stage);
        stage.setScene(Theme.scene(mainWindow(session.own(), ownBookEmpty)));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        placement.restore(stage);
        attachDesktop(inBackground);
        reopenTeamBook();
    }

    /**
     * When the team book was in use as the app last closed, it opens again (in the background, the own
     * book showing meanwhile); a password it now lacks is asked for in File ▸ Open a team book.
     */
    private void reopenTeamBook() {
        record Last(Optional<TeamBookAddress> address, boolean inUse) {
        }
        runner.run(() -> new Last(readLastTeamBook(), new ThisComputer(session.dataFolder()).teamBookInUse()),
                last -> {
                    lastTeam = last.address();
                    if (last.inUse()) {
                        last.address().ifPresent(this::reopen);
                    }
                }, e -> LOG.warn("Cannot read this computer's settings", e));
    }

    private void reopen(TeamBookAddress address) {
        runner.run(() -> session.openTeam(address, Optional.empty(), false), this::show, e -> {
            if (e instanceof PasswordRefusedException && stage.isShowing()) {
                openTeamBook();
            } else {
                window.changedElsewhere("The " + address.describe() + " could not be opened: "
                        + ErrorMessages.plain(e) + " File ▸ Open a team book… tries again.");
            }
        });
    }

    /** Questions and messages over the window. */
    Dialogs dialogs() {
        return new FxDialogs(stage);
    }

    /**
     * The book's check (SQLite's quick check, a second or so of one core on a big book) starts once
     * the window is first laid out: started with the book, it slowed the first screen by about a
     * fifth of a second on two cores. A change made before then starts it (and waits for it).
     */
    void startCheckOnceDrawn(OpenBook book) {
        if (stage.isShowing()) {
            Views.afterLayoutWhen(stage.getScene(), () -> true, book::startCheck);
        } else {
            book.startCheck(); // started in the background: no window to wait for
        }
    }

    /** A later start asked for the window: restored if minimised, shown if hidden. */
    void bringForward() {
        desktop.bringForward();
    }

    /** A command changed the own book through the app: shown at once, when the window shows that book. */
    void changedByCommand(String message) {
        if (window != null && shown != null && shown == session.own()) {
            window.changedElsewhere(message);
        }
    }

    /** Shows the own book as it is now open, with the reminder and desktop choices bound to it. */
    void reattach() {
        if (desktop != null) {
            desktop.close();
        }
        stage.getScene().setRoot(mainWindow(session.own(), Optional.empty()));
        attachDesktop(false);
    }

    /** The reminder, background running and start at login, bound to the own book. */
    private void attachDesktop(boolean startInBackground) {
        Dialogs dialogs = dialogs();
        OpenBook inUse = session.team().orElse(session.own());
        remindersOf = inUse;
        desktop = new DesktopIntegration(stage, inUse.reminders(), preferences("desktop"),
                Autostart.forThisUser(), LaunchCommand.current(session.dataFolder()), () -> window.showToday(),
                this::quit, message -> dialogs.inform("Rapport keeps running", message));
        desktop.start(startInBackground, () -> placement.remember(stage));
    }

    private Parent mainWindow(OpenBook book, Optional<Boolean> knownEmpty) {
        window = new MainWindowController(book, runner, dialogs(), clock, this, knownEmpty);
        shown = book;
        return window.load();
    }

    private void show(OpenBook book) {
        stopWatching();
        stage.getScene().setRoot(mainWindow(book, Optional.empty()));
        if (book.teamBook().isPresent()) {
            MainWindowController shownWindow = window;
            watching = book.watch(new TeamBookRefresh(shownWindow));
        }
        if (!book.isSample() && desktop != null && book != remindersOf) {
            // The daily reminder is about the book in use (this computer's, or the team book); the
            // window stays as it is: hidden when the app runs in the background, minimised or shown.
            desktop.close();
            attachDesktop(!stage.isShowing() || stage.isIconified());
        }
    }

    private void stopWatching() {
        try {
            watching.close();
        } catch (Exception e) {
            LOG.debug("Stopping the team book's listener", e);
        }
        watching = () -> { };
    }

    @Override
    public void openTeamBook() {
        TeamBookDialog dialog = new TeamBookDialog("Open a team book", "Open", "A team book is one book on a"
                + " PostgreSQL server that the shop's computers use together. Ask whoever set it up for these.",
                System.getProperty("user.name"), lastTeam);
        dialog.showAndWait(stage, runner, login -> session.openTeam(login.address(), login.password(),
                login.remember())).ifPresent(team -> {
                    lastTeam = team.teamBook();
                    show(team);
                });
    }

    @Override
    public void shareBook() {
        TeamBookDialog dialog = new TeamBookDialog("Share this book with a team", "Share", "Your whole book is"
                + " copied into an empty team book on a PostgreSQL server, all or nothing, and opened there. The book"
                + " on this computer stays as it is.", System.getProperty("user.name"), lastTeam);
        dialog.showAndWait(stage, runner, login -> session.share(login.address(), login.password(),
                login.remember())).ifPresent(team -> {
                    lastTeam = team.teamBook();
                    show(team);
                    window.changedElsewhere("Your book is now shared: this is the " + team.describe() + ".");
                });
    }

    /** The team book opened last at this computer (off the FX thread: it reads a file). */
    private Optional<TeamBookAddress> readLastTeamBook() {
        try {
            return new ThisComputer(session.dataFolder()).lastTeamBook()
                    .map(url -> TeamBookAddress.parse(url, System.getProperty("user.name")));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<DesktopOptions> desktop() {
        return Optional.ofNullable(desktop);
    }

    @Override
    public void openSampleBook() {
        session.sample().ifPresentOrElse(this::show, () -> runner.run(session::openSample, this::show,
                e -> dialogs().error("The sample book could not be opened", ErrorMessages.plain(e))));
    }

    @Override
    public void openOwnBook() {
        if (session.team().isPresent() && shown == session.team().get()) {
            stopWatching();
            runner.run(() -> {
                session.leaveTeam();
                return true;
            }, left -> show(session.own()), e -> {
                LOG.warn("Closing the team book", e);
                show(session.own());
            });
        } else {
            show(session.own());
        }
    }

    @Override
    public void restoreBook() {
        Dialogs dialogs = dialogs();
        Optional<Path> chosen = dialogs.chooseFileToOpen("Restore the book", "A backup (.db) or a Rapport book (.json)",
                "db,json");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        if (!dialogs.confirm("Restore the book", "Replace your whole book with " + file.getFileName() + "? Rapport"
                + " first takes a backup of the book as it is now, so this can be undone.", "Restore")) {
            return;
        }
        runner.run(() -> session.replaceWith(file), before -> {
            reattach();
            dialogs().inform("Book restored", "Your book now holds what " + file.getFileName()
                    + " held. The book as it was is kept as the backup " + before.getFileName() + ".");
        }, e -> {
            if (session.own() == null) {
                cannotGoOn.accept(ErrorMessages.plain(e));
                return;
            }
            reattach(); // the book may have been closed and opened again: show the open one
            dialogs.error("The book was not restored", ErrorMessages.plain(e));
        });
    }

    @Override
    public void quit() {
        placement.remember(stage);
        close();
        stage.hide();
        Platform.exit();
    }

    /** Stops the reminder and the team book's listener, and lets the tray icon go. */
    void close() {
        stopWatching();
        if (desktop != null) {
            desktop.close();
        }
    }
}
