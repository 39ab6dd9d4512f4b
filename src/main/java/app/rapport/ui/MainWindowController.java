package app.rapport.ui;

import app.rapport.service.OpenBook;
import java.time.Clock;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The main window: its menus and sidebar, the screen on show ({@link WindowNavigator}), and the
 * status line ({@link StatusLine}) with the book's place and a spinner while work runs.
 */
public final class MainWindowController {
    private final OpenBook book;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Clock clock;
    private final AppActions app;
    private final Optional<Boolean> knownEmpty;
    private WindowNavigator navigator;
    private StatusLine statusLine;

    @FXML
    private BorderPane root;
    @FXML
    private HBox sampleBanner;
    @FXML
    private HBox teamBanner;
    @FXML
    private Label teamBannerText;
    @FXML
    private MenuItem restoreItem;
    @FXML
    private MenuItem shareItem;
    @FXML
    private MenuItem localBookItem;
    @FXML
    private StackPane content;
    @FXML
    private ToggleButton todayNav;
    @FXML
    private ToggleButton clientsNav;
    @FXML
    private ToggleButton lettersNav;
    @FXML
    private ToggleButton insightNav;
    @FXML
    private ToggleButton settingsNav;
    @FXML
    private Label statusLabel;
    @FXML
    private Label bookLabel;
    @FXML
    private HBox undoBox;
    @FXML
    private MenuItem undoItem;
    @FXML
    private ProgressIndicator busyIndicator;

    public MainWindowController(OpenBook book, TaskRunner runner, Dialogs dialogs, Clock clock, AppActions app) {
        this(book, runner, dialogs, clock, app, Optional.empty());
    }

    /**
     * As above; {@code knownEmpty}, when the caller already knows whether the book is empty (read
     * off the FX thread), lets the window open directly on Welcome or Today instead of asking.
     */
    public MainWindowController(OpenBook book, TaskRunner runner, Dialogs dialogs, Clock clock, AppActions app,
            Optional<Boolean> knownEmpty) {
        this.knownEmpty = knownEmpty;
        this.book = book;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        this.app = app;
    }

    public Parent load() {
        return Views.load(this);
    }

    @FXML
    private void initialize() {
        sampleBanner.setVisible(book.isSample());
        sampleBanner.setManaged(book.isSample());
        showWhen(teamBanner, false);
        boolean team = book.teamBook().isPresent();
        restoreItem.setVisible(!team);
        shareItem.setVisible(!team && !book.isSample());
        localBookItem.setVisible(team);
        busyIndicator.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> Boolean.TRUE.equals(runner.busy().getValue()), runner.busy()));
        bookLabel.setText(book.isSample() ? "Sample book"
                : book.teamBook().map(a -> "The " + a.describe()).orElse(book.dataFolder().toString()));
        statusLine = new StatusLine(statusLabel, undoBox, undoItem);
        navigator = new WindowNavigator(book, runner, dialogs, clock, app, content,
                new WindowNavigator.Sidebar(todayNav, clientsNav, lettersNav, insightNav, settingsNav), statusLine);
        if (knownEmpty.isPresent()) {
            navigator.showFirstScreen(knownEmpty.get());
        } else {
            runner.run(() -> book.isEmpty(), navigator::showFirstScreen, this::fail);
        }
    }

    /** Where screens ask to go, and the screen on show. */
    public WindowNavigator navigator() {
        return navigator;
    }

    /** Selects Today (the reminder's Open Today). */
    public void showToday() {
        navigator.showToday();
    }

    /**
     * The book was changed outside this window (a script's {@code rapport log}, handed to the app):
     * every view shows it at once, and the status line says so.
     */
    public void changedElsewhere(String message) {
        navigator.changedElsewhere(message);
    }

    /** The team book's server cannot be reached: a banner says so; what shows stays readable. */
    public void connectionLost(String why) {
        teamBannerText.setText("Reconnecting to the team book… Its server cannot be reached just now. You can read"
                + " on; a change that cannot be saved says so, and can be made again once the server is back.");
        teamBannerText.setTooltip(new Tooltip(why));
        showWhen(teamBanner, true);
    }

    /** The team book's server is back: everything is read again. */
    public void reconnected() {
        showWhen(teamBanner, false);
        navigator.changedElsewhere("Back in touch with the team book; everything shown is up to date.");
    }

    private static void showWhen(Node node, boolean show) {
        node.setVisible(show);
        node.setManaged(show);
    }

    @FXML
    private void handleOpenTeamBook() {
        app.openTeamBook();
    }

    @FXML
    private void handleShareBook() {
        app.shareBook();
    }

    @FXML
    private void handleLeaveTeamBook() {
        app.openOwnBook();
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    private void fail(Throwable e) {
        dialogs.error("Rapport could not read the book", ErrorMessages.plain(e));
    }

    @FXML
    private void handleUndo() {
        statusLine.undo();
    }

    /** Makes the status line's offers to undo last {@code time} (for tests). */
    void undoTime(Duration time) {
        statusLine.undoTime(time);
    }

    @FXML
    private void handleNewClient() {
        navigator.newClient();
    }

    @FXML
    private void handleLogContact() {
        navigator.logContact(navigator.currentClientId());
    }

    @FXML
    private void handleShowSettings() {
        navigator.showSettings();
    }

    @FXML
    private void handleShowToday() {
        navigator.showToday();
    }

    @FXML
    private void handleAddFollowUp() {
        navigator.addFollowUp(navigator.currentClientId());
    }

    @FXML
    private void handleShowLetters() {
        navigator.showLetters();
    }

    @FXML
    private void handlePrintNotesDue() {
        navigator.printNotesDue();
    }

    @FXML
    private void handleShowClients() {
        navigator.showAllClients();
    }

    @FXML
    private void handleShowInsight() {
        navigator.showInsight();
    }

    @FXML
    private void handleFind() {
        navigator.find();
    }

    @FXML
    private void handleImportBook() {
        navigator.importBook();
    }

    @FXML
    private void handleExportBook() {
        navigator.transfers().exportBook();
    }

    @FXML
    private void handleExploreSample() {
        navigator.exploreSample();
    }

    @FXML
    private void handleLeaveSample() {
        app.openOwnBook();
    }

    @FXML
    private void handleImportContacts() {
        navigator.importClients();
    }

    @FXML
    private void handleImportSales() {
        navigator.transfers().importSales(window());
    }

    @FXML
    private void handleExportCsv() {
        navigator.transfers().exportContacts("csv");
    }

    @FXML
    private void handleExportVcard() {
        navigator.transfers().exportContacts("vcf");
    }

    @FXML
    private void handleExportCalendar() {
        navigator.transfers().exportContacts("ics");
    }

    @FXML
    private void handleRestore() {
        app.restoreBook();
    }

    @FXML
    private void handleBackupNow() {
        statusLine.say("Taking a backup…");
        runner.run(() -> book.backups().backupNow(), p -> statusLine.say("Backed up to " + p + "."),
                e -> dialogs.error("The backup failed", ErrorMessages.plain(e)));
    }

    @FXML
    private void handleQuit() {
        if (navigator.canLeave()) {
            app.quit();
        }
    }

    @FXML
    private void handleKeyboardShortcuts() {
        KeyboardShortcuts.show(window());
    }

    @FXML
    private void handleAbout() {
        dialogs.inform("About Rapport", "Rapport 0.1 — a follow-up manager for small businesses.\n\nYour book: "
                + book.bookFile());
    }

    /** The screen on show (for tests). */
    Screen currentScreen() {
        return navigator.current();
    }
}
