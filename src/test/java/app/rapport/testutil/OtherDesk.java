package app.rapport.testutil;

import app.rapport.service.ClientService;
import app.rapport.service.FollowUpService;
import app.rapport.service.Identity;
import app.rapport.service.SettingsService;
import app.rapport.service.TemplateService;
import app.rapport.store.SqliteBookStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Someone at another desk working on the same book: its own connection and services, by its own
 * person. Its changes land between what a screen read and what it saves, as a colleague's would.
 */
public final class OtherDesk implements AutoCloseable {
    public final ClientService clients;
    public final SettingsService settings;
    public final TemplateService templates;
    public final FollowUpService followUps;
    private final SqliteBookStore store;

    public OtherDesk(Path dataFolder, Clock clock, String who) {
        store = SqliteBookStore.open(dataFolder);
        Identity identity = Identity.named(who);
        clients = new ClientService(store, clock, identity);
        settings = new SettingsService(store, clock, identity);
        templates = new TemplateService(store, clock, identity);
        followUps = new FollowUpService(store, clock, identity);
    }

    @Override
    public void close() {
        store.close();
    }
}
