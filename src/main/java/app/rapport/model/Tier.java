package app.rapport.model;

/** A tier of clients and how often they should hear from the business. */
public record Tier(String name, int cadenceDays) {
    public static final String DEFAULT_NAME = "REGULAR";
    public static final String NAME_REQUIRED = "A tier needs a name";
    public static final String CADENCE_POSITIVE = "A tier's cadence must be at least one day";

    public Tier {
        if (Text.isBlank(name)) {
            throw new InvalidValueException("tier", NAME_REQUIRED);
        }
        name = name.strip();
        if (cadenceDays < 1) {
            throw new InvalidValueException("cadenceDays", CADENCE_POSITIVE);
        }
    }
}
