package app.rapport.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Every question and message the app puts to the owner, so tests can answer them. */
public interface Dialogs {
    /** Asks before something that cannot be undone; true when the owner confirms. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Shows a problem in plain words. */
    void error(String title, String message);

    /** Shows a short message. */
    void inform(String title, String message);

    /** Asks for a file to read; {@code extension} like "json". */
    Optional<Path> chooseFileToOpen(String title, String description, String extension);

    /** Asks where to write a file. */
    Optional<Path> chooseFileToSave(String title, String description, String extension, String suggestedName);
}
