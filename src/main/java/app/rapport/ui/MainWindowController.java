package app.rapport.ui;

import app.rapport.model.Client;
import app.rapport.model.Interaction;
import app.rapport.service.OpenBook;
import app.rapport.ui.clients.ClientDetailController;
import app.rapport.ui.clients.ClientFormController;
import app.rapport.ui.clients.ClientListController;
import app.rapport.ui.contacts.LogContactController;
import app.rapport.ui.insight.InsightController;
import app.rapport.ui.letters.LettersController;
import app.rapport.ui.letters.NoteBatchController;
import app.rapport.ui.settings.SettingsController;
import app.rapport.ui.reminders.ReminderSettingsController;
import app.rapport.ui.today.AddFollowUpController;
import app.rapport.ui.today.TodayController;
import app.rapport.ui.welcome.WelcomeController;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Duration;

/** The main window: menu, sidebar, the current screen, and the status line. */
public final class MainWindowController implements Navigator {
    /** How long the status line offers to undo what was just done. */
    static final Duration UNDO_TIME = Duration.seconds(10);

    private final OpenBook book;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Clock clock;
    private final AppActions app;
    private final BookTransfers transfers;
    private final Optional<Boolean> knownEmpty;
    private Screen current;
    /** The sidebar button selected last, and the one of the screen on show. */
    private ToggleButton selectedNav;
    private ToggleButton currentNav;
    private ClientListController clientList;
    private TodayController today;
    private InsightController insight;
    /** What the Undo link and Ctrl+Z take back; null when nothing is on offer. */
    private Runnable pendingUndo;
    private final BooleanProperty undoOffered = new SimpleBooleanProperty(false);
    private PauseTransition undoExpiry;

    @FXML
    private BorderPane root;
    @FXML
    private HBox sampleBanner;
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
        this.transfers = new BookTransfers(book, runner, dialogs, this);
    }

    public Parent load() {
        Parent view = Views.load(this);
        return view;
    }

    @FXML
    private void initialize() {
        sampleBanner.setVisible(book.isSample());
        sampleBanner.setManaged(book.isSample());
        busyIndicator.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> Boolean.TRUE.equals(runner.busy().getValue()), runner.busy()));
        bookLabel.setText(book.isSample() ? "Sample book"
                : Formats.folder(book.dataFolder(), Path.of(System.getProperty("user.home"))));
        undoBox.visibleProperty().bind(undoOffered);
        undoBox.managedProperty().bind(undoOffered);
        undoItem.disableProperty().bind(undoOffered.not());
        undoExpiry = new PauseTransition(UNDO_TIME);
        undoExpiry.setOnFinished(e -> withdrawUndo());
        if (knownEmpty.isPresent()) {
            showFirstScreen(knownEmpty.get());
        } else {
            runner.run(() -> book.isEmpty(), this::showFirstScreen, this::fail);
        }
    }

    private void showFirstScreen(boolean bookEmpty) {
        if (bookEmpty) {
            showWelcome();
        } else {
            showToday();
        }
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    private void show(Screen screen) {
        if (current != null && current != screen && !current.canLeave()) {
            select(currentNav); // the owner stays (unsaved changes): the sidebar as it was
            return;
        }
        currentNav = selectedNav;
        current = screen;
        content.getChildren().setAll(screen.view());
        // The window's first screen is built before the window has a scene: focus is given once it has.
        Views.onceInScene(root, scene -> {
            if (current == screen) {
                screen.focusFirst();
            }
        });
    }

    private void showWelcome() {
        select(null);
        show(new WelcomeController(this));
    }

    private void select(ToggleButton nav) {
        selectedNav = nav;
        todayNav.setSelected(nav == todayNav);
        clientsNav.setSelected(nav == clientsNav);
        lettersNav.setSelected(nav == lettersNav);
        insightNav.setSelected(nav == insightNav);
        settingsNav.setSelected(nav == settingsNav);
    }

    public void showSettings() {
        select(settingsNav);
        List<Parent> extra = new java.util.ArrayList<>();
        extra.add(new app.rapport.ui.letters.LetterheadSettingsController(book.letterhead(), runner, dialogs).view());
        if (!book.isSample()) {
            extra.add(new app.rapport.ui.settings.BackupSettingsController(book.backups(), runner, dialogs).view());
        }
        app.desktop().filter(d -> !book.isSample())
                .ifPresent(d -> extra.add(new ReminderSettingsController(book.reminders(), d, runner).view()));
        show(new SettingsController(book.settings(), runner, dialogs, this, extra));
    }

    @Override
    public void showToday() {
        select(todayNav);
        if (today == null) {
            today = new TodayController(book, runner, dialogs, clock, this);
        } else {
            today.refresh();
        }
        show(today);
    }

    @Override
    public void addFollowUp(String clientId) {
        new AddFollowUpController(clientId, book, runner, clock).showAndWait(window()).ifPresent(f -> {
            status("Added a follow-up, due " + Formats.date(f.due()) + ".");
            bookChanged();
        });
    }

    @Override
    public void showClients() {
        select(clientsNav);
        if (clientList == null) {
            clientList = new ClientListController(book, runner, clock, this);
        } else {
            clientList.refresh();
        }
        show(clientList);
    }

    @Override
    public void showClient(String id) {
        select(clientsNav);
        show(new ClientDetailController(id, book, runner, dialogs, clock, this));
    }

    @Override
    public void newClient() {
        Optional<Client> added = new ClientFormController(null, book, runner, clock).showAndWait(window());
        added.ifPresent(c -> {
            status("Added " + c.displayName() + ".");
            bookChanged();
            showClient(c.id());
        });
    }

    @Override
    public void editClient(Client client) {
        new ClientFormController(client, book, runner, clock).showAndWait(window()).ifPresent(c -> {
            status("Saved " + c.displayName() + ".");
            bookChanged();
        });
    }

    @Override
    public void logContact(String clientId) {
        new LogContactController(clientId, null, book, runner, clock).showAndWait(window()).ifPresent(i -> {
            status("Logged the contact.");
            bookChanged();
        });
    }

    @Override
    public void editContact(Interaction interaction) {
        new LogContactController(interaction.clientId(), interaction, book, runner, clock).showAndWait(window())
                .ifPresent(i -> {
                    status("Saved the contact.");
                    bookChanged();
                });
    }

    @Override
    public void writeNote(String clientId, app.rapport.model.FollowUp followUp) {
        NoteBatchController writer = new NoteBatchController(book, runner, dialogs, this);
        writer.loadForClient(clientId, followUp);
        writer.showAndWait(window(), "Write a note");
    }

    @Override
    public void printNotesDue() {
        NoteBatchController batch = new NoteBatchController(book, runner, dialogs, this);
        batch.loadNotesDue();
        batch.showAndWait(window(), "Notes due today");
    }

    @Override
    public void showLetters() {
        select(lettersNav);
        show(new LettersController(book, runner, dialogs, this));
    }

    @Override
    public void showInsight() {
        select(insightNav);
        if (insight == null) {
            insight = new InsightController(book, runner, dialogs, this);
        } else {
            insight.refresh();
        }
        show(insight);
    }

    @Override
    public void showClientsBehind(app.rapport.model.ClientsBehind behind) {
        boolean fresh = clientList == null;
        if (fresh) {
            clientList = new ClientListController(book, runner, clock, this);
        }
        clientList.filter(behind);
        if (!fresh) {
            clientList.refresh();
        }
        select(clientsNav);
        show(clientList);
    }

    @Override
    public void importBook() {
        transfers.importBook();
    }

    @Override
    public void importClients() {
        transfers.importContacts(window());
    }

    @Override
    public void exploreSample() {
        app.openSampleBook();
    }

    @Override
    public void status(String message) {
        statusLabel.setText(message);
        withdrawUndo();
    }

    @Override
    public void offerUndo(String message, Runnable undo) {
        status(message);
        pendingUndo = undo;
        undoOffered.set(true);
        undoExpiry.playFromStart();
    }

    private void withdrawUndo() {
        pendingUndo = null;
        undoOffered.set(false);
        if (undoExpiry != null) {
            undoExpiry.stop();
        }
    }

    @FXML
    private void handleUndo() {
        Runnable undo = pendingUndo;
        withdrawUndo();
        if (undo != null) {
            undo.run();
        }
    }

    /** Makes the status line's offers to undo last {@code time} (for tests). */
    void undoTime(Duration time) {
        undoExpiry.setDuration(time);
    }

    @Override
    public void bookChanged() {
        if (current instanceof WelcomeController) {
            showToday();
        } else if (current != null) {
            current.refresh();
        }
    }

    /**
     * The book was changed outside this window (a script's {@code rapport log}, handed to the app):
     * every view shows it at once, and the status line says it, unless it offers an Undo just now.
     * Settings being edited are left as they are (nothing from outside changes them; reloading them
     * would lose what the owner typed).
     */
    public void changedElsewhere(String message) {
        if (!(current instanceof SettingsController)) {
            bookChanged();
        }
        if (!undoOffered.get()) {
            statusLabel.setText(message);
        }
    }

    private void fail(Throwable e) {
        dialogs.error("Rapport could not read the book", ErrorMessages.plain(e));
    }

    @FXML
    private void handleNewClient() {
        newClient();
    }

    @FXML
    private void handleLogContact() {
        logContact(current == null ? null : current.currentClientId().orElse(null));
    }

    @FXML
    private void handleShowSettings() {
        showSettings();
    }

    @FXML
    private void handleShowToday() {
        showToday();
    }

    @FXML
    private void handleAddFollowUp() {
        addFollowUp(current == null ? null : current.currentClientId().orElse(null));
    }

    @FXML
    private void handleShowLetters() {
        showLetters();
    }

    @FXML
    private void handlePrintNotesDue() {
        printNotesDue();
    }

    @FXML
    private void handleShowClients() {
        if (clientList != null) {
            clientList.filter(null); // the sidebar's Clients is every client
        }
        showClients();
    }

    @FXML
    private void handleShowInsight() {
        showInsight();
    }

    @FXML
    private void handleFind() {
        if (!(current instanceof ClientListController)) {
            showClients();
        }
        current.focusSearch();
    }

    @FXML
    private void handleImportBook() {
        importBook();
    }

    @FXML
    private void handleExportBook() {
        transfers.exportBook();
    }

    @FXML
    private void handleExploreSample() {
        exploreSample();
    }

    @FXML
    private void handleLeaveSample() {
        app.openOwnBook();
    }

    @FXML
    private void handleImportContacts() {
        importClients();
    }

    @FXML
    private void handleImportSales() {
        transfers.importSales(window());
    }

    @FXML
    private void handleExportCsv() {
        transfers.exportContacts("csv");
    }

    @FXML
    private void handleExportVcard() {
        transfers.exportContacts("vcf");
    }

    @FXML
    private void handleExportCalendar() {
        transfers.exportContacts("ics");
    }

    @FXML
    private void handleRestore() {
        app.restoreBook();
    }

    @FXML
    private void handleBackupNow() {
        status("Taking a backup…");
        runner.run(() -> book.backups().backupNow(), p -> status("Backed up to " + p + "."),
                e -> dialogs.error("The backup failed", ErrorMessages.plain(e)));
    }

    @FXML
    private void handleQuit() {
        if (current == null || current.canLeave()) {
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
        return current;
    }
}
