package app.rapport.model;

/** Who started a contact: the client (inbound) or the business (outbound). */
public enum Direction {
    INBOUND("From the client"), OUTBOUND("From you");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
