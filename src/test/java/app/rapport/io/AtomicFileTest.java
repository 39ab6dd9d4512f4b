package app.rapport.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written whole or not at all, and files written otherwise put in place by the same rule. */
class AtomicFileTest {
    @TempDir
    Path dir;

    List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void write_bytes_replacesTheTargetWhole_andLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("backup-folder.txt");
        Files.writeString(target, "old");
        AtomicFile.write(target, "new\n".getBytes(StandardCharsets.UTF_8));
        assertThat(target).hasContent("new");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void write_cutShort_leavesTheTargetAsItWas_andNoTemporaryFile() throws IOException {
        Path target = dir.resolve("letter.pdf");
        Files.writeString(target, "as it was");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("the disk is full");
        })).hasMessage("the disk is full");
        assertThat(target).hasContent("as it was");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void syncThenMove_putsAFileWrittenOtherwiseInPlace() throws IOException {
        Path partial = dir.resolve("rapport-20261123-101500.db.partial");
        Path target = dir.resolve("rapport-20261123-101500.db");
        Files.writeString(partial, "a copy");
        Files.writeString(target, "an older copy");
        AtomicFile.sync(partial);
        AtomicFile.move(partial, target);
        assertThat(target).hasContent("a copy");
        assertThat(files()).containsExactly(target);
    }
}
