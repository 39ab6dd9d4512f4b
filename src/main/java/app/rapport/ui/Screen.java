package app.rapport.ui;

import java.util.Optional;
import javafx.scene.Parent;

/** One screen in the main window's content area. */
public interface Screen {
    Parent view();

    /** Reloads what the screen shows after the book changed. */
    void refresh();

    /** The client the owner is looking at or has selected, for Ctrl+L. */
    default Optional<String> currentClientId() {
        return Optional.empty();
    }

    /** Where Ctrl+F puts the cursor. */
    default void focusSearch() {
    }

    /**
     * Asked before the owner leaves the screen (for another screen, or quitting): false keeps
     * them here, for instance to save what they edited. May ask them.
     */
    default boolean canLeave() {
        return true;
    }

    /** Where the keyboard goes when the screen appears. */
    default void focusFirst() {
    }
}
