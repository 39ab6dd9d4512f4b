package app.rapport.service;

import app.rapport.model.Settings;
import app.rapport.model.Versioned;
import app.rapport.store.BookStore;
import java.time.Clock;
import java.util.Map;

/** The owner's settings, kept in the book, and the tiers' sizes the settings screen shows. */
public final class SettingsService {
    private final BookStore store;
    private final Conflicts conflicts;

    /** Changes made here are by {@code identity}. */
    public SettingsService(BookStore store, Clock clock, Identity identity) {
        this.store = store;
        this.conflicts = new Conflicts(clock, identity);
    }

    public Settings load() {
        return store.read(tx -> tx.settings().load());
    }

    /** The settings with the version to save them at once edited. */
    public Versioned<Settings> loadForEditing() {
        return store.read(tx -> new Versioned<>(tx.settings().load(), tx.settings().version().number()));
    }

    /** Saves the settings over whatever version the book has (set-up, commands): not for a screen that read them. */
    public void save(Settings settings) {
        store.writeVoid(tx -> tx.settings().save(settings));
    }

    /**
     * Saves the settings as edited from {@code version}, and moves clients between tiers, in one
     * transaction: {@code moves} maps an old tier name to the new one (a renamed tier, or where a
     * removed tier's clients go).
     *
     * @throws ConflictException when the settings changed since {@code version} (nothing is saved)
     */
    public void save(Settings settings, Map<String, String> moves, long version) {
        for (String target : moves.values()) {
            if (settings.tier(target).isEmpty()) {
                throw new ServiceException("Clients cannot move to the tier " + target + ": it is not in the settings");
            }
        }
        store.writeVoid(tx -> {
            if (!tx.settings().save(settings, version, conflicts.by(), conflicts.now())) {
                throw conflicts.changed("the settings", tx.settings().version());
            }
            moves.forEach((from, to) -> {
                if (!from.equals(to)) {
                    tx.clients().retier(from, to);
                }
            });
        });
    }

    /** How many clients each tier has (clients without a tier count as REGULAR). */
    public Map<String, Long> tierSizes() {
        return store.read(tx -> tx.clients().tierSizes());
    }
}
