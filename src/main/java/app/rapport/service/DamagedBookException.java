package app.rapport.service;

import java.nio.file.Path;

/**
 * The book failed its check at opening: Rapport will not use it, and will not start an empty
 * one in its place. The owner restores a backup ({@link BackupFolder#newestSound}).
 */
public final class DamagedBookException extends ServiceException {
    private static final long serialVersionUID = 1L;
    private final transient Path dataFolder;
    private final String reason;

    public DamagedBookException(Path dataFolder, String reason, Throwable cause) {
        super("The book in " + dataFolder + " is damaged (" + plain(reason) + "). Rapport has not changed it.", cause);
        this.dataFolder = dataFolder;
        this.reason = reason;
    }

    /** SQLite's findings in words an owner reads; the details stay in {@link #reason()} and the log. */
    static String plain(String reason) {
        String r = reason == null ? "" : reason.strip();
        boolean technical = r.contains("\n") || r.contains("***") || r.contains("page ") || r.contains("btree")
                || r.length() > 80;
        return technical ? "parts of the file do not fit together any more" : r;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public String reason() {
        return reason;
    }
}
