package app.rapport.store;

import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a book's schema up to this Rapport's: runs the {@link Migrations} it lacks, each in one transaction. */
final class Migrator {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    private Migrator() {
    }

    /**
     * Runs the migrations {@code book} lacks; {@code logged}: one line in the log for each (not for a
     * new book).
     *
     * @throws BookTooNewException when a newer Rapport wrote it
     */
    static void migrate(Database book, boolean logged) {
        int version = book.schemaVersion();
        int latest = Migrations.latestVersion();
        if (version > latest) {
            throw new BookTooNewException(version, latest);
        }
        for (int next = version + 1; next <= latest; next++) {
            int target = next;
            book.inWriteTransaction(false, c -> {
                try (Statement s = c.createStatement()) {
                    for (String sql : Migrations.statements(target)) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA user_version = " + target);
                }
                return null;
            });
            if (logged) {
                LOG.info("Book {} upgraded to format {}", book.file(), target);
            }
        }
    }
}
