package app.rapport.service;

import app.rapport.store.SqliteBookStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the book lives: {@code --data DIR}, else {@code RAPPORT_DATA}, else the operating
 * system's per-user application-data folder.
 */
public final class DataFolder {
    public static final String ENV_VARIABLE = "RAPPORT_DATA";
    public static final String SAMPLE_FOLDER = "sample-book";

    private DataFolder() {
    }

    /** The folder for this run, from the command-line option, the environment and the OS. */
    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    static Path resolve(String option, Map<String, String> env, String osName, String userHome) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return osDefault(env, osName, userHome);
    }

    static Path osDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Rapport");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Rapport");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "rapport");
        }
        return Path.of(userHome, ".local", "share", "rapport");
    }

    /** The sample book's folder, kept apart from the owner's own book. */
    public static Path sampleFolder(Path dataFolder) {
        return dataFolder.resolve(SAMPLE_FOLDER);
    }

    /** Makes {@code folder} (and its parents) when it is not there yet. */
    public static void create(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ServiceException("Cannot make the data folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether nothing can be written in {@code folder} (a read-only stick, a folder without write
     * permission), or, while it does not exist, in the nearest folder above it that does.
     */
    public static boolean isReadOnly(Path folder) {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && !Files.isWritable(existing);
    }

    /**
     * Refuses, in one plain line, to change a book that cannot be written: its folder or its file
     * is read-only. Reading it needs no writing (see {@link OpenBook#openForReading}).
     */
    public static void refuseReadOnly(Path folder) {
        Path book = folder.resolve(SqliteBookStore.BOOK_FILE);
        if (isReadOnly(folder) || Files.exists(book) && !Files.isWritable(book)) {
            throw new ServiceException("The data folder " + folder + " is read-only: Rapport can read the book there"
                    + " (stats, today, export, check) but not change it.");
        }
    }

    /** File systems that live on another computer: SQLite's locking is not to be trusted there. */
    static final Set<String> NETWORK_TYPES = Set.of("nfs", "nfs4", "cifs", "smb", "smbfs", "smb2",
            "smb3", "fuse.sshfs", "sshfs", "9p", "afpfs", "webdav", "davfs", "fuse.davfs", "fuse.rclone", "ncpfs",
            "fuse.gvfsd-fuse", "ceph", "glusterfs", "fuse.glusterfs");

    /** A warning when the folder is on a network file system (by its type); empty when it is local. */
    public static Optional<String> networkWarning(Path folder) {
        try {
            Path existing = folder.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return Optional.empty();
            }
            String type = Files.getFileStore(existing).type().toLowerCase(Locale.ROOT);
            return isNetwork(type) ? Optional.of("Your book is in " + folder + ", on a network drive (" + type
                    + "). A book on a network drive can be damaged when the connection drops or two computers open"
                    + " it: keep it on this computer and let the backups go to the network or a synced folder.")
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static boolean isNetwork(String fileSystemType) {
        return NETWORK_TYPES.contains(fileSystemType.toLowerCase(Locale.ROOT));
    }
}
