package app.rapport.planning;

/** RULES.md's health bands: good (70 and up), tested (40 to 69), at risk (below 40). */
public enum HealthBand {
    GOOD("Good"), TESTED("Tested"), AT_RISK("At risk");

    private final String label;

    HealthBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The band of a score from 0 to 100. */
    public static HealthBand of(int score) {
        return score >= 70 ? GOOD : score >= 40 ? TESTED : AT_RISK;
    }
}
