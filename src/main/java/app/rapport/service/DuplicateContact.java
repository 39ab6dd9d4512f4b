package app.rapport.service;

import app.rapport.io.contacts.ContactRecord;
import app.rapport.model.Client;
import java.util.Locale;

/**
 * A contact that matches a client already in the book, or one taken from earlier in the file.
 *
 * @param why what they share: "same email ana@example.com", "same name and phone +1 555 0100", "same id"
 * @param match the client it matches (as the import has it so far)
 * @param matchWhere where in the file the match came from ("Line 3"), or {@code null} when it is in the book
 */
public record DuplicateContact(ContactRecord contact, String matchName, String why, Client match, String matchWhere) {
    /** In words, for the question asked about it: "Line 4: Zoë Müller matches Zoë Müller (same email zoe@...)". */
    public String describe() {
        return contact.where() + ": " + contact.displayName() + " matches " + matchName + " (" + why + ")";
    }

    /**
     * Where the match is, in words for the report: "Line 14: Ana Ruiz — already in the book (same email
     * ana@example.com as Ana Ruiz, c-0042)", or "Line 20: Ana Ruiz — twice in the file (same email
     * ana@example.com as line 3)".
     */
    public String explain() {
        return contact.where() + ": " + contact.displayName() + " — " + (matchWhere == null
                ? "already in the book (" + why + " as " + matchName + ", " + match.id() + ")"
                : "twice in the file (" + why + " as " + matchWhere.toLowerCase(Locale.ROOT) + ")");
    }
}
