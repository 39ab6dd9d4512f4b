package app.rapport.ui;

import app.rapport.model.Tier;

/** Tier names as people read them: "VIP", "Regular", "Occasional", or the owner's own spelling. */
public final class TierNames {
    private TierNames() {
    }

    public static String display(String tierName) {
        return Tier.displayName(tierName);
    }
}
