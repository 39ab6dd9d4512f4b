package app.rapport.ui;

import app.rapport.model.Tier;
import java.util.Locale;

/** Tier names as people read them: "VIP", "Regular", "Occasional", or the owner's own spelling. */
public final class TierNames {
    private TierNames() {
    }

    public static String display(String tierName) {
        String name = tierName == null ? Tier.DEFAULT_NAME : tierName;
        if (name.length() > 3 && name.equals(name.toUpperCase(Locale.ROOT))) {
            return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
        }
        return name;
    }
}
