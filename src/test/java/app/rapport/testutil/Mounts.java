package app.rapport.testutil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Folders a test cannot write (a read-only stick) and small disks that fill up. Permission bits do
 * not stop root, so as root a read-only folder is a read-only bind mount of it, and a small disk a
 * small tmpfs; as another user, a read-only folder is one without write permission, and a small
 * disk cannot be had. A test that cannot have what it needs is skipped, saying why.
 */
public final class Mounts implements AutoCloseable {
    private final List<Path> mounted = new ArrayList<>();
    private final List<Path> madeReadOnly = new ArrayList<>();

    public static boolean isRoot() {
        return ProcessHandle.current().info().user().map("root"::equals).orElse(false);
    }

    /**
     * {@code folder}, read-only, as a path to read it by: as root a read-only bind mount of it at
     * {@code view} (the folder itself stays writable); otherwise the folder itself, its files 0444
     * and itself 0555 until {@link #close}.
     */
    public Path readOnly(Path folder, Path view) throws IOException {
        if (isRoot()) {
            Files.createDirectories(view);
            run("mount", "--bind", folder.toString(), view.toString());
            mounted.add(0, view);
            run("mount", "-o", "remount,ro,bind", view.toString());
            Assumptions.assumeFalse(Files.isWritable(view), "the read-only bind mount of " + folder + " is writable");
            return view;
        }
        Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "read-only folders are made with POSIX permissions here");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
            }
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        madeReadOnly.add(folder);
        return folder;
    }

    /** A new disk of {@code size} (e.g. "2m") at {@code at}: a tmpfs, as root only. */
    public Path smallDisk(Path at, String size) throws IOException {
        Assumptions.assumeTrue(isRoot(), "a small disk is a tmpfs mount, and only root can mount one: skipped");
        Files.createDirectories(at);
        run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString());
        mounted.add(0, at);
        return at;
    }

    private static void run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            boolean done = p.waitFor(30, TimeUnit.SECONDS);
            String said = new String(p.getInputStream().readAllBytes()).strip();
            Assumptions.assumeTrue(done && p.exitValue() == 0,
                    "cannot " + String.join(" ", command) + " here (" + said + "): skipped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        for (Path m : mounted) {
            new ProcessBuilder("umount", m.toString()).inheritIO().start().onExit().join();
        }
        for (Path folder : madeReadOnly) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        }
    }
}
