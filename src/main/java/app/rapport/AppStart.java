package app.rapport;

import app.rapport.service.DataFolder;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The plain ways of opening the app ({@code rapport}, {@code rapport --data DIR},
 * {@code --data=DIR}, with or without {@code --background}), recognised without the command-line
 * parser, whose start costs about a tenth of a second the app's window need not wait for.
 * Anything else is left to the parser ({@link app.rapport.cli.Cli}).
 */
record AppStart(Path dataFolder, boolean background) {

    static Optional<AppStart> of(String[] args) {
        String data = null;
        boolean background = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--background") && !background) {
                background = true;
            } else if (a.equals("--data") && data == null && i + 1 < args.length && isValue(args[i + 1])) {
                data = args[++i];
            } else if (a.startsWith("--data=") && data == null && a.length() > "--data=".length()) {
                data = a.substring("--data=".length());
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new AppStart(DataFolder.resolve(data), background));
    }

    private static boolean isValue(String s) {
        return !s.isEmpty() && !s.startsWith("-");
    }
}
