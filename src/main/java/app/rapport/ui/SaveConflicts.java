package app.rapport.ui;

import app.rapport.service.ConflictException;
import java.util.function.LongConsumer;

/**
 * What a screen does when the book refused its save because someone else changed the record since
 * the screen read it ({@link ConflictException}): the owner's edits stay on screen, never saved
 * over nor dropped in silence, and the owner says whether to save them over the newer version
 * (at the version the book has now), to load the newer version instead, or to keep editing.
 */
public final class SaveConflicts {
    public static final String TITLE = "Changed by someone else";
    static final String CHOICES = "Save mine anyway: your version replaces theirs.\n"
            + "Load theirs: your changes are dropped.\n"
            + "Keep editing: nothing is saved, and your changes stay on screen.";

    private SaveConflicts() {
    }

    /**
     * Asks the owner about {@code failure} when it is a conflict their version can be saved over,
     * and does what they answer; false, asking nothing, for any other failure (the screen shows it
     * as it shows a failure).
     *
     * @param saveMine saves the owner's version again, at the version it is given
     * @param loadTheirs puts the newer version on screen in place of the owner's
     */
    public static boolean ask(Throwable failure, Dialogs dialogs, LongConsumer saveMine, Runnable loadTheirs) {
        if (!(failure instanceof ConflictException conflict) || !conflict.canSaveOver()) {
            return false;
        }
        switch (dialogs.askAboutConflict(TITLE, conflict.getMessage() + "\n\n" + CHOICES)) {
            case SAVE_MINE -> saveMine.accept(conflict.currentVersion());
            case LOAD_THEIRS -> loadTheirs.run();
            default -> {
                // keep editing: the message stays beside the owner's edits
            }
        }
        return true;
    }
}
