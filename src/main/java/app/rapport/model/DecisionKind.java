package app.rapport.model;

/** What the owner decided about a follow-up. */
public enum DecisionKind {
    DONE("Done"), SNOOZE("Snoozed"), SKIP("Skipped");

    private final String label;

    DecisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
