package app.rapport.reminders;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How to start this same Rapport again, on the same book, in the background (for the start-up entry). */
public final class LaunchCommand {
    static final String MAIN_CLASS = "app.rapport.Main";

    private LaunchCommand() {
    }

    /**
     * @param java the Java launcher running now
     * @param codeSource where Rapport's classes come from: its jar, or a classes folder
     * @param classPath the class path (used when not running from a jar)
     */
    public static List<String> of(String java, Path codeSource, String classPath, Path dataFolder) {
        List<String> command = new ArrayList<>(List.of(java));
        if (codeSource.getFileName() != null && codeSource.getFileName().toString().endsWith(".jar")) {
            command.addAll(List.of("-jar", codeSource.toAbsolutePath().toString()));
        } else {
            command.addAll(List.of("-cp", classPath, MAIN_CLASS));
        }
        command.addAll(List.of("--data", dataFolder.toAbsolutePath().toString(), "--background"));
        return List.copyOf(command);
    }

    /** For the Java running now. */
    public static List<String> current(Path dataFolder) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path codeSource;
        try {
            codeSource = Path.of(LaunchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            codeSource = Path.of(".");
        }
        return of(java, codeSource, System.getProperty("java.class.path"), dataFolder);
    }
}
