package app.rapport.model;

/** What the owner does for a follow-up. */
public enum FollowUpAction {
    CALL("Call"),
    NOTE("Write a note"),
    CALL_THEN_NOTE("Call, then write a note");

    private final String label;

    FollowUpAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean includesCall() {
        return this != NOTE;
    }

    public boolean includesNote() {
        return this != CALL;
    }
}
