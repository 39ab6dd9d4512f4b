package app.rapport;

import app.rapport.service.BackupFolder;
import app.rapport.service.BackupFolder.Backup;
import app.rapport.service.DamagedBookException;
import app.rapport.ui.Dialogs;
import app.rapport.ui.Formats;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The book failed its check (as the app started, or while its window was up): the owner is offered
 * the newest sound backup (the damaged file is kept aside), or quits leaving everything as it is.
 * The app never goes on with an empty book.
 */
final class DamagedBook {
    static final String TITLE = "Your book is damaged";
    static final String RESTORE = "Restore this backup";
    static final String QUIT = "Quit";
    private static final Logger LOG = LoggerFactory.getLogger(DamagedBook.class);

    private final DamagedBookException problem;
    private final Path dataFolder;
    private final Optional<Backup> newest;

    DamagedBook(DamagedBookException problem, Path dataFolder, Optional<Backup> newest) {
        this.problem = problem;
        this.dataFolder = dataFolder;
        this.newest = newest;
    }

    /** The damage found, with the newest sound backup there is: looks through the backups, off the FX thread. */
    static DamagedBook found(DamagedBookException problem, Path dataFolder) {
        LOG.error("The book is damaged", problem);
        return new DamagedBook(problem, dataFolder, BackupFolder.newestSound(dataFolder));
    }

    /** Asks the owner to put back the newest sound backup; empty when they quit, or there is none. */
    Optional<Path> askToRestore(Dialogs dialogs) {
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        boolean restore = dialogs.warn(TITLE, problem.getMessage() + "\n\nRapport can put back your newest sound"
                + " backup, from " + Formats.dateTime(newest.get().takenAt()) + ". The damaged book is kept beside it"
                + " as rapport.db.corrupt-<time>, in case it is needed.", RESTORE, QUIT);
        return restore ? Optional.of(newest.get().file()) : Optional.empty();
    }

    /** Why the app cannot go on when no backup was put back: the damage, and that there is no backup, when so. */
    String refusal() {
        return newest.isEmpty() ? problem.getMessage() + " There is no sound backup in "
                + BackupFolder.of(dataFolder) + " to put back." : problem.getMessage();
    }
}
