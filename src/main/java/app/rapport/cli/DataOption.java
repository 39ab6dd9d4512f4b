package app.rapport.cli;

import picocli.CommandLine.Option;

/** {@code --data DIR}, which every command takes. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "The data folder (default: $RAPPORT_DATA, else the per-user application-data folder).")
    String folder;
}
