package app.rapport.ui;

import app.rapport.model.Client;
import app.rapport.model.Interaction;

/** What screens ask the main window to do. */
public interface Navigator {
    void showToday();

    void showClients();

    /** Opens the dialog to add the owner's own follow-up; for a client, or with a client picker when null. */
    void addFollowUp(String clientId);

    void showClient(String id);

    void newClient();

    void editClient(Client client);

    /** Opens the log dialog for a client, or with a client picker when {@code clientId} is null. */
    void logContact(String clientId);

    void editContact(Interaction interaction);

    void importBook();

    void exploreSample();

    /** Shows a short message in the status line. */
    void status(String message);

    /** Called after any change to the book, so every view shows it. */
    void bookChanged();
}
