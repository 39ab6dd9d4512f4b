package app.rapport.model;

/** The kinds of point of connection the contact log knows. */
public enum InteractionKind {
    CALL("Call", Direction.OUTBOUND),
    VISIT("Visit", Direction.OUTBOUND),
    MEETING("Meeting", Direction.OUTBOUND),
    EMAIL("Email", Direction.OUTBOUND),
    PURCHASE("Purchase", Direction.INBOUND),
    THANK_YOU_CALL("Thank-you call", Direction.OUTBOUND),
    HANDWRITTEN_NOTE("Handwritten note", Direction.OUTBOUND),
    GIFT("Gift", Direction.OUTBOUND),
    COMPLAINT("Complaint", Direction.INBOUND),
    REFERRAL("Referral", Direction.INBOUND),
    OTHER("Other", Direction.OUTBOUND);

    private final String label;
    private final Direction defaultDirection;

    InteractionKind(String label, Direction defaultDirection) {
        this.label = label;
        this.defaultDirection = defaultDirection;
    }

    public String label() {
        return label;
    }

    /** OUTBOUND, except for purchases and complaints, which come from the client. */
    public Direction defaultDirection() {
        return defaultDirection;
    }

    /** Whether an amount belongs to this kind of contact. */
    public boolean hasAmount() {
        return this == PURCHASE;
    }
}
