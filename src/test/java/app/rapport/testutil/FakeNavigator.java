package app.rapport.testutil;

import app.rapport.model.Client;
import app.rapport.model.ClientsBehind;
import app.rapport.model.FollowUp;
import app.rapport.model.Interaction;
import app.rapport.model.Versioned;
import app.rapport.ui.Navigator;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for the main window when a test mounts one screen: records what the screen asked for
 * (a message for the status line, an undo offered, another screen or dialog) and does nothing else.
 */
public final class FakeNavigator implements Navigator {
    /** The status line's messages, oldest first (an offer to undo's included). */
    public final List<String> statuses = new ArrayList<>();
    /** Every other request, in words: "showClient c-0001", "writeNote c-0001", "bookChanged"... */
    public final List<String> requests = new ArrayList<>();
    /** The last undo offered; null when none was. */
    public Runnable undo;

    @Override
    public void showToday() {
        requests.add("showToday");
    }

    @Override
    public void showClients() {
        requests.add("showClients");
    }

    @Override
    public void addFollowUp(String clientId) {
        requests.add("addFollowUp " + clientId);
    }

    @Override
    public void showClient(String id) {
        requests.add("showClient " + id);
    }

    @Override
    public void newClient() {
        requests.add("newClient");
    }

    @Override
    public void editClient(Versioned<Client> client) {
        requests.add("editClient " + client.value().id());
    }

    @Override
    public void logContact(String clientId) {
        requests.add("logContact " + clientId);
    }

    @Override
    public void editContact(Interaction interaction) {
        requests.add("editContact " + interaction.id());
    }

    @Override
    public void writeNote(String clientId, FollowUp followUp) {
        requests.add("writeNote " + clientId);
    }

    @Override
    public void printNotesDue() {
        requests.add("printNotesDue");
    }

    @Override
    public void showLetters() {
        requests.add("showLetters");
    }

    @Override
    public void showInsight() {
        requests.add("showInsight");
    }

    @Override
    public void showClientsBehind(ClientsBehind behind) {
        requests.add("showClientsBehind");
    }

    @Override
    public void importBook() {
        requests.add("importBook");
    }

    @Override
    public void importClients() {
        requests.add("importClients");
    }

    @Override
    public void exploreSample() {
        requests.add("exploreSample");
    }

    @Override
    public void status(String message) {
        statuses.add(message);
    }

    @Override
    public void offerUndo(String message, Runnable undo) {
        statuses.add(message);
        this.undo = undo;
    }

    @Override
    public void bookChanged() {
        requests.add("bookChanged");
    }
}
