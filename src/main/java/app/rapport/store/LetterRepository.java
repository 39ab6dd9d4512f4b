package app.rapport.store;

import app.rapport.model.LetterTemplate;
import app.rapport.model.RecordVersion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The owner's letter templates and the record of letters sent. */
public interface LetterRepository {
    /** The templates the owner edited or added, by name. */
    List<LetterTemplate> templates();

    Optional<LetterTemplate> template(String name);

    /** Adds the template, or replaces the one of the same name over whatever version it is at, by no one known. */
    void saveTemplate(LetterTemplate template);

    /**
     * Saves the template if it is still at {@code version} (0: if there is none of its name yet),
     * one version on, as changed by {@code by} at {@code at}; false, changing nothing, when it has
     * moved on, come or gone since.
     */
    boolean saveTemplate(LetterTemplate template, long version, String by, Instant at);

    /** Removes the template; false when there was none. */
    boolean deleteTemplate(String name);

    /** Removes the template if it is still at {@code version}; false when it has moved on or gone since. */
    boolean deleteTemplate(String name, long version);

    /** The template's version, and who changed it last and when; empty when the book has none of that name. */
    Optional<RecordVersion> templateVersion(String name);

    void deleteAllTemplates();

    /** Records that the letter logged as {@code interactionId} went out on {@code on}. */
    void recordSent(String interactionId, String clientId, String template, LocalDate on);

    /** The last day this template went to this client. */
    Optional<LocalDate> lastSent(String clientId, String template);
}
