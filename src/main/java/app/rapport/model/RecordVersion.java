package app.rapport.model;

import java.time.Instant;

/**
 * Where a record the owner edits stands (a client, an own follow-up, the settings, a letter
 * template): its version, one more with every change, and who made the last change and when.
 *
 * @param number 0 for a record not in the book yet (settings never saved, a built-in template as
 *        Rapport ships it)
 * @param changedBy the {@code by} of the last change; {@code null} when not known (an import, a
 *        book from before versions)
 * @param changedAt when the last change was made; {@code null} when not known
 */
public record RecordVersion(long number, String changedBy, Instant changedAt) {
    /** A record not in the book yet. */
    public static final RecordVersion NONE = new RecordVersion(0, null, null);
}
