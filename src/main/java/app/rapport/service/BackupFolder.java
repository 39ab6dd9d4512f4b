package app.rapport.service;

import app.rapport.io.AtomicFile;
import app.rapport.store.BookCopies;
import app.rapport.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a book's backups go and which are there: {@code backups/rapport-YYYYMMDD-HHMMSS.db} in
 * the data folder, or the folder the owner chose (named in {@code backup-folder.txt}).
 */
public final class BackupFolder {
    public static final String FOLDER_SETTING_FILE = "backup-folder.txt";
    public static final String DEFAULT_FOLDER = "backups";
    private static final Logger LOG = LoggerFactory.getLogger(BackupFolder.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("rapport-(\\d{8}-\\d{6})(?:-(\\d+))?\\.(?:db|json)");
    /** Newest first: by time, then by the -2, -3... of backups taken within the same second. */
    private static final Comparator<Backup> NEWEST_FIRST = Comparator.comparing(Backup::takenAt)
            .thenComparingInt(Backup::sequence).reversed();

    private BackupFolder() {
    }

    /** A backup file and when it was taken. */
    public record Backup(Path file, LocalDateTime takenAt) {
        int sequence() {
            Matcher m = NAME.matcher(file.getFileName().toString());
            return m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : 1;
        }
    }

    /** Where backups go: the folder the owner chose, else {@code backups/} in the data folder. */
    public static Path of(Path dataFolder) {
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

    /**
     * Moves the backups to another folder (a synced folder, an external disk): the backups made
     * so far are copied there (each whole or not at all), and new ones go there.
     */
    static Path move(Path dataFolder, Path to) {
        Path target = to.toAbsolutePath();
        try {
            Files.createDirectories(target);
            Path probe = Files.createTempFile(target, ".rapport-probe", ".tmp");
            Files.delete(probe);
            for (Backup b : list(dataFolder)) {
                Path copy = target.resolve(b.file().getFileName());
                if (!Files.exists(copy)) {
                    AtomicFile.write(copy, out -> Files.copy(b.file(), out));
                }
            }
            AtomicFile.write(dataFolder.resolve(FOLDER_SETTING_FILE),
                    (target + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
            return target;
        } catch (IOException e) {
            throw new ServiceException("Backups cannot go to " + target + ": " + e.getMessage(), e);
        }
    }

    /** The backups in the folder, newest first (only files named as Rapport names them). */
    public static List<Backup> list(Path dataFolder) {
        return listFolder(of(dataFolder));
    }

    /** The backups in {@code folder}, newest first; none when there is no such folder. */
    static List<Backup> listFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try {
            return listIn(folder);
        } catch (IOException e) {
            throw new ServiceException("Cannot read the backup folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** How many of {@code all} (newest first) there are and the newest, in words: "3 backups; the newest from …". */
    static String inWords(List<Backup> all, String one, String many) {
        return all.size() + " " + (all.size() == 1 ? one : many) + "; the newest from "
                + all.get(0).takenAt().toLocalDate() + " " + all.get(0).takenAt().toLocalTime() + ".";
    }

    /** The backups in {@code folder}, newest first. */
    static List<Backup> listIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(BackupFolder::parse).flatMap(Optional::stream).sorted(NEWEST_FIRST).toList();
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

    /** The backup {@code file} is, when it is one: named as Rapport names them. */
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

    /** A name for a backup of the book taken {@code at} that no file in {@code folder} has yet. */
    static Path freeName(Path folder, LocalDateTime at) {
        return freeName(folder, at, "db");
    }

    /** A name for a backup taken {@code at}, ending in {@code extension}, that no file in {@code folder} has yet. */
    static Path freeName(Path folder, LocalDateTime at, String extension) {
        String stamp = stamp(at);
        Path target = folder.resolve("rapport-" + stamp + "." + extension);
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve("rapport-" + stamp + "-" + n + "." + extension);
        }
        return target;
    }

    /** A time as backups are named: 20261123-101500. */
    static String stamp(LocalDateTime at) {
        return STAMP.format(at);
    }

    /** Deletes what backups cut short by a crash left (only one Rapport writes at a time: the book's lock). */
    static void clearCutShort(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("rapport-.*\\.db\\.partial.*"))
                    .toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            LOG.warn("Cannot clear unfinished backups in {}", folder, e);
        }
    }
}
