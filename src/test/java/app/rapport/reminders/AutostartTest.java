package app.rapport.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.reminders.Autostart.Os;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutostartTest {
    static final List<String> LINUX_COMMAND = List.of("/usr/lib/jvm/java-17/bin/java", "-jar",
            "/home/ana/Rapport $pecial/rapport.jar", "--data", "/home/ana/100% \"books\"", "--background");

    @TempDir
    Path home;

    @Test
    void linux_enable_writesAnXdgAutostartEntry_disableRemovesIt() throws Exception {
        Autostart autostart = new Autostart(Os.LINUX, home, Map.of());
        assertThat(autostart.isEnabled()).isFalse();

        autostart.enable(LINUX_COMMAND);

        Path entry = home.resolve(".config/autostart/rapport.desktop");
        assertThat(autostart.entryFile()).isEqualTo(entry);
        assertThat(autostart.isEnabled()).isTrue();
        String text = Files.readString(entry);
        assertThat(text).startsWith("[Desktop Entry]\n").contains("Type=Application\n", "Name=Rapport\n");
        assertThat(text).contains("Exec=\"/usr/lib/jvm/java-17/bin/java\" \"-jar\" "
                + "\"/home/ana/Rapport \\\\$pecial/rapport.jar\" \"--data\" \"/home/ana/100%% \\\\\"books\\\\\"\" "
                + "\"--background\"\n");
        try (Stream<Path> files = Files.list(home.resolve(".config/autostart"))) {
            assertThat(files).containsExactly(entry); // written whole, no temporary file left beside it
        }

        autostart.disable();
        assertThat(autostart.isEnabled()).isFalse();
        assertThat(entry).doesNotExist();
    }

    @Test
    void linux_followsXdgConfigHome() {
        Path config = home.resolve("cfg");
        assertThat(new Autostart(Os.LINUX, home, Map.of("XDG_CONFIG_HOME", config.toString())).entryFile())
                .isEqualTo(config.resolve("autostart/rapport.desktop"));
    }

    @Test
    void windows_commandFileInTheStartupFolder() {
        Autostart autostart = new Autostart(Os.WINDOWS, home, Map.of("APPDATA", "C:\\Users\\Ana\\AppData\\Roaming"));
        assertThat(autostart.entryFile().toString().replace('\\', '/'))
                .endsWith("Microsoft/Windows/Start Menu/Programs/Startup/Rapport.cmd");
        String text = autostart.content(List.of("C:\\Program Files\\Rapport\\javaw.exe", "-jar",
                "C:\\Users\\Ana\\rapport.jar", "--background"));
        assertThat(text).contains("start \"\" \"C:\\Program Files\\Rapport\\javaw.exe\" \"-jar\" "
                + "\"C:\\Users\\Ana\\rapport.jar\" \"--background\"\r\n");
    }

    @Test
    void mac_launchAgentThatRunsAtLoad() {
        Autostart autostart = new Autostart(Os.MAC, home, Map.of());
        assertThat(autostart.entryFile()).isEqualTo(home.resolve("Library/LaunchAgents/app.rapport.Rapport.plist"));
        String text = autostart.content(List.of("/Applications/Rapport.app/Contents/MacOS/Rapport", "--data",
                "/Users/ana/R&D <books>", "--background"));
        assertThat(text).contains("<key>RunAtLoad</key>\n  <true/>",
                "<string>/Applications/Rapport.app/Contents/MacOS/Rapport</string>",
                "<string>/Users/ana/R&amp;D &lt;books&gt;</string>", "<string>--background</string>",
                "<string>app.rapport.Rapport</string>");
    }

    @Test
    void os_ofTheJavaOsName() {
        assertThat(Os.of("Windows 11")).isEqualTo(Os.WINDOWS);
        assertThat(Os.of("Mac OS X")).isEqualTo(Os.MAC);
        assertThat(Os.of("Linux")).isEqualTo(Os.LINUX);
    }
}
