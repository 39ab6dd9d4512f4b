package app.rapport.channel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the local channel of a book lives: a socket file named by a hash of the data folder's real
 * path, in a folder only this user can open (0700; the socket itself 0600). That folder is
 * {@code $XDG_RUNTIME_DIR/rapport} when the desktop session has one (private, and gone at log-out),
 * else {@code rapport-<user>} in the temporary folder (on macOS and Windows already the user's own).
 * Never in the data folder: it may be on a synced or network drive, where a socket cannot live, and
 * its path may be longer than a socket's path can be (about 100 bytes). A place whose socket path
 * would be too long is passed over for the next.
 */
public final class ChannelPlace {
    /** Linux allows 107 bytes for a socket's path, macOS 103: a margin below both. */
    static final int MAX_SOCKET_PATH = 100;
    static final String SUFFIX = ".sock";
    private static final String OWNER_ONLY = "rwx------";

    private final Path folder;

    /** A place in {@code folder} (tests choose their own). */
    public ChannelPlace(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** This user's place, empty when no folder gives a short enough socket path. */
    public static Optional<ChannelPlace> forThisUser() {
        return choose(System.getenv(), System.getProperty("java.io.tmpdir", "/tmp"),
                System.getProperty("user.name", ""),
                !System.getProperty("os.name", "").startsWith("Windows"));
    }

    // Run at every start of the app, before its window: no streams or lambdas (their first use costs milliseconds).
    static Optional<ChannelPlace> choose(Map<String, String> env, String tmpdir, String user, boolean posix) {
        List<Path> candidates = new ArrayList<>(3);
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank() && Path.of(runtime).isAbsolute()
                && Files.isDirectory(Path.of(runtime))) {
            candidates.add(Path.of(runtime, "rapport"));
        }
        String own = "rapport-".concat(safe(user));
        candidates.add(Path.of(tmpdir).toAbsolutePath().resolve(own));
        if (posix) {
            candidates.add(Path.of("/tmp", own));
        }
        for (Path candidate : candidates) {
            ChannelPlace place = new ChannelPlace(candidate);
            if (place.fits()) {
                return Optional.of(place);
            }
        }
        return Optional.empty();
    }

    /** The user's name as a file name: letters, digits, '-', '_' and '.', at most 32 of them. */
    static String safe(String user) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < user.length() && name.length() < 32; i++) {
            char c = user.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                    || c == '-';
            name.append(plain ? c : '_');
        }
        String plain = name.toString();
        return plain.replace(".", "").isEmpty() ? "user" : plain;
    }

    public Path folder() {
        return folder;
    }

    /** Whether a socket path here stays within the limit every system allows. */
    boolean fits() {
        return socketPathOf("0000000000000000").toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH;
    }

    /** The socket of the book in {@code dataFolder}. */
    public Path socketFor(Path dataFolder) {
        return socketPathOf(hash(book(dataFolder)));
    }

    /**
     * The socket of the app that has the book in {@code dataFolder} open, when there is a socket file
     * for it here and this folder is this user's alone; empty otherwise (then no app of this user
     * listens). Asked at every start of the app: a look at one file, no more, when there is none.
     */
    public Optional<Path> existingSocket(Path dataFolder) {
        Path socket = socketFor(dataFolder);
        return Files.exists(socket, LinkOption.NOFOLLOW_LINKS) && isPrivate() ? Optional.of(socket) : Optional.empty();
    }

    private Path socketPathOf(String name) {
        return folder.resolve(name.concat(SUFFIX));
    }

    /**
     * The name a book goes by on the channel: its data folder's real path (links followed), or its
     * absolute path while it does not exist. Requests carry it; the app answers only for its own.
     */
    public static String book(Path dataFolder) {
        Path absolute = dataFolder.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath().toString();
        } catch (IOException e) {
            return absolute.toString();
        }
    }

    /** FNV-1a, 64 bits, as 16 hex digits: cheap at each start, and the app checks the book by name anyway. */
    static String hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        String hex = Long.toHexString(h);
        return "0".repeat(16 - hex.length()).concat(hex);
    }

    /**
     * Makes the folder (0700) or checks the one there: a directory, not a link, this user's, and
     * open to nobody else (a folder of this user's with wider permissions is narrowed).
     *
     * @throws IOException when the folder cannot be made, or belongs to someone else
     */
    void prepare() throws IOException {
        if (!isPosix()) {
            Files.createDirectories(folder); // Windows: the user's own temporary folder, closed to others
            return;
        }
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(folder.getParent());
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(ownerOnly()));
            } catch (FileAlreadyExistsException raced) {
                // made meanwhile (another start): checked below
            }
        }
        PosixFileAttributes a = attributes();
        if (!a.isDirectory() || !a.owner().equals(currentUser())) {
            throw new IOException(folder + " is not a folder of this user's");
        }
        if (!a.permissions().equals(ownerOnly())) {
            Files.setPosixFilePermissions(folder, ownerOnly());
        }
    }

    /** Whether the folder is there, this user's, and open to nobody else (checked before connecting). */
    boolean isPrivate() {
        if (!isPosix()) {
            return Files.isDirectory(folder);
        }
        try {
            PosixFileAttributes a = attributes();
            return a.isDirectory() && a.owner().equals(currentUser()) && ownerOnly().containsAll(a.permissions());
        } catch (IOException e) {
            return false;
        }
    }

    private static Set<PosixFilePermission> ownerOnly() {
        return PosixFilePermissions.fromString(OWNER_ONLY);
    }

    private PosixFileAttributes attributes() throws IOException {
        return Files.getFileAttributeView(folder, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .readAttributes();
    }

    /** Who this process runs as: the owner of a file it makes (Java has no other portable way to ask). */
    static UserPrincipal currentUser() throws IOException {
        Path probe = Files.createTempFile("rapport-", ".who");
        try {
            return Files.getOwner(probe, LinkOption.NOFOLLOW_LINKS);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
