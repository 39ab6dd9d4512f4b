package app.rapport.model;

/**
 * What the client table shows: free text matched against name, company, email, phone, tags and
 * notes (case and accents ignored), an optional tier and tag, and whether archived clients show.
 */
public record ClientQuery(String text, String tier, String tag, boolean includeArchived) {
    public static final ClientQuery ALL_ACTIVE = new ClientQuery("", null, null, false);

    public ClientQuery {
        text = Text.orEmpty(text).strip();
    }
}
