package app.rapport.service;

import app.rapport.io.AtomicFile;
import app.rapport.store.BookLock;
import app.rapport.store.SqliteBookStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where Rapport may write a file the owner named (an export, a letter's PDF, labels) or put a
 * backup: never over the book, its journals, its lock or a backup, nor anywhere inside the data
 * folder or the backup folder, nor over something that is not an ordinary file (a folder, a
 * device, a pipe). Symbolic links and {@code ..} are followed first: a link to the book is the
 * book. Every service that writes such a file goes through {@link #write}, so the command line and
 * the app refuse alike.
 */
public final class OutputTarget {
    private static final int MAX_LINKS = 40;

    private OutputTarget() {
    }

    /**
     * Checks {@code target} against the book in {@code dataFolder}, then writes it whole or not at
     * all ({@link AtomicFile}); failures come back in plain words.
     *
     * @throws ServiceException when the target is refused or cannot be written
     */
    public static <T> T write(Path dataFolder, Path target, AtomicFile.Body<T> body) {
        Path checked = check(dataFolder, target);
        try {
            return AtomicFile.write(checked, body);
        } catch (IOException e) {
            throw new ServiceException("Cannot write " + target + ": " + inWords(e) + ".", e);
        } catch (UncheckedIOException e) {
            throw new ServiceException("Cannot write " + target + ": " + inWords(e.getCause()) + ".", e);
        }
    }

    /**
     * Refuses a file that is, or lies in, what Rapport keeps (see the class), or that exists and is
     * not an ordinary file; returns where to write it, links and {@code ..} resolved. Without a
     * {@code dataFolder}, only the last.
     *
     * @throws ServiceException saying why, in one line
     */
    public static Path check(Path dataFolder, Path target) {
        Path resolved = resolve(target);
        if (Files.isDirectory(resolved)) {
            throw refused(target, "it is a folder; name a file");
        }
        if (Files.exists(resolved) && !Files.isRegularFile(resolved)) {
            throw refused(target, "it is not an ordinary file (a device, a pipe or the like)");
        }
        if (dataFolder == null) {
            return resolved;
        }
        Path data = resolve(dataFolder);
        Optional<String> part = bookPart(data, resolved);
        if (part.isPresent()) {
            throw refused(target, "it is " + part.get() + ". Choose a file outside the data folder " + dataFolder);
        }
        if (resolved.startsWith(data)) {
            throw refused(target, "it is inside the data folder " + dataFolder
                    + ", which holds the book. Choose a file outside it");
        }
        Path backups = resolve(BackupFolder.of(dataFolder));
        if (resolved.startsWith(backups)) {
            throw refused(target, "it is inside the backup folder " + backups + ". Choose a file outside it");
        }
        return resolved;
    }

    /**
     * Checks a folder a backup is to be written into: the backup folder, or any folder outside the
     * data folder; never the data folder itself nor a folder inside it, nor a file. Returns the
     * folder, links and {@code ..} resolved.
     *
     * @throws ServiceException saying why, in one line
     */
    public static Path checkFolder(Path dataFolder, Path folder) {
        Path resolved = resolve(folder);
        if (Files.exists(resolved) && !Files.isDirectory(resolved)) {
            throw new ServiceException("Cannot put a backup in " + folder + ": it is a file, not a folder.");
        }
        Path backups = resolve(BackupFolder.of(dataFolder));
        if (resolved.equals(backups)) {
            return resolved;
        }
        Path data = resolve(dataFolder);
        if (resolved.startsWith(data)) {
            throw new ServiceException("Cannot put a backup in " + folder + ": it is "
                    + (resolved.equals(data) ? "the data folder itself" : "inside the data folder " + dataFolder)
                    + ", which holds the book. Choose a folder outside it, or the backup folder " + backups + ".");
        }
        return resolved;
    }

    /** What of the book {@code file} is, by name in the data folder or as the same file under another name. */
    private static Optional<String> bookPart(Path data, Path file) {
        Path book = data.resolve(SqliteBookStore.BOOK_FILE);
        List<Path> journals = List.of(sibling(book, "-wal"), sibling(book, "-shm"), sibling(book, "-journal"));
        Path lock = data.resolve(BookLock.FILE_NAME);
        if (file.equals(book) || sameFile(file, book)) {
            return Optional.of("the book itself");
        }
        for (Path journal : journals) {
            if (file.equals(journal) || sameFile(file, journal)) {
                return Optional.of("part of the book (its journal " + journal.getFileName() + ")");
            }
        }
        if (file.equals(lock) || sameFile(file, lock)) {
            return Optional.of("the book's lock file");
        }
        if (file.startsWith(data) && BackupFolder.parse(file).isPresent()) {
            return Optional.of("a backup of the book");
        }
        return Optional.empty();
    }

    /** Whether both exist and are one file (a hard link to the book is the book). */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /**
     * {@code path} as the file system sees it: absolute, every symbolic link followed (a link to a
     * file that does not exist yet, too) and every {@code ..} applied to the real folder.
     */
    static Path resolve(Path path) {
        Path p = path.toAbsolutePath();
        try {
            for (int links = 0; links < MAX_LINKS; links++) {
                if (Files.exists(p)) {
                    return p.toRealPath();
                }
                Path parent = p.getParent();
                if (parent == null || p.getFileName() == null) {
                    return p.normalize();
                }
                Path candidate = resolve(parent).resolve(p.getFileName()).normalize();
                if (!Files.isSymbolicLink(candidate)) {
                    return candidate;
                }
                p = candidate.resolveSibling(Files.readSymbolicLink(candidate));
            }
        } catch (IOException e) {
            throw new ServiceException("Cannot write " + path + ": " + inWords(e) + ".", e);
        }
        throw new ServiceException("Cannot write " + path + ": it leads through too many symbolic links.");
    }

    private static ServiceException refused(Path target, String why) {
        return new ServiceException("Cannot write " + target + ": " + why + ".");
    }

    /** A file error in plain words: the disk is full, permission denied, the folder does not exist... */
    static String inWords(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String text = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (text == null) {
            return e.getClass().getSimpleName();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left on device") || lower.contains("not enough space on the disk")
                || lower.contains("disk quota exceeded")) {
            return "the disk is full";
        }
        if (lower.contains("read-only file system")) {
            return "the disk is read-only";
        }
        return text;
    }
}
