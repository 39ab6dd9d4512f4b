package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team book's password: PGPASSWORD, else the password file, which "remember" writes for its owner alone. */
class TeamBookPasswordsTest {
    static final TeamBookAddress SHOP = new TeamBookAddress("db.shop", 5432, "rapport", "marta", Optional.empty());
    @TempDir
    Path home;

    @Test
    void remembered_isFoundAgain_andTheFileIsTheOwnersAlone() throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        TeamBookPasswords passwords = new TeamBookPasswords(Map.of(), home, false);
        assertThat(passwords.find(SHOP)).isEmpty();

        Path file = passwords.remember(SHOP, "s3:cret".toCharArray());

        assertThat(file).isEqualTo(home.resolve(".pgpass"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(passwords.find(SHOP)).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("s3:cret"));
        assertThat(home.toFile().list()).as("no temporary file left").containsExactly(".pgpass");
    }

    @Test
    void aPasswordFileOthersMayRead_isIgnored_asLibpqDoes() throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path file = Files.writeString(home.resolve(".pgpass"), "*:*:*:marta:open\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        TeamBookPasswords passwords = new TeamBookPasswords(Map.of(), home, false);
        assertThat(passwords.find(SHOP)).isEmpty();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(passwords.find(SHOP)).isPresent();
    }

    @Test
    void pgpasswordComesFirst_andPgpassfileNamesTheFile() throws Exception {
        Path elsewhere = home.resolve("conf/pw");
        TeamBookPasswords passwords = new TeamBookPasswords(Map.of("PGPASSWORD", "from-env",
                "PGPASSFILE", elsewhere.toString()), home, false);
        assertThat(passwords.find(SHOP)).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("from-env"));
        assertThat(passwords.file()).isEqualTo(elsewhere);
        assertThat(new TeamBookPasswords(Map.of("APPDATA", "C:\\Users\\m\\AppData\\Roaming"), home, true).file())
                .endsWithRaw(Path.of("postgresql", "pgpass.conf"));
    }
}
