package app.rapport.model;

/** How a client prefers to be contacted. */
public enum Channel {
    CALL("Call"), NOTE("Handwritten note"), EMAIL("Email"), VISIT("Visit");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
