package app.rapport.cli;

import app.rapport.model.ExplainedException;
import app.rapport.service.DataFolder;
import app.rapport.service.OpenBook;
import app.rapport.service.TeamBookAddress;
import app.rapport.service.TeamBookPasswords;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rapport [--data DIR] [--background] [COMMAND]}: without a command, the desktop app opens. */
@Command(name = "rapport", mixinStandardHelpOptions = true, version = "Rapport 0.1",
        description = "A follow-up manager for small businesses. Without a command, opens the app.",
        subcommands = {StatsCommand.class, TodayCommand.class, DemoCommand.class, ExportCommand.class,
            ImportCommand.class, LetterCommand.class, LabelsCommand.class,
            BackupCommand.class, RestoreCommand.class, CheckCommand.class, InsightCommand.class,
            ImportSalesCommand.class, LogCommand.class, ShareCommand.class})
public final class RapportCommand {
    /** The environment variable that names a team book for every command. */
    public static final String ENV_BOOK = "RAPPORT_BOOK";

    @Mixin
    DataOption data;

    @Option(names = "--background", description = "Start the app hidden; only the daily reminder shows.")
    boolean background;

    final PrintStream out;
    final PrintStream err;
    final Clock clock;

    RapportCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** The environment ({@code RAPPORT_BOOK}); tests give their own. */
    Map<String, String> env = System.getenv();
    TeamBookPasswords passwords = TeamBookPasswords.ofThisComputer();

    /** The data folder named by a command's own {@code --data}, else the one before the command. */
    Path dataFolder(DataOption own) {
        return DataFolder.resolve(own != null && own.folder != null ? own.folder : data.folder);
    }

    /**
     * The team book named by a command's own {@code --book}, else the one before the command, else
     * {@code RAPPORT_BOOK}; empty for the data folder's own book.
     */
    Optional<TeamBookAddress> teamBook(DataOption own) {
        String url = own != null && own.book != null ? own.book : data.book != null ? data.book : env.get(ENV_BOOK);
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(address(url));
    }

    /** A team book's address as written on the command line; a wrong one is bad input, in one line. */
    TeamBookAddress address(String url) {
        try {
            return TeamBookAddress.parse(url, System.getProperty("user.name"));
        } catch (IllegalArgumentException e) {
            throw new ExplainedException(e.getMessage());
        }
    }

    /** Opens the book only to read it: the data folder's without its lock, or the team book. */
    OpenBook openForReading(DataOption own, String holder) {
        Optional<TeamBookAddress> team = teamBook(own);
        return team.isPresent() ? openTeam(team.get(), own) : OpenBook.openForReading(dataFolder(own), clock, holder);
    }

    /** Opens the book to change it: the data folder's under its lock, or the team book. */
    OpenBook openForWriting(DataOption own, String holder) {
        Optional<TeamBookAddress> team = teamBook(own);
        return team.isPresent() ? openTeam(team.get(), own) : OpenBook.open(dataFolder(own), false, clock, holder);
    }

    /** Refuses, saying {@code instead}, when the book is a team book (backup, restore, check). */
    void refuseOnTeamBook(DataOption own, String instead) {
        if (teamBook(own).isPresent()) {
            throw new ExplainedException(instead);
        }
    }

    /** Opens the team book at {@code address}, with this computer's password for it and {@code own}'s folder. */
    OpenBook openTeam(TeamBookAddress address, DataOption own) {
        return OpenBook.openTeam(address, passwords.find(address), dataFolder(own), clock, false);
    }
}
