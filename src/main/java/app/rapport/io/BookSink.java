package app.rapport.io;

import app.rapport.model.Client;
import app.rapport.model.Decision;
import app.rapport.model.Interaction;
import app.rapport.model.LetterTemplate;
import app.rapport.model.ManualFollowUp;
import app.rapport.model.Settings;

/**
 * Receives the records of a book file as the reader meets them, already checked one by one.
 * {@code where} names the record for messages ("client c-0001 (line 12)"). A sink may throw to
 * stop the import.
 */
public interface BookSink {
    void settings(Settings settings);

    void client(Client client, String where);

    void interaction(Interaction interaction, String where);

    void followUp(ManualFollowUp followUp, String where);

    void decision(Decision decision, String where);

    /** A letter template the owner edited or added. */
    void template(LetterTemplate template, String where);
}
