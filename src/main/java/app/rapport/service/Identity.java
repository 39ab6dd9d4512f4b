package app.rapport.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is working at this computer: the name written as {@code by} on the contacts they log and
 * the decisions they take (FORMATS.md): the name set for this computer in Settings
 * ({@link ThisComputer}), else the full name of this computer's user (on Linux and other Unixes
 * the GECOS field of the user's entry in {@code /etc/passwd}, up to its first comma), else the
 * user's login name. Resolved the first time it is asked for, so that nothing is read at start,
 * and again after {@link #forget}.
 */
public final class Identity {
    private static final Logger LOG = LoggerFactory.getLogger(Identity.class);
    /** No one named: what is logged carries no {@code by} (tests, sample books). */
    public static final Identity NONE = new Identity(() -> null);

    private final Supplier<String> resolve;
    private final ThisComputer computer;
    private volatile Optional<String> name;

    private Identity(Supplier<String> resolve) {
        this(resolve, null);
    }

    private Identity(Supplier<String> resolve, ThisComputer computer) {
        this.resolve = resolve;
        this.computer = computer;
    }

    /** A fixed name. */
    public static Identity named(String name) {
        return new Identity(() -> name);
    }

    /** This computer's user, resolved when first asked for. */
    public static Identity ofThisComputer() {
        return new Identity(Identity::systemUser);
    }

    /** The name set for this computer in {@code computer}, else this computer's user. */
    public static Identity ofThisComputer(ThisComputer computer) {
        return new Identity(() -> {
            try {
                return computer.name().orElseGet(Identity::systemUser);
            } catch (ServiceException e) {
                LOG.warn("Using the computer user's name: {}", e.getMessage());
                return systemUser();
            }
        }, computer);
    }

    /** The name set for this computer in Settings, if one was (empty for a fixed identity). */
    public Optional<String> nameSetHere() {
        return computer == null ? Optional.empty() : computer.name();
    }

    /**
     * Sets the name written on what is logged at this computer from now on; blank goes back to the
     * computer user's full name.
     *
     * @throws ServiceException when the name cannot be used or kept
     */
    public void rename(String newName) {
        if (computer == null) {
            throw new ServiceException("This book records no names.");
        }
        computer.setName(newName);
        forget();
    }

    /** The full name of this computer's user, else the login name. */
    public static String systemUser() {
        return fullName(System.getProperty("user.name"), Path.of("/etc/passwd"));
    }

    /** Resolves the name again the next time it is asked for (after it was changed in Settings). */
    public void forget() {
        name = null;
    }

    /** The name, or {@code null} when no one is named. */
    public String name() {
        Optional<String> n = name;
        if (n == null) {
            String resolved = resolve.get();
            n = Optional.ofNullable(resolved == null || resolved.isBlank() ? null : resolved.strip());
            name = n;
        }
        return n.orElse(null);
    }

    /**
     * The full name of {@code user} from a passwd file (its fifth field, up to the first comma),
     * or the user name itself when the file has none.
     */
    static String fullName(String user, Path passwd) {
        if (user == null || user.isBlank()) {
            return null;
        }
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") && Files.isReadable(passwd)) {
            try {
                for (String line : Files.readAllLines(passwd, StandardCharsets.UTF_8)) {
                    String[] fields = line.split(":", -1);
                    if (fields.length >= 5 && fields[0].equals(user)) {
                        String gecos = fields[4];
                        int comma = gecos.indexOf(',');
                        String full = (comma >= 0 ? gecos.substring(0, comma) : gecos).strip();
                        return full.isEmpty() ? user : full;
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.info("Cannot read the user's full name from {}; using the user name", passwd, e);
            }
        }
        return user;
    }
}
