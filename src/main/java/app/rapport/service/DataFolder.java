package app.rapport.service;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the book lives: {@code --data DIR}, else {@code RAPPORT_DATA}, else the operating
 * system's per-user application-data folder.
 */
public final class DataFolder {
    public static final String ENV_VARIABLE = "RAPPORT_DATA";
    public static final String SAMPLE_FOLDER = "sample-book";

    private DataFolder() {
    }

    /** The folder for this run, from the command-line option, the environment and the OS. */
    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    static Path resolve(String option, Map<String, String> env, String osName, String userHome) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return osDefault(env, osName, userHome);
    }

    static Path osDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Rapport");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Rapport");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "rapport");
        }
        return Path.of(userHome, ".local", "share", "rapport");
    }

    /** The sample book's folder, kept apart from the owner's own book. */
    public static Path sampleFolder(Path dataFolder) {
        return dataFolder.resolve(SAMPLE_FOLDER);
    }
}
