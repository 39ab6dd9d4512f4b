package app.rapport.service;

import app.rapport.model.BookStats;
import app.rapport.model.Settings;
import app.rapport.store.BookStore;
import java.util.Map;

/** Facts about the whole book, and its settings. */
public final class BookService {
    private final BookStore store;
    private final PlanningService planning;

    public BookService(BookStore store, PlanningService planning) {
        this.store = store;
        this.planning = planning;
    }

    /** The book's counts; open follow-ups are today's agenda (overdue, due, and coming up within the horizon). */
    public BookStats stats() {
        long open = planning.agenda().followUps().size();
        return store.read(tx -> new BookStats(tx.clients().count(), tx.clients().countActive(),
                tx.interactions().count(), open));
    }

    public boolean isEmpty() {
        return store.read(tx -> tx.clients().isEmpty());
    }

    public Settings settings() {
        return store.read(tx -> tx.settings().load());
    }

    public void saveSettings(Settings settings) {
        saveSettings(settings, Map.of());
    }

    /**
     * Saves the settings and moves clients between tiers in one transaction: {@code moves} maps an
     * old tier name to the new one (a renamed tier, or where a removed tier's clients go).
     */
    public void saveSettings(Settings settings, Map<String, String> moves) {
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
