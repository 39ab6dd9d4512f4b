package app.rapport.model;

/** A client's id and the name it is shown by, for pickers and auto-completion. */
public record ClientRef(String id, String displayName) {
    @Override
    public String toString() {
        return displayName;
    }
}
