package app.rapport.model;

/** A client's health at a glance (RULES.md): good (70 and over), tested (40 to 69), at risk (under 40). */
public enum HealthBand {
    GOOD("Good"), TESTED("Tested"), AT_RISK("At risk");

    private final String label;

    HealthBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static HealthBand of(int score) {
        return score >= 70 ? GOOD : score >= 40 ? TESTED : AT_RISK;
    }
}
