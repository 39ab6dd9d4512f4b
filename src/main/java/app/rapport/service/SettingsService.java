package app.rapport.service;

import app.rapport.model.Settings;
import app.rapport.store.BookStore;
import java.util.Map;

/** The owner's settings, kept in the book, and the tiers' sizes the settings screen shows. */
public final class SettingsService {
    private final BookStore store;

    public SettingsService(BookStore store) {
        this.store = store;
    }

    public Settings load() {
        return store.read(tx -> tx.settings().load());
    }

    public void save(Settings settings) {
        save(settings, Map.of());
    }

    /**
     * Saves the settings and moves clients between tiers in one transaction: {@code moves} maps an
     * old tier name to the new one (a renamed tier, or where a removed tier's clients go).
     */
    public void save(Settings settings, Map<String, String> moves) {
        for (String target : moves.values()) {
            if (settings.tier(target).isEmpty()) {
                throw new ServiceException("Clients cannot move to the tier " + target + ": it is not in the settings");
            }
        }
        store.writeVoid(tx -> {
            moves.forEach((from, to) -> {
                if (!from.equals(to)) {
                    tx.clients().retier(from, to);
                }
            });
            tx.settings().save(settings);
        });
    }

    /** How many clients each tier has (clients without a tier count as REGULAR). */
    public Map<String, Long> tierSizes() {
        return store.read(tx -> tx.clients().tierSizes());
    }
}
