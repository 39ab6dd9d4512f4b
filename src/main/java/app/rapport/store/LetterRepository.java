package app.rapport.store;

import app.rapport.model.LetterTemplate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The owner's letter templates and the record of letters sent. */
public interface LetterRepository {
    /** The templates the owner edited or added, by name. */
    List<LetterTemplate> templates();

    Optional<LetterTemplate> template(String name);

    /** Adds the template, or replaces the one of the same name. */
    void saveTemplate(LetterTemplate template);

    /** Removes the template; false when there was none. */
    boolean deleteTemplate(String name);

    void deleteAllTemplates();

    /** Records that the letter logged as {@code interactionId} went out on {@code on}. */
    void recordSent(String interactionId, String clientId, String template, LocalDate on);

    /** The last day this template went to this client. */
    Optional<LocalDate> lastSent(String clientId, String template);
}
