package app.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.service.DamagedBookException;
import app.rapport.service.OpenBook;
import app.rapport.store.BookLockedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyBookTest {
    @TempDir
    Path dir;

    @Test
    void take_givesTheBookOpenedEarly_once() {
        EarlyBook.open(dir, Clock.systemDefaultZone());
        Optional<OpenBook> early = EarlyBook.take(dir);
        try {
            assertThat(early).isPresent();
            assertThat(early.get().bookFile()).isEqualTo(dir.resolve("rapport.db"));
            assertThat(early.get().agendaPrefetch().first().agenda().followUps()).isEmpty();
            assertThat(EarlyBook.take(dir)).isEmpty();
        } finally {
            early.ifPresent(OpenBook::close);
        }
    }

    @Test
    void take_withNothingOpenedEarly_isEmpty() {
        assertThat(EarlyBook.take(dir)).isEmpty();
    }

    @Test
    void take_anotherFolder_isEmpty_andTheEarlyBookIsLetGo() {
        EarlyBook.open(dir.resolve("a"), Clock.systemDefaultZone());
        assertThat(EarlyBook.take(dir.resolve("b"))).isEmpty();
        try (OpenBook again = OpenBook.open(dir.resolve("a"), false, Clock.systemDefaultZone(), "test")) {
            assertThat(again.bookFile()).isEqualTo(dir.resolve("a").resolve("rapport.db"));
        }
    }

    @Test
    void take_throwsWhatOpeningThrew() {
        try (OpenBook holder = OpenBook.open(dir, false, Clock.systemDefaultZone(), "another program")) {
            EarlyBook.open(dir, Clock.systemDefaultZone());
            assertThatThrownBy(() -> EarlyBook.take(dir)).isInstanceOf(BookLockedException.class);
        }
    }

    /** The app's damaged-book path (it offers the newest backup) gets an emptied book too. */
    @Test
    void take_ofAZeroByteBook_throwsDamaged_andLeavesTheFileAsItIs() throws Exception {
        Files.createFile(dir.resolve("rapport.db"));
        EarlyBook.open(dir, Clock.systemDefaultZone());
        assertThatThrownBy(() -> EarlyBook.take(dir)).isInstanceOf(DamagedBookException.class)
                .hasMessageContaining("the file is empty");
        assertThat(Files.size(dir.resolve("rapport.db"))).isZero();
    }
}
