package app.rapport.ui;

import app.rapport.service.PrintablePdf;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every question and message the app puts to the owner, so tests can answer them. */
public interface Dialogs {
    /** Asks before something that cannot be undone; true when the owner confirms. */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * Warns of a problem and offers one way on: true when the owner takes it ({@code goOnLabel}, the
     * default button); false for {@code stopLabel}, or when they close the question.
     */
    boolean warn(String title, String message, String goOnLabel, String stopLabel);

    /** What to do with changes not saved yet. */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    /** Asks before leaving unsaved changes: Save, Discard, or Cancel (Esc) to stay with them. */
    Unsaved askToSave(String title, String message);

    /** What to do with the owner's edits when someone else saved the same record meanwhile. */
    enum Conflict { SAVE_MINE, LOAD_THEIRS, KEEP_EDITING }

    /**
     * Says that someone else changed what the owner is editing ({@code message}: who and when) and
     * asks what to do with the owner's edits: save them over the newer version, drop them for the
     * newer version, or keep editing with nothing saved (Esc).
     */
    Conflict askAboutConflict(String title, String message);

    /** Shows a problem in plain words. */
    void error(String title, String message);

    /** Shows a short message. */
    void inform(String title, String message);

    /** Asks for a file to read; {@code extension} like "json", or several: "png,jpg". */
    Optional<Path> chooseFileToOpen(String title, String description, String extension);

    /** Asks for a folder; empty when the owner cancelled. */
    Optional<Path> chooseFolder(String title);

    /** Asks where to write a file. */
    Optional<Path> chooseFileToSave(String title, String description, String extension, String suggestedName);

    /** Asks for a short text (a reason); empty when the owner cancelled. The text is never blank. */
    Optional<String> askText(String title, String message, String prompt, String confirmLabel);

    /** Asks for a date after today; empty when the owner cancelled. */
    Optional<LocalDate> pickDate(String title, String message, LocalDate initial, LocalDate earliest);

    /** Asks the owner to pick one of a few choices; empty when they cancelled. */
    Optional<String> choose(String title, String message, List<String> choices, String initial);

    /**
     * Asks which of several items to act on, each ticked at first; empty when the owner cancelled,
     * else the items left ticked, in their order.
     */
    Optional<List<String>> chooseMany(String title, String message, List<String> items, String confirmLabel);

    /**
     * Shows the system's printer dialog and prints the pages there. It blocks until the job is
     * handed over: call it from background work, never on the FX thread.
     *
     * @return the printer used, or empty when the owner cancelled
     */
    Optional<String> print(PrintablePdf paper, String jobName);
}
