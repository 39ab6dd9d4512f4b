package app.rapport.ui;

import app.rapport.model.Client;
import app.rapport.model.FollowUp;
import app.rapport.model.Interaction;
import app.rapport.model.Versioned;
import app.rapport.service.OpenBook;
import app.rapport.ui.clients.ClientFormController;
import app.rapport.ui.contacts.LogContactController;
import app.rapport.ui.letters.NoteBatchController;
import app.rapport.ui.today.AddFollowUpController;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The dialogs screens open over the main window to change the book: a client's form, the log of a
 * contact, the owner's own follow-up, a note to write or the notes due. After a change the status
 * line says what was done and the screen on show shows it.
 */
final class EditorDialogs {
    private final OpenBook book;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Clock clock;
    private final Navigator navigator;
    private final Supplier<Window> window;

    EditorDialogs(OpenBook book, TaskRunner runner, Dialogs dialogs, Clock clock, Navigator navigator,
            Supplier<Window> window) {
        this.book = book;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        this.navigator = navigator;
        this.window = window;
    }

    void addFollowUp(String clientId) {
        new AddFollowUpController(clientId, book, runner, clock).showAndWait(window.get()).ifPresent(f -> {
            navigator.status("Added a follow-up, due " + Formats.date(f.due()) + ".");
            navigator.bookChanged();
        });
    }

    void newClient() {
        Optional<Client> added = new ClientFormController(null, book, runner, dialogs, clock).showAndWait(window.get());
        added.ifPresent(c -> {
            navigator.status("Added " + c.displayName() + ".");
            navigator.bookChanged();
            navigator.showClient(c.id());
        });
    }

    void editClient(Versioned<Client> client) {
        new ClientFormController(client, book, runner, dialogs, clock).showAndWait(window.get()).ifPresent(c -> {
            navigator.status("Saved " + c.displayName() + ".");
            navigator.bookChanged();
        });
    }

    void logContact(String clientId) {
        new LogContactController(clientId, null, book, runner, clock).showAndWait(window.get()).ifPresent(i -> {
            navigator.status("Logged the contact.");
            navigator.bookChanged();
        });
    }

    void editContact(Interaction interaction) {
        new LogContactController(interaction.clientId(), interaction, book, runner, clock).showAndWait(window.get())
                .ifPresent(i -> {
                    navigator.status("Saved the contact.");
                    navigator.bookChanged();
                });
    }

    void writeNote(String clientId, FollowUp followUp) {
        NoteBatchController writer = new NoteBatchController(book, runner, dialogs, navigator);
        writer.loadForClient(clientId, followUp);
        writer.showAndWait(window.get(), "Write a note");
    }

    void printNotesDue() {
        NoteBatchController batch = new NoteBatchController(book, runner, dialogs, navigator);
        batch.loadNotesDue();
        batch.showAndWait(window.get(), "Notes due today");
    }
}
