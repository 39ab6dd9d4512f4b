package app.rapport.reminders;

import app.rapport.io.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Start Rapport when I log in": the operating system's own start-up entry, which launches Rapport
 * with {@code --background}. Linux: an XDG autostart {@code .desktop} file; Windows: a command file
 * in the user's Startup folder; macOS: a LaunchAgent property list.
 */
public final class Autostart {
    /** The systems Rapport knows how to start with. */
    public enum Os {
        LINUX, WINDOWS, MAC;

        public static Os of(String osName) {
            String name = osName.toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
        }
    }

    static final String LABEL = "app.rapport.Rapport";

    private final Os os;
    private final Path home;
    private final Map<String, String> env;

    public Autostart(Os os, Path home, Map<String, String> env) {
        this.os = os;
        this.home = home;
        this.env = Map.copyOf(env);
    }

    /** For this machine and user. */
    public static Autostart forThisUser() {
        return new Autostart(Os.of(System.getProperty("os.name", "")), Path.of(System.getProperty("user.home")),
                System.getenv());
    }

    /** Where the entry lives. */
    public Path entryFile() {
        return switch (os) {
            case LINUX -> {
                String config = env.get("XDG_CONFIG_HOME");
                Path base = config != null && !config.isBlank() && Path.of(config).isAbsolute()
                        ? Path.of(config) : home.resolve(".config");
                yield base.resolve("autostart").resolve("rapport.desktop");
            }
            case WINDOWS -> {
                String appData = env.get("APPDATA");
                Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
                yield base.resolve("Microsoft/Windows/Start Menu/Programs/Startup/Rapport.cmd");
            }
            case MAC -> home.resolve("Library/LaunchAgents").resolve(LABEL + ".plist");
        };
    }

    public boolean isEnabled() {
        return Files.isRegularFile(entryFile());
    }

    /** Writes the entry (replacing an older one whole) that runs {@code command} at log-in. */
    public void enable(List<String> command) throws IOException {
        Path file = entryFile();
        Files.createDirectories(file.getParent());
        AtomicFile.write(file, content(command).getBytes(StandardCharsets.UTF_8));
    }

    public void disable() throws IOException {
        Files.deleteIfExists(entryFile());
    }

    /** The entry's text for {@code command} (the program and its arguments). */
    public String content(List<String> command) {
        return switch (os) {
            case LINUX -> desktopEntry(command);
            case WINDOWS -> commandFile(command);
            case MAC -> launchAgent(command);
        };
    }

    private static String desktopEntry(List<String> command) {
        String exec = command.stream().map(Autostart::desktopQuoted).collect(Collectors.joining(" "));
        return """
                [Desktop Entry]
                Type=Application
                Name=Rapport
                Comment=Daily reminder of the follow-ups due
                Exec=%s
                Terminal=false
                X-GNOME-Autostart-enabled=true
                """.formatted(exec);
    }

    /** The Desktop Entry Specification's quoting: in double quotes, with " ` $ \ escaped; % doubled. */
    static String desktopQuoted(String arg) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : arg.toCharArray()) {
            if (c == '"' || c == '`' || c == '$' || c == '\\') {
                out.append('\\');
            }
            out.append(c == '%' ? "%%" : String.valueOf(c));
        }
        return out.append('"').toString().replace("\\", "\\\\");
    }

    private static String commandFile(List<String> command) {
        String line = command.stream().map(a -> "\"" + a.replace("%", "%%") + "\"").collect(Collectors.joining(" "));
        return "@echo off\r\nrem Starts Rapport at log-in (Settings > Start Rapport when I log in)\r\nstart \"\" "
                + line + "\r\n";
    }

    private static String launchAgent(List<String> command) {
        String args = command.stream().map(a -> "    <string>" + xml(a) + "</string>")
                .collect(Collectors.joining("\n"));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                  <key>Label</key>
                  <string>%s</string>
                  <key>ProgramArguments</key>
                  <array>
                %s
                  </array>
                  <key>RunAtLoad</key>
                  <true/>
                </dict>
                </plist>
                """.formatted(LABEL, args);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
