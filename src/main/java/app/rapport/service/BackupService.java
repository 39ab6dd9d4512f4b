package app.rapport.service;

import app.rapport.service.BackupFolder.Backup;
import app.rapport.store.BookCopies;
import app.rapport.store.Database;
import app.rapport.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Automatic, verified backups of the open book into its {@link BackupFolder}, thinned out by
 * {@link BackupRotation}; moving the backups to another folder; checking the book.
 */
public final class BackupService implements Backups {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final Database book;
    private final Path dataFolder;
    private final Clock clock;
    private long changesAtLastBackup;

    public BackupService(Database book, Path dataFolder, Clock clock) {
        this.book = book;
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.changesAtLastBackup = book.changeCount(); // "changed" means since the book was opened, at first
    }

    /** Where backups go (see {@link BackupFolder#of}). */
    @Override
    public Path folder() {
        return BackupFolder.of(dataFolder);
    }

    /**
     * Moves the backups to another folder (a synced folder, an external disk): the backups made
     * so far are copied there (each whole or not at all), and new ones go there.
     */
    @Override
    public Path moveFolder(Path to) {
        return BackupFolder.move(dataFolder, to);
    }

    /** How many backups there are and the newest, in words. */
    @Override
    public String describe() {
        List<Backup> all = BackupFolder.list(dataFolder);
        if (all.isEmpty()) {
            return "No backup yet.";
        }
        return BackupFolder.inWords(all, "backup", "backups");
    }

    /** Takes a verified backup now, then thins out the old ones. */
    @Override
    public Path backupNow() {
        return backupTo(folder(), true);
    }

    /** Takes a verified backup into {@code folder} (kept out of the rotation when it is not the backup folder). */
    public Path backupTo(Path folder, boolean rotate) {
        Path checked = OutputTarget.checkFolder(dataFolder, folder);
        long changes = book.changeCount();
        BackupFolder.clearCutShort(checked);
        Path target = BackupFolder.freeName(checked, LocalDateTime.now(clock));
        try {
            BookCopies.copy(book, target);
        } catch (StoreException e) {
            throw new ServiceException("The backup failed: " + e.getMessage(), e);
        }
        changesAtLastBackup = changes;
        LOG.info("Backup written to {}", target);
        if (rotate) {
            BackupRotation.prune(checked, LocalDate.now(clock));
        }
        return target;
    }

    /** A backup when the book changed since the last one (at most every 30 minutes, the app's timer says). */
    @Override
    public Optional<Path> backupIfChanged() {
        if (book.changeCount() == changesAtLastBackup) {
            return Optional.empty();
        }
        return Optional.of(backupNow());
    }

    /** Before an older book is upgraded: a verified backup of it as it was. */
    public static Consumer<Database> beforeUpgrade(Path dataFolder, Clock clock) {
        return db -> {
            Path target = BackupFolder.freeName(BackupFolder.of(dataFolder), LocalDateTime.now(clock));
            BookCopies.copy(db, target);
            LOG.info("Backed up the book to {} before upgrading it", target);
        };
    }

    /** The full integrity check of the open book: empty when sound, else the reason. */
    public Optional<String> check() {
        String result = book.integrityCheck();
        return "ok".equals(result) ? Optional.empty() : Optional.of(result);
    }
}
