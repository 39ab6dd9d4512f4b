package app.rapport.service;

/**
 * A save refused because someone else changed the record since it was read (on another computer,
 * by a command): the message says who and when. Nothing was changed. The owner's edits are theirs
 * to keep: they may save them over the newer version ({@link #currentVersion()}), when there is
 * one to save over, or take the newer one.
 */
public final class ConflictException extends ServiceException {
    private static final long serialVersionUID = 1L;
    private static final long NONE = -1;

    private final long currentVersion;

    private ConflictException(String message, long currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    /** The record is at {@code currentVersion} now; saving at that version saves over it. */
    static ConflictException changed(String message, long currentVersion) {
        return new ConflictException(message, currentVersion);
    }

    /** Nothing can be saved over: the record is gone, or what was to be done is done already. */
    static ConflictException settled(String message) {
        return new ConflictException(message, NONE);
    }

    /** Whether the owner's version can still be saved, over {@link #currentVersion()}. */
    public boolean canSaveOver() {
        return currentVersion != NONE;
    }

    /** The version to save at to save over the newer one (0: save it anew). */
    public long currentVersion() {
        if (!canSaveOver()) {
            throw new IllegalStateException("Nothing to save over: " + getMessage());
        }
        return currentVersion;
    }
}
