package app.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.BackupFolder;
import app.rapport.service.BackupFolder.Backup;
import app.rapport.service.DamagedBookException;
import app.rapport.testutil.FakeDialogs;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the owner is asked about a damaged book, through Dialogs, and why the app stops when no backup goes back. */
class DamagedBookTest {
    @TempDir
    Path folder;

    private DamagedBookException problem() {
        return new DamagedBookException(folder, "database disk image is malformed", null);
    }

    @Test
    void aSoundBackup_isOffered_andPutBackWhenTheOwnerSaysSo() {
        Path file = folder.resolve("backups/rapport-20261121-093000.db");
        DamagedBook damaged = new DamagedBook(problem(), folder,
                Optional.of(new Backup(file, LocalDateTime.parse("2026-11-21T09:30"))));
        FakeDialogs dialogs = new FakeDialogs();

        assertThat(damaged.askToRestore(dialogs)).contains(file);
        assertThat(dialogs.warnings).singleElement().asString().startsWith(DamagedBook.TITLE + ": "
                + problem().getMessage()).contains("your newest sound backup, from 21 Nov 2026 · 09:30")
                .contains("rapport.db.corrupt-<time>");
    }

    @Test
    void theOwnerQuits_nothingIsPutBack_andTheRefusalIsTheDamage() {
        DamagedBook damaged = new DamagedBook(problem(), folder,
                Optional.of(new Backup(folder.resolve("b.db"), LocalDateTime.parse("2026-11-21T09:30"))));
        FakeDialogs dialogs = new FakeDialogs();
        dialogs.warnAnswer = false;

        assertThat(damaged.askToRestore(dialogs)).isEmpty();
        assertThat(damaged.refusal()).isEqualTo(problem().getMessage());
    }

    @Test
    void noSoundBackup_nothingIsAsked_andTheRefusalSaysWhereThereIsNone() {
        DamagedBook damaged = DamagedBook.found(problem(), folder);
        FakeDialogs dialogs = new FakeDialogs();

        assertThat(damaged.askToRestore(dialogs)).isEmpty();
        assertThat(dialogs.warnings).isEmpty();
        assertThat(damaged.refusal()).isEqualTo(problem().getMessage() + " There is no sound backup in "
                + BackupFolder.of(folder) + " to put back.");
    }
}
