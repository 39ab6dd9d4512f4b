package app.rapport.cli;

import app.rapport.model.InvalidValueException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/**
 * {@code --as-of DATE}: the day a command works for, today unless given. A value that is not a date
 * is bad input (exit 1, one line), not a usage error: the option was used right, its date is wrong.
 */
final class AsOfOption {
    @Option(names = "--as-of", paramLabel = "DATE", description = "The day, YYYY-MM-DD (default today).")
    String text;

    /** The date given, or today by {@code clock}. */
    LocalDate day(Clock clock) {
        if (text == null) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("asOf", "--as-of " + Terminal.safe(text)
                    + " is not a date: write it YYYY-MM-DD.");
        }
    }
}
