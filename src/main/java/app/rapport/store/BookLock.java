package app.rapport.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One writer per book: an operating-system lock on {@code rapport.lock} in the data folder.
 * The OS drops the lock when the process ends, however it ends, so a lock left by a killed
 * process never blocks the next start. The file also says who holds it, for the message.
 */
public final class BookLock implements AutoCloseable {
    public static final String FILE_NAME = "rapport.lock";
    /** The locked byte lies past the text, so the holder's note stays readable on every OS. */
    private static final long LOCK_POSITION = 1L << 20;

    private final FileChannel channel;
    private final FileLock lock;

    private BookLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the book's lock for {@code holder} ("the Rapport app", "rapport import"...).
     *
     * @throws BookLockedException when another process (or this one) already holds it
     */
    public static BookLock acquire(Path dataFolder, String holder) {
        Path file = dataFolder.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(dataFolder);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCK_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new BookLockedException(lockedMessage(dataFolder, readHolder(file)));
            }
            channel.truncate(0);
            String note = holder + " (process " + ManagementFactory.getRuntimeMXBean().getPid()
                    + ", since " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ")";
            channel.write(ByteBuffer.wrap(note.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new BookLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Could not open the book's lock file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether some process holds the book's lock right now. */
    public static boolean isHeld(Path dataFolder) {
        try (BookLock ignored = acquire(dataFolder, "a check")) {
            return false;
        } catch (BookLockedException e) {
            return true;
        }
    }

    private static String lockedMessage(Path dataFolder, String holder) {
        String who = holder.isBlank() ? "Another copy of Rapport" : holder;
        return "The book in " + dataFolder + " is open in " + who
                + ". Close it there first, then try again.";
    }

    private static String readHolder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel's close below releases it too
        }
        closeQuietly(channel);
    }
}
