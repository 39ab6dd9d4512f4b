package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.OpenBook;
import app.rapport.testutil.FakeDialogs;
import app.rapport.testutil.ImmediateTaskRunner;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Export in the app refuses what the command line refuses: the book, its folders. */
class BookTransfersTest {
    @TempDir
    Path dir;

    @Test
    void exportOntoTheBookOrIntoItsFolder_showsWhy_andTheBookStays() throws Exception {
        Path data = dir.resolve("data");
        List<String> statuses = new ArrayList<>();
        Navigator navigator = (Navigator) Proxy.newProxyInstance(Navigator.class.getClassLoader(),
                new Class<?>[] {Navigator.class}, (proxy, method, args) -> {
                    if (method.getName().equals("status")) {
                        statuses.add((String) args[0]);
                    }
                    return null;
                });
        FakeDialogs dialogs = new FakeDialogs();
        try (OpenBook book = OpenBook.open(data, false, MainWindowHarness.CLOCK, "the Rapport app")) {
            byte[] before = Files.readAllBytes(data.resolve("rapport.db"));
            BookTransfers transfers = new BookTransfers(book, new ImmediateTaskRunner(), dialogs, navigator);
            dialogs.fileToSave = data.resolve("rapport.db");
            transfers.exportBook();
            dialogs.fileToSave = data.resolve("clients.csv");
            transfers.exportContacts("csv");
            assertThat(dialogs.errors).hasSize(2);
            assertThat(dialogs.errors.get(0)).startsWith("The book could not be exported: Cannot write ")
                    .contains("it is the book itself");
            assertThat(dialogs.errors.get(1)).startsWith("Could not export: Cannot write ")
                    .contains("inside the data folder");
            assertThat(Files.readAllBytes(data.resolve("rapport.db"))).isEqualTo(before);
            assertThat(data.resolve("clients.csv")).doesNotExist();
            assertThat(statuses).noneMatch(s -> s.startsWith("Exported"));
        }
    }
}
