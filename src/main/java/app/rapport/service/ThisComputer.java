package app.rapport.service;

import app.rapport.io.AtomicFile;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * What belongs to this computer rather than to the book, kept in its data folder
 * ({@code computer.properties}): the name written as {@code by} on what is logged here, when the
 * owner set one, a random id that keeps this computer's daily reminder apart from the other
 * computers' on a team book, and the team book opened last here.
 */
public final class ThisComputer {
    static final String FILE = "computer.properties";
    private static final String NAME = "name";
    private static final String ID = "id";
    private static final String TEAM_BOOK = "teamBook";
    private static final String TEAM_BOOK_IN_USE = "teamBookInUse";
    /** The longest name, as FORMATS.md's {@code by}. */
    public static final int MAX_NAME = 200;
    private final Path file;

    public ThisComputer(Path dataFolder) {
        this.file = dataFolder.resolve(FILE);
    }

    /** The name the owner set for this computer, if any. */
    public Optional<String> name() {
        return Optional.ofNullable(read().getProperty(NAME)).map(String::strip).filter(n -> !n.isEmpty());
    }

    /**
     * Sets the name written on what is logged here; blank goes back to the computer user's full name.
     *
     * @throws ServiceException when the name is too long or has more than one line, or the file cannot be written
     */
    public void setName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.length() > MAX_NAME || n.contains("\n") || n.contains("\r")) {
            throw new ServiceException("A name is one line of at most " + MAX_NAME + " characters.");
        }
        Properties p = read();
        if (n.isEmpty()) {
            p.remove(NAME);
        } else {
            p.setProperty(NAME, n);
        }
        write(p);
    }

    /** The address of the team book opened last at this computer, to offer it again. */
    public Optional<String> lastTeamBook() {
        return Optional.ofNullable(read().getProperty(TEAM_BOOK)).filter(u -> !u.isBlank());
    }

    /** Remembers the team book opened (its address, never its password), as the one in use. */
    public void setLastTeamBook(String url) {
        Properties p = read();
        p.setProperty(TEAM_BOOK, url);
        p.setProperty(TEAM_BOOK_IN_USE, "true");
        write(p);
    }

    /** Whether the team book opened last was still open when the app closed: the app opens it again. */
    public boolean teamBookInUse() {
        Properties p = read();
        return Boolean.parseBoolean(p.getProperty(TEAM_BOOK_IN_USE)) && !p.getProperty(TEAM_BOOK, "").isBlank();
    }

    /** The owner went back to the book on this computer: the next start opens that one. */
    public void leftTeamBook() {
        Properties p = read();
        if (p.remove(TEAM_BOOK_IN_USE) != null) {
            write(p);
        }
    }

    /** This computer's id, made the first time it is asked for. */
    public String id() {
        Properties p = read();
        String id = p.getProperty(ID);
        if (id == null || id.isBlank()) {
            id = UUID.randomUUID().toString();
            p.setProperty(ID, id);
            write(p);
        }
        return id;
    }

    private Properties read() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return p;
        } catch (IOException | IllegalArgumentException e) {
            throw new ServiceException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return p;
    }

    private void write(Properties p) {
        try {
            StringWriter text = new StringWriter();
            p.store(text, "Rapport on this computer");
            AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ServiceException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
