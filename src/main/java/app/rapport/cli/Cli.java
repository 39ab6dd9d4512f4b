package app.rapport.cli;

import app.rapport.model.ExplainedException;
import app.rapport.model.InvalidValueException;
import app.rapport.service.BackupFolder;
import app.rapport.service.DamagedBookException;
import app.rapport.service.DataFolder;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line of FORMATS.md. Exit status 0 on success, 1 on bad input (a one-line reason on
 * stderr, nothing changed), 2 on usage errors.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    /** What a command says of a failure nobody expected (the details go to the log). */
    public static final String UNEXPECTED = "something went wrong; nothing was changed. The details are in the log"
            + " in the data folder.";

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final Map<String, String> env;

    public Cli(PrintStream out, PrintStream err, Clock clock) {
        this(out, err, clock, System.getenv());
    }

    /** As above, with the environment {@code env} (where {@code RAPPORT_BOOK} is read). */
    Cli(PrintStream out, PrintStream err, Clock clock, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.env = env;
    }

    /** What a parse of the arguments says: a command to run, or the app with its data folder. */
    public record Parsed(boolean isCommand, Path dataFolder, boolean background, OptionalInt exitCode) {
    }

    public Parsed parse(String[] args) {
        RapportCommand root = root();
        CommandLine cl = commandLine(root);
        try {
            ParseResult result = cl.parseArgs(args);
            if (result.hasSubcommand()) {
                String folder = result.subcommand().matchedOptionValue("--data", root.data.folder);
                return new Parsed(true, DataFolder.resolve(folder), false, OptionalInt.empty());
            }
            if (cl.isUsageHelpRequested() || cl.isVersionHelpRequested()) {
                CommandLine.printHelpIfRequested(result);
                return new Parsed(false, DataFolder.resolve(root.data.folder), false, OptionalInt.of(OK));
            }
            return new Parsed(false, DataFolder.resolve(root.data.folder), root.background, OptionalInt.empty());
        } catch (ParameterException e) {
            return new Parsed(true, DataFolder.resolve(null), false, OptionalInt.empty());
        }
    }

    /** Names the newest sound backup and the command that restores it, or says there is none. */
    static void suggestRestore(Path dataFolder, PrintStream err) {
        Optional<BackupFolder.Backup> newest =
                BackupFolder.newestSound(dataFolder);
        if (newest.isPresent()) {
            err.println("rapport: the newest sound backup is from " + newest.get().takenAt().toLocalDate() + " "
                    + newest.get().takenAt().toLocalTime() + ": restore it with");
            err.println("  rapport restore " + newest.get().file() + " --data " + dataFolder);
        } else {
            err.println("rapport: there is no sound backup in " + BackupFolder.of(dataFolder)
                    + "; the book has not been changed.");
        }
    }

    /** Runs a command and returns its exit status. */
    public int execute(String[] args) {
        return commandLine(root()).execute(args);
    }

    /** The commands print through guards: no control character of the book reaches the terminal raw. */
    private RapportCommand root() {
        RapportCommand root = new RapportCommand(Terminal.guarded(out), Terminal.guarded(err), clock);
        root.env = env;
        return root;
    }

    private CommandLine commandLine(RapportCommand root) {
        CommandLine cl = new CommandLine(root);
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ExplainedException || e instanceof InvalidValueException) {
                err.println("rapport: " + Terminal.safe(e.getMessage()));
                if (e instanceof DamagedBookException damaged) {
                    err.println("rapport: SQLite says: "
                            + damaged.reason().lines().filter(l -> !l.startsWith("***")).findFirst().orElse("")
                            + (damaged.reason().lines().count() > 1 ? " …" : ""));
                    suggestRestore(damaged.dataFolder(), err);
                }
                LoggerFactory.getLogger(Cli.class).info("Command failed: {}", e.getMessage(), e);
                return BAD_INPUT;
            }
            Logger log = LoggerFactory.getLogger(Cli.class);
            log.error("Command failed unexpectedly", e);
            // the exception itself is for the log: its class and message are the libraries' words, not the owner's
            err.println("rapport: " + UNEXPECTED);
            return BAD_INPUT;
        });
        return cl;
    }
}
