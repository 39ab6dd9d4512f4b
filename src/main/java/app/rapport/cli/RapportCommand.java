package app.rapport.cli;

import app.rapport.service.DataFolder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rapport [--data DIR] [--background] [COMMAND]}: without a command, the desktop app opens. */
@Command(name = "rapport", mixinStandardHelpOptions = true, version = "Rapport 0.1",
        description = "A follow-up manager for small businesses. Without a command, opens the app.",
        subcommands = {StatsCommand.class, TodayCommand.class, DemoCommand.class, ExportCommand.class,
            ImportCommand.class, LetterCommand.class, LabelsCommand.class,
            BackupCommand.class, RestoreCommand.class, CheckCommand.class, InsightCommand.class,
            ImportSalesCommand.class, LogCommand.class})
public final class RapportCommand {
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

    /** The data folder named by a command's own {@code --data}, else the one before the command. */
    Path dataFolder(DataOption own) {
        return DataFolder.resolve(own != null && own.folder != null ? own.folder : data.folder);
    }
}
