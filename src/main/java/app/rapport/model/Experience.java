package app.rapport.model;

/** How a point of connection went, as the client would remember it. */
public enum Experience {
    POSITIVE("Positive"), NEUTRAL("Neutral"), NEGATIVE("Negative");

    private final String label;

    Experience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
