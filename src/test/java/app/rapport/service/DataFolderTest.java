package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {
    @Test
    void resolve_optionWinsOverEnvironment() {
        assertThat(DataFolder.resolve("/tmp/a", Map.of("RAPPORT_DATA", "/tmp/b"), "Linux", "/home/m"))
                .isEqualTo(Path.of("/tmp/a"));
    }

    @Test
    void resolve_environmentWinsOverOsDefault() {
        assertThat(DataFolder.resolve(null, Map.of("RAPPORT_DATA", "/tmp/b"), "Linux", "/home/m"))
                .isEqualTo(Path.of("/tmp/b"));
    }

    @Test
    void resolve_linux_usesXdgDataHomeOrLocalShare() {
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/x/data"), "Linux", "/home/m"))
                .isEqualTo(Path.of("/x/data/rapport"));
        assertThat(DataFolder.resolve(null, Map.of(), "Linux", "/home/m"))
                .isEqualTo(Path.of("/home/m/.local/share/rapport"));
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", "/home/m"))
                .isEqualTo(Path.of("/home/m/.local/share/rapport"));
    }

    @Test
    void resolve_windowsAndMac_useTheirOwnFolders() {
        assertThat(DataFolder.osDefault(Map.of("APPDATA", "C:/Users/m/AppData/Roaming"), "Windows 11", "C:/Users/m"))
                .isEqualTo(Path.of("C:/Users/m/AppData/Roaming", "Rapport"));
        assertThat(DataFolder.osDefault(Map.of(), "Mac OS X", "/Users/m"))
                .isEqualTo(Path.of("/Users/m/Library/Application Support/Rapport"));
    }
}
