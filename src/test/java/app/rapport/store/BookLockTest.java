package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookLockTest {
    @TempDir
    Path dir;

    @Test
    void acquire_whileHeld_isRefusedWithTheHolderNamed() {
        try (BookLock ignored = BookLock.acquire(dir, "the Rapport app")) {
            assertThat(BookLock.isHeld(dir)).isTrue();
            assertThatThrownBy(() -> BookLock.acquire(dir, "rapport import"))
                    .isInstanceOf(BookLockedException.class)
                    .hasMessageContaining("is open in the Rapport app")
                    .hasMessageContaining("process " + ProcessHandle.current().pid());
        }
    }

    @Test
    void acquire_afterRelease_succeeds() {
        BookLock.acquire(dir, "first").close();
        try (BookLock lock = BookLock.acquire(dir, "second")) {
            assertThat(lock).isNotNull();
        }
        assertThat(BookLock.isHeld(dir)).isFalse();
    }

    @Test
    void acquire_lockOfAnotherProcess_isRefused_andAKilledHolderLeavesNoLock() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try {
            String line = new String(holder.getInputStream().readNBytes(6));
            assertThat(line).isEqualTo("locked");
            assertThatThrownBy(() -> BookLock.acquire(dir, "rapport import"))
                    .isInstanceOf(BookLockedException.class)
                    .hasMessageContaining("a test holder");
        } finally {
            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (BookLock lock = BookLock.acquire(dir, "next start")) {
            assertThat(lock).isNotNull();
        }
    }

    /** Holds the lock of the folder in args[0] until killed. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            BookLock.acquire(Path.of(args[0]), "a test holder");
            System.out.print("locked");
            System.out.flush();
            new CountDownLatch(1).await();
        }
    }
}
