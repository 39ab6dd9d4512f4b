package app.rapport.model;

import java.util.Locale;

/** A tier of clients and how often they should hear from the business. */
public record Tier(String name, int cadenceDays) {
    public static final String DEFAULT_NAME = "REGULAR";
    public static final String NAME_REQUIRED = "A tier needs a name";
    public static final int MAX_CADENCE_DAYS = 3650;
    public static final String CADENCE_RANGE = "A tier's cadence goes from 1 to " + MAX_CADENCE_DAYS + " days";

    public Tier {
        if (Text.isBlank(name)) {
            throw new InvalidValueException("tier", NAME_REQUIRED);
        }
        name = name.strip();
        if (cadenceDays < 1 || cadenceDays > MAX_CADENCE_DAYS) {
            throw new InvalidValueException("cadenceDays", CADENCE_RANGE);
        }
    }

    /**
     * A tier name as people read it: a shouted name longer than three letters is written in
     * title case ("REGULAR" becomes "Regular"), anything else ("VIP", "Gold") stays as the owner
     * spelled it; no tier reads as the default tier.
     */
    public static String displayName(String tierName) {
        String name = tierName == null ? DEFAULT_NAME : tierName;
        if (name.length() > 3 && name.equals(name.toUpperCase(Locale.ROOT))) {
            return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
        }
        return name;
    }
}
