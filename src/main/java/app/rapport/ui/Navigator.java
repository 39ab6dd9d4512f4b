package app.rapport.ui;

import app.rapport.model.Client;
import app.rapport.model.ClientsBehind;
import app.rapport.model.FollowUp;
import app.rapport.model.Interaction;
import app.rapport.model.Versioned;

/** What screens ask the main window to do. */
public interface Navigator {
    void showToday();

    void showClients();

    /** Opens the dialog to add the owner's own follow-up; for a client, or with a client picker when null. */
    void addFollowUp(String clientId);

    void showClient(String id);

    void newClient();

    /** Opens the client form on {@code client}, read at its version. */
    void editClient(Versioned<Client> client);

    /** Opens the log dialog for a client, or with a client picker when {@code clientId} is null. */
    void logContact(String clientId);

    void editContact(Interaction interaction);

    /**
     * Opens the letter writer for a client: the template that fits the follow-up (which the note
     * then completes), or a plain note when {@code followUp} is null.
     */
    void writeNote(String clientId, FollowUp followUp);

    /** Opens every note due today, to print in one job. */
    void printNotesDue();

    /** Shows the letter templates. */
    void showLetters();

    /** Shows Insight, its figures computed again. */
    void showInsight();

    /** Shows the client list filtered to the clients behind one of Insight's numbers, with its banner. */
    void showClientsBehind(ClientsBehind behind);

    void importBook();

    /** File ▸ Import clients: picks a CSV or vCard file and opens the import with its preview. */
    void importClients();

    void exploreSample();

    /** Shows a short message in the status line. */
    void status(String message);

    /**
     * Shows what was just done in the status line with an Undo link, for a few seconds; the link or
     * Ctrl+Z runs {@code undo}, once. The next message or offer takes its place.
     */
    void offerUndo(String message, Runnable undo);

    /** Called after any change to the book, so every view shows it. */
    void bookChanged();
}
