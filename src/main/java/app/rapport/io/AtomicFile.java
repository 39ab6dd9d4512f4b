package app.rapport.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: into a hidden temporary file in the same folder (made with
 * the permissions every new file of the owner's gets, not owner-only ones), synced to the disk,
 * then moved over the target in one step. Where the file system cannot move in one step, the one
 * fallback is an ordinary move that replaces the target. A write cut short leaves the target as it
 * was and removes its temporary file. Files another program writes (SQLite's copies of the book)
 * are put in place by the same rule: {@link #sync} them, then {@link #move} them.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** What goes into the file, written to {@code out} (closing it only flushes it). */
    @FunctionalInterface
    public interface Body<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code body} to {@code target}, whole or not at all; returns what {@code body} returned. */
    public static <T> T write(Path target, Body<T> body) throws IOException {
        return write(target, body, new FileAttribute<?>[0]);
    }

    /**
     * Writes {@code bytes} to {@code target} as {@link #write(Path, byte[])} does, readable and
     * writable by the owner alone (mode 0600) from the start, where the file system has owners and
     * modes: for a file that holds a password.
     */
    public static void writeOwnerOnly(Path target, byte[] bytes) throws IOException {
        boolean posix = Files.getFileStore(target.toAbsolutePath().getParent()).supportsFileAttributeView("posix");
        FileAttribute<?> rwOwner = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
        FileAttribute<?>[] ownerOnly = posix ? new FileAttribute<?>[] {rwOwner} : new FileAttribute<?>[0];
        write(target, out -> {
            out.write(bytes);
            return null;
        }, ownerOnly);
    }

    private static <T> T write(Path target, Body<T> body, FileAttribute<?>[] attributes) throws IOException {
        Path file = target.toAbsolutePath();
        Path temp = file.resolveSibling("." + file.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
        boolean moved = false;
        try {
            T result;
            try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), attributes)) {
                OutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                result = body.writeTo(new FilterOutputStream(buffered) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // the file is closed below, once synced
                    }
                });
                buffered.flush();
                channel.force(true);
            }
            move(temp, file);
            moved = true;
            return result;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    /** Writes {@code bytes} to {@code target}, whole or not at all. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> {
            out.write(bytes);
            return null;
        });
    }

    /** Syncs a file written otherwise to the disk, before it is {@linkplain #move moved} into place. */
    public static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // a hidden .part file left over is harmless; what failed is reported
        }
    }

    /**
     * Moves a finished, synced file over {@code to} in one step (where the file system cannot, the
     * one fallback: an ordinary move that replaces it), then syncs the folder.
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        try (FileChannel folder = FileChannel.open(to.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some systems cannot sync a folder; the file itself is synced
        }
    }
}
