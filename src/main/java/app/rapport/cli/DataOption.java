package app.rapport.cli;

import picocli.CommandLine.Option;

/** {@code --data DIR} and {@code --book URL}, which every command takes. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "The data folder (default: $RAPPORT_DATA, else the per-user application-data folder).")
    String folder;

    @Option(names = "--book", paramLabel = "URL", description = "A team book on a PostgreSQL server instead of the"
            + " data folder's (default: $RAPPORT_BOOK): postgresql://HOST[:PORT]/DATABASE[?user=NAME&sslmode=MODE]."
            + " The password comes from ~/.pgpass or PGPASSWORD.")
    String book;
}
