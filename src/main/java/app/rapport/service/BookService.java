package app.rapport.service;

import app.rapport.model.BookStats;
import app.rapport.model.Settings;
import app.rapport.store.BookStore;

/** Facts about the whole book, and its settings. */
public final class BookService {
    private final BookStore store;

    public BookService(BookStore store) {
        this.store = store;
    }

    public BookStats stats() {
        return store.read(tx -> new BookStats(tx.clients().count(), tx.clients().countActive(),
                tx.interactions().count(), 0));
    }

    public boolean isEmpty() {
        return store.read(tx -> tx.clients().count() == 0);
    }

    public Settings settings() {
        return store.read(tx -> tx.settings().load());
    }

    public void saveSettings(Settings settings) {
        store.writeVoid(tx -> tx.settings().save(settings));
    }
}
