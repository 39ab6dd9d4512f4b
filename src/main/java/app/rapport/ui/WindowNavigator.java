package app.rapport.ui;

import app.rapport.model.Client;
import app.rapport.model.ClientsBehind;
import app.rapport.model.FollowUp;
import app.rapport.model.Interaction;
import app.rapport.model.Versioned;
import app.rapport.service.OpenBook;
import app.rapport.ui.clients.ClientDetailController;
import app.rapport.ui.clients.ClientListController;
import app.rapport.ui.insight.InsightController;
import app.rapport.ui.letters.LetterheadSettingsController;
import app.rapport.ui.letters.LettersController;
import app.rapport.ui.reminders.ReminderSettingsController;
import app.rapport.ui.settings.BackupSettingsController;
import app.rapport.ui.settings.SettingsController;
import app.rapport.ui.today.TodayController;
import app.rapport.ui.welcome.WelcomeController;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * The main window's {@link Navigator}: which screen the content area shows (Today, the client list
 * and Insight are kept and refreshed; the others are made anew) and the sidebar button lit for it.
 * The dialogs screens open are {@link EditorDialogs}; messages go to the {@link StatusLine}.
 */
public final class WindowNavigator implements Navigator {
    /** The sidebar's buttons, one lit at a time (none on Welcome). */
    record Sidebar(ToggleButton today, ToggleButton clients, ToggleButton letters, ToggleButton insight,
            ToggleButton settings) {
        void select(ToggleButton nav) {
            for (ToggleButton b : List.of(today, clients, letters, insight, settings)) {
                b.setSelected(b == nav);
            }
        }
    }

    private final OpenBook book;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Clock clock;
    private final AppActions app;
    private final StackPane content;
    private final Sidebar sidebar;
    private final StatusLine statusLine;
    private final BookTransfers transfers;
    private final EditorDialogs editors;
    private Screen current;
    /** The sidebar button selected last, and the one of the screen on show. */
    private ToggleButton selectedNav;
    private ToggleButton currentNav;
    private ClientListController clientList;
    private TodayController today;
    private InsightController insight;

    WindowNavigator(OpenBook book, TaskRunner runner, Dialogs dialogs, Clock clock, AppActions app,
            StackPane content, Sidebar sidebar, StatusLine statusLine) {
        this.book = book;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        this.app = app;
        this.content = content;
        this.sidebar = sidebar;
        this.statusLine = statusLine;
        this.transfers = new BookTransfers(book, runner, dialogs, this);
        this.editors = new EditorDialogs(book, runner, dialogs, clock, this, this::window);
    }

    BookTransfers transfers() {
        return transfers;
    }

    private Window window() {
        return content.getScene().getWindow();
    }

    /** The screen on show; null before the first. */
    Screen current() {
        return current;
    }

    /** The client the screen on show is about or has selected, for Ctrl+L and Ctrl+Shift+N; null when none. */
    String currentClientId() {
        return current == null ? null : current.currentClientId().orElse(null);
    }

    /** Whether the owner may leave the screen on show (it may ask them about unsaved changes). */
    boolean canLeave() {
        return current == null || current.canLeave();
    }

    /** Opens on Welcome for an empty book, on Today otherwise. */
    void showFirstScreen(boolean bookEmpty) {
        if (bookEmpty) {
            select(null);
            show(new WelcomeController(this));
        } else {
            showToday();
        }
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
        Views.onceInScene(content, scene -> {
            if (current == screen) {
                screen.focusFirst();
            }
        });
    }

    private void select(ToggleButton nav) {
        selectedNav = nav;
        sidebar.select(nav);
    }

    public void showSettings() {
        select(sidebar.settings());
        List<Parent> extra = new ArrayList<>();
        extra.add(new LetterheadSettingsController(book.letterhead(), runner, dialogs).view());
        if (!book.isSample()) {
            extra.add(new BackupSettingsController(book.backups(), runner, dialogs).view());
        }
        app.desktop().filter(d -> !book.isSample())
                .ifPresent(d -> extra.add(new ReminderSettingsController(book.reminders(), book.identity(), d,
                        runner).view()));
        show(new SettingsController(book.settings(), runner, dialogs, this, extra));
    }

    @Override
    public void showToday() {
        select(sidebar.today());
        if (today == null) {
            today = new TodayController(book, runner, dialogs, clock, this);
        } else {
            today.refresh();
        }
        show(today);
    }

    @Override
    public void showClients() {
        select(sidebar.clients());
        if (clientList == null) {
            clientList = new ClientListController(book, runner, clock, this);
        } else {
            clientList.refresh();
        }
        show(clientList);
    }

    /** The sidebar's Clients: every client, whatever Insight filtered the list to before. */
    void showAllClients() {
        if (clientList != null) {
            clientList.filter(null);
        }
        showClients();
    }

    @Override
    public void showClientsBehind(ClientsBehind behind) {
        boolean fresh = clientList == null;
        if (fresh) {
            clientList = new ClientListController(book, runner, clock, this);
        }
        clientList.filter(behind);
        if (!fresh) {
            clientList.refresh();
        }
        select(sidebar.clients());
        show(clientList);
    }

    /** Ctrl+F: the client list's search, the list shown first when it is not on show. */
    void find() {
        if (!(current instanceof ClientListController)) {
            showClients();
        }
        current.focusSearch();
    }

    @Override
    public void showClient(String id) {
        select(sidebar.clients());
        show(new ClientDetailController(id, book, runner, dialogs, clock, this));
    }

    @Override
    public void showLetters() {
        select(sidebar.letters());
        show(new LettersController(book, runner, dialogs, this));
    }

    @Override
    public void showInsight() {
        select(sidebar.insight());
        if (insight == null) {
            insight = new InsightController(book, runner, dialogs, this);
        } else {
            insight.refresh();
        }
        show(insight);
    }

    @Override
    public void addFollowUp(String clientId) {
        editors.addFollowUp(clientId);
    }

    @Override
    public void newClient() {
        editors.newClient();
    }

    @Override
    public void editClient(Versioned<Client> client) {
        editors.editClient(client);
    }

    @Override
    public void logContact(String clientId) {
        editors.logContact(clientId);
    }

    @Override
    public void editContact(Interaction interaction) {
        editors.editContact(interaction);
    }

    @Override
    public void writeNote(String clientId, FollowUp followUp) {
        editors.writeNote(clientId, followUp);
    }

    @Override
    public void printNotesDue() {
        editors.printNotesDue();
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
        statusLine.say(message);
    }

    @Override
    public void offerUndo(String message, Runnable undo) {
        statusLine.offerUndo(message, undo);
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
    void changedElsewhere(String message) {
        if (!(current instanceof SettingsController)) {
            bookChanged();
        }
        statusLine.sayUnlessUndoOffered(message);
    }
}
