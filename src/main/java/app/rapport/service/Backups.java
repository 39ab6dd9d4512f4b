package app.rapport.service;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The backups this computer takes of the open book, on the app's timer and from Settings: copies
 * of a book file ({@link BackupService}), or JSON exports of a team book ({@link TeamBookBackups}),
 * both rotated alike (the newest of each of the last 12 days, 10 weeks and 9 months).
 */
public interface Backups {
    /** Where they go. */
    Path folder();

    /** Moves the backups to another folder; new ones go there. */
    Path moveFolder(Path to);

    /** How many there are and the newest, in words. */
    String describe();

    /** Takes one now, then thins out the old ones. */
    Path backupNow();

    /** Takes one when the book changed since the last one. */
    Optional<Path> backupIfChanged();
}
