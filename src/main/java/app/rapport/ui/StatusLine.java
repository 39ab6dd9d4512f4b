package app.rapport.ui;

import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.util.Duration;

/**
 * The main window's status line: a short word on what was just done and, for a few seconds after
 * something that can be taken back, an Undo link (and Edit ▸ Undo, Ctrl+Z) that takes it back once.
 */
final class StatusLine {
    /** How long the status line offers to undo what was just done. */
    static final Duration UNDO_TIME = Duration.seconds(10);

    private final Label message;
    private final BooleanProperty undoOffered = new SimpleBooleanProperty(false);
    private final PauseTransition expiry = new PauseTransition(UNDO_TIME);
    /** What Undo takes back; null when nothing is on offer. */
    private Runnable pendingUndo;

    /**
     * @param undoLink the link (and what goes with it), shown while an undo is on offer
     * @param undoItem the menu's Undo, enabled while one is
     */
    StatusLine(Label message, Node undoLink, MenuItem undoItem) {
        this.message = message;
        undoLink.visibleProperty().bind(undoOffered);
        undoLink.managedProperty().bind(undoOffered);
        undoItem.disableProperty().bind(undoOffered.not());
        expiry.setOnFinished(e -> withdrawUndo());
    }

    /** Shows a short message; an undo on offer is withdrawn. */
    void say(String text) {
        message.setText(text);
        withdrawUndo();
    }

    /** Shows what was just done with an Undo link for a few seconds; the link or Ctrl+Z runs {@code undo}, once. */
    void offerUndo(String text, Runnable undo) {
        say(text);
        pendingUndo = undo;
        undoOffered.set(true);
        expiry.playFromStart();
    }

    /** Says what happened elsewhere, unless an Undo is on offer just now (it keeps its words). */
    void sayUnlessUndoOffered(String text) {
        if (!undoOffered.get()) {
            message.setText(text);
        }
    }

    /** Takes back what is on offer, if anything is. */
    void undo() {
        Runnable undo = pendingUndo;
        withdrawUndo();
        if (undo != null) {
            undo.run();
        }
    }

    private void withdrawUndo() {
        pendingUndo = null;
        undoOffered.set(false);
        expiry.stop();
    }

    /** Makes the offers to undo last {@code time} (for tests). */
    void undoTime(Duration time) {
        expiry.setDuration(time);
    }
}
