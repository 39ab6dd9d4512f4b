package app.rapport.service;

import app.rapport.store.PostgresBookStore;
import app.rapport.store.TeamBookListener;
import java.util.Optional;

/** A team book's listener, telling a {@link BookWatcher} of the others' changes (not this book's own). */
final class TeamBookWatch {
    private TeamBookWatch() {
    }

    static AutoCloseable start(PostgresBookStore store, TeamBookAddress address, Optional<char[]> password,
            BookWatcher watcher) {
        String own = store.session();
        return TeamBookListener.start(address.jdbcUrl(), address.properties(password), new TeamBookListener.Events() {
            @Override
            public void changed(String payload) {
                if (!own.equals(payload)) {
                    watcher.changedElsewhere();
                }
            }

            @Override
            public void lost(String why) {
                watcher.connectionLost(why);
            }

            @Override
            public void reconnected() {
                watcher.reconnected();
            }
        });
    }
}
