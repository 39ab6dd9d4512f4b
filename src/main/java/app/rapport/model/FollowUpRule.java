package app.rapport.model;

/** The follow-up rules of RULES.md. */
public enum FollowUpRule {
    GONE_QUIET("Gone quiet"),
    THANK_PURCHASE("Thank for a purchase"),
    RECOVERY("Recovery call"),
    RECOVERY_CHECK_IN("Recovery check-in"),
    THANK_REFERRER("Thank a referrer"),
    BIRTHDAY("Birthday"),
    ANNIVERSARY("Anniversary"),
    EARLY_CARE("Early care"),
    MANUAL("Your own follow-up");

    private final String label;

    FollowUpRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
