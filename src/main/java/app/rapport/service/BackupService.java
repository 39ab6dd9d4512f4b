package app.rapport.service;

import app.rapport.store.BookCopies;
import app.rapport.store.Database;
import app.rapport.store.SqliteBookStore;
import app.rapport.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Automatic, verified backups of the book: {@code backups/rapport-YYYYMMDD-HHMMSS.db} (or the
 * folder the owner chose), kept 12 daily, 10 weekly and 9 monthly; restoring one, after a
 * backup of the book it replaces; checking the book.
 */
public final class BackupService {
    public static final String FOLDER_SETTING_FILE = "backup-folder.txt";
    public static final String DEFAULT_FOLDER = "backups";
    public static final int KEEP_DAILY = 12;
    public static final int KEEP_WEEKLY = 10;
    public static final int KEEP_MONTHLY = 9;
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("rapport-(\\d{8}-\\d{6})(?:-(\\d+))?\\.db");
    /** Newest first: by time, then by the -2, -3... of backups taken within the same second. */
    private static final Comparator<Backup> NEWEST_FIRST = Comparator.comparing(Backup::takenAt)
            .thenComparingInt(Backup::sequence).reversed();

    /** A backup file and when it was taken. */
    public record Backup(Path file, LocalDateTime takenAt) {
        int sequence() {
            Matcher m = NAME.matcher(file.getFileName().toString());
            return m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : 1;
        }
    }

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

    /** Where backups go: the folder the owner chose, else {@code backups/} in the data folder. */
    public static Path folder(Path dataFolder) {
        Path setting = dataFolder.resolve(FOLDER_SETTING_FILE);
        if (Files.isRegularFile(setting)) {
            try {
                String chosen = Files.readString(setting, StandardCharsets.UTF_8).strip();
                if (!chosen.isEmpty()) {
                    return Path.of(chosen);
                }
            } catch (IOException e) {
                LOG.warn("Cannot read {}; backups go to the data folder", setting, e);
            }
        }
        return dataFolder.resolve(DEFAULT_FOLDER);
    }

    public Path folder() {
        return folder(dataFolder);
    }

    /**
     * Moves the backups to another folder (a synced folder, an external disk): the backups made
     * so far are copied there, and new ones go there.
     */
    public Path moveFolder(Path to) {
        Path target = to.toAbsolutePath();
        try {
            Files.createDirectories(target);
            Path probe = Files.createTempFile(target, ".rapport-probe", ".tmp");
            Files.delete(probe);
            for (Backup b : list(dataFolder)) {
                Path copy = target.resolve(b.file().getFileName());
                if (!Files.exists(copy)) {
                    Files.copy(b.file(), copy);
                }
            }
            Path setting = dataFolder.resolve(FOLDER_SETTING_FILE);
            Path tmp = Files.createTempFile(dataFolder, ".backup-folder", ".tmp");
            Files.writeString(tmp, target + System.lineSeparator(), StandardCharsets.UTF_8);
            Files.move(tmp, setting, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new ServiceException("Backups cannot go to " + target + ": " + e.getMessage(), e);
        }
    }

    /** How many backups there are and the newest, in words. */
    public String describe() {
        List<Backup> all = list(dataFolder);
        if (all.isEmpty()) {
            return "No backup yet.";
        }
        return all.size() + (all.size() == 1 ? " backup" : " backups") + "; the newest from "
                + all.get(0).takenAt().toLocalDate() + " " + all.get(0).takenAt().toLocalTime() + ".";
    }

    /** Takes a verified backup now, then thins out the old ones. */
    public Path backupNow() {
        return backupTo(folder(), true);
    }

    /** Takes a verified backup into {@code folder} (kept out of the rotation when it is not the backup folder). */
    public Path backupTo(Path folder, boolean rotate) {
        Path checked = OutputTarget.checkFolder(dataFolder, folder);
        long changes = book.changeCount();
        clearCutShort(checked);
        Path target = freeName(checked, LocalDateTime.now(clock));
        try {
            BookCopies.copy(book, target);
        } catch (StoreException e) {
            throw new ServiceException("The backup failed: " + e.getMessage(), e);
        }
        changesAtLastBackup = changes;
        LOG.info("Backup written to {}", target);
        if (rotate) {
            prune(checked, LocalDate.now(clock));
        }
        return target;
    }

    /** Deletes what backups cut short by a crash left (only one Rapport writes at a time: the book's lock). */
    private static void clearCutShort(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("rapport-.*\\.db\\.partial.*")).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            LOG.warn("Cannot clear unfinished backups in {}", folder, e);
        }
    }

    /** A backup when the book changed since the last one (at most every 30 minutes, the app's timer says). */
    public Optional<Path> backupIfChanged() {
        if (book.changeCount() == changesAtLastBackup) {
            return Optional.empty();
        }
        return Optional.of(backupNow());
    }

    /** The backups in the folder, newest first (only files named as Rapport names them). */
    public static List<Backup> list(Path dataFolder) {
        Path folder = folder(dataFolder);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(BackupService::parse).flatMap(Optional::stream)
                    .sorted(NEWEST_FIRST).toList();
        } catch (IOException e) {
            throw new ServiceException("Cannot read the backup folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The newest backup that passes its check; damaged ones are skipped (and logged), never offered. */
    public static Optional<Backup> newestSound(Path dataFolder) {
        for (Backup b : list(dataFolder)) {
            try {
                BookCopies.verify(b.file());
                return Optional.of(b);
            } catch (StoreException e) {
                LOG.warn("Backup {} is not usable: {}", b.file(), e.getMessage());
            }
        }
        return Optional.empty();
    }

    static Optional<Backup> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Backup(file, LocalDateTime.parse(m.group(1), STAMP)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Path freeName(Path folder, LocalDateTime at) {
        String stamp = STAMP.format(at);
        Path target = folder.resolve("rapport-" + stamp + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve("rapport-" + stamp + "-" + n + ".db");
        }
        return target;
    }

    /** Keeps the newest backup of each of the last 12 days, 10 weeks and 9 months; deletes the rest. */
    static List<Path> prune(Path folder, LocalDate today) {
        List<Backup> all;
        try (Stream<Path> files = Files.list(folder)) {
            all = files.map(BackupService::parse).flatMap(Optional::stream)
                    .sorted(NEWEST_FIRST).toList();
        } catch (IOException e) {
            LOG.warn("Cannot list {} to thin out old backups", folder, e);
            return List.of();
        }
        Set<Path> keep = new HashSet<>();
        keep.addAll(newestPer(all, b -> b.takenAt().toLocalDate(), KEEP_DAILY));
        keep.addAll(newestPer(all, b -> b.takenAt().get(IsoFields.WEEK_BASED_YEAR) * 100
                + b.takenAt().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), KEEP_WEEKLY));
        keep.addAll(newestPer(all, b -> java.time.YearMonth.from(b.takenAt()), KEEP_MONTHLY));
        List<Path> deleted = new ArrayList<>();
        for (Backup b : all) {
            if (!keep.contains(b.file())) {
                try {
                    Files.deleteIfExists(b.file());
                    deleted.add(b.file());
                } catch (IOException e) {
                    LOG.warn("Cannot delete the old backup {}", b.file(), e);
                }
            }
        }
        return deleted;
    }

    private static <K> List<Path> newestPer(List<Backup> newestFirst, Function<Backup, K> period, int periods) {
        Set<K> seen = new LinkedHashSet<>();
        List<Path> kept = new ArrayList<>();
        for (Backup b : newestFirst) {
            if (seen.size() == periods && !seen.contains(period.apply(b))) {
                break;
            }
            if (seen.add(period.apply(b))) {
                kept.add(b.file());
            }
        }
        return kept;
    }

    // ---- with the book closed ------------------------------------------------------------------

    /** What a restore did. */
    public record Restored(Path from, Optional<Path> previousBackedUp, Optional<Path> damagedKeptAs) {
    }

    /**
     * Replaces the book in {@code dataFolder} (closed, its lock held by the caller) with a backup:
     * the backup is checked first; the current book is backed up when sound, or kept aside as
     * {@code rapport.db.corrupt-<time>} when damaged; then the backup is put in its place.
     */
    public static Restored restore(Path dataFolder, Path backup, Clock clock) {
        try {
            BookCopies.verify(backup);
        } catch (StoreException e) {
            throw new ServiceException("That backup cannot be restored: " + e.getMessage(), e);
        }
        int version = BookCopies.schemaVersion(backup);
        if (version > Database.supportedVersion()) {
            throw new ServiceException("That backup was made by a newer Rapport (book format " + version
                    + "); install the newer Rapport to restore it.");
        }
        Path bookFile = dataFolder.resolve(SqliteBookStore.BOOK_FILE);
        Optional<Path> saved = Optional.empty();
        Optional<Path> aside = Optional.empty();
        if (Files.exists(bookFile)) {
            boolean sound;
            try {
                BookCopies.verify(bookFile);
                sound = true;
            } catch (StoreException e) {
                sound = false;
            }
            if (sound) {
                Path target = freeName(folder(dataFolder), LocalDateTime.now(clock));
                BookCopies.copyClosed(bookFile, target);
                saved = Optional.of(target);
            } else {
                aside = Optional.of(keepAside(bookFile, clock));
            }
        }
        BookCopies.install(backup, bookFile);
        LOG.info("Book restored from {} (previous book: {}, damaged kept as: {})", backup, saved, aside);
        return new Restored(backup, saved, aside);
    }

    /** Moves a damaged book aside as {@code rapport.db.corrupt-<time>}; returns where it went. */
    public static Path keepAside(Path bookFile, Clock clock) {
        Path aside = bookFile.resolveSibling(bookFile.getFileName() + ".corrupt-" + STAMP.format(LocalDateTime.now(clock)));
        BookCopies.moveAside(bookFile, aside);
        return aside;
    }

    /** Before an older book is upgraded: a verified backup of it as it was. */
    public static java.util.function.Consumer<Database> beforeUpgrade(Path dataFolder, Clock clock) {
        return db -> {
            Path target = freeName(folder(dataFolder), LocalDateTime.now(clock));
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
