package app.rapport.service;

import app.rapport.io.AtomicFile;
import app.rapport.io.PgPassFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a team book's password comes from, as PostgreSQL's own tools find it: the environment's
 * {@code PGPASSWORD}, else the password file ({@code PGPASSFILE}, else {@code ~/.pgpass}; on Windows
 * {@code %APPDATA%\postgresql\pgpass.conf}), which is ignored, as libpq ignores it, when others than
 * its owner may read it. Rapport never keeps a password in its own settings nor takes one on the
 * command line; "remember" writes the password file, readable by its owner alone.
 */
public final class TeamBookPasswords {
    private static final Logger LOG = LoggerFactory.getLogger(TeamBookPasswords.class);
    private final Map<String, String> env;
    private final Path home;
    private final boolean windows;

    public TeamBookPasswords(Map<String, String> env, Path home, boolean windows) {
        this.env = env;
        this.home = home;
        this.windows = windows;
    }

    public static TeamBookPasswords ofThisComputer() {
        return new TeamBookPasswords(System.getenv(), Path.of(System.getProperty("user.home")),
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"));
    }

    /** The password file this computer's PostgreSQL tools read. */
    public Path file() {
        String named = env.get("PGPASSFILE");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        if (windows && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "postgresql", "pgpass.conf");
        }
        return home.resolve(".pgpass");
    }

    /** The password for {@code address}, if this computer has one. */
    public Optional<char[]> find(TeamBookAddress address) {
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(fromEnv.toCharArray());
        }
        Path file = file();
        try {
            if (!Files.isRegularFile(file) || !ownerOnly(file)) {
                return Optional.empty();
            }
            return PgPassFile.of(Files.readString(file, StandardCharsets.UTF_8))
                    .password(address.host(), address.port(), address.database(), address.user())
                    .map(String::toCharArray);
        } catch (IOException e) {
            LOG.warn("Cannot read the password file {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Writes {@code password} for {@code address} into the password file, readable by its owner alone. */
    public Path remember(TeamBookAddress address, char[] password) {
        Path file = file();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            String before = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            String after = PgPassFile.of(before).with(address.host(), address.port(), address.database(),
                    address.user(), new String(password));
            AtomicFile.writeOwnerOnly(file, after.getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new ServiceException("Cannot remember the password in " + file + ": " + e.getMessage(), e);
        }
    }

    private boolean ownerOnly(Path file) throws IOException {
        if (windows || !Files.getFileStore(file).supportsFileAttributeView("posix")) {
            return true;
        }
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
        boolean others = p.stream().anyMatch(x -> x.name().startsWith("GROUP") || x.name().startsWith("OTHERS"));
        if (others) {
            LOG.warn("The password file {} may be read by others than its owner, so it is not used (chmod 0600 it)",
                    file);
        }
        return !others;
    }
}
