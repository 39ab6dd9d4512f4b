package app.rapport.service;

import app.rapport.io.AtomicFile;
import app.rapport.service.BackupFolder.Backup;
import app.rapport.store.BookStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team book is the server's to back up; this computer also keeps JSON exports of it, on the
 * same schedule and rotation as a book file's backups, in a folder of their own inside the backup
 * folder ({@code backups/team-HOST-DATABASE/rapport-YYYYMMDD-HHMMSS.json}). File ▸ Restore, or
 * {@code import --replace}, reads one back.
 */
public final class TeamBookBackups implements Backups {
    private static final Logger LOG = LoggerFactory.getLogger(TeamBookBackups.class);
    /** What Settings and the status line say about them. */
    public static final String SERVERS_JOB = "A team book is kept, and backed up, by its server: ask whoever runs it."
            + " This computer also keeps JSON exports of it.";
    private final BookStore store;
    private final TransferService transfer;
    private final Path dataFolder;
    private final String subfolder;
    private final Clock clock;
    private long changesAtLastBackup;

    public TeamBookBackups(BookStore store, TransferService transfer, Path dataFolder, TeamBookAddress address,
            Clock clock) {
        this.store = store;
        this.transfer = transfer;
        this.dataFolder = dataFolder;
        this.subfolder = "team-" + safe(address.host()) + "-" + safe(address.database());
        this.clock = clock;
        this.changesAtLastBackup = changeCount();
    }

    private static String safe(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "_");
    }

    @Override
    public Path folder() {
        return BackupFolder.of(dataFolder).resolve(subfolder);
    }

    @Override
    public Path moveFolder(Path to) {
        return BackupFolder.move(dataFolder, to);
    }

    @Override
    public String describe() {
        List<Backup> all = BackupFolder.listFolder(folder());
        String kept = all.isEmpty() ? "No export kept yet." : BackupFolder.inWords(all, "export kept", "exports kept");
        return SERVERS_JOB + " " + kept;
    }

    @Override
    public Path backupNow() {
        long changes = changeCount();
        Path folder = folder();
        Path target;
        try {
            Files.createDirectories(folder);
            target = BackupFolder.freeName(folder, LocalDateTime.now(clock), "json");
            AtomicFile.write(target, transfer::writeBook);
        } catch (IOException | RuntimeException e) {
            String why = e instanceof IOException io ? OutputTarget.inWords(io) : e.getMessage();
            throw new ServiceException("The export of the team book failed: " + why, e);
        }
        changesAtLastBackup = changes;
        LOG.info("Team book exported to {}", target);
        BackupRotation.prune(folder, LocalDate.now(clock));
        return target;
    }

    @Override
    public Optional<Path> backupIfChanged() {
        return changeCount() == changesAtLastBackup ? Optional.empty() : Optional.of(backupNow());
    }

    private long changeCount() {
        return store.read(tx -> tx.agendaSnapshots().changeCount());
    }
}
