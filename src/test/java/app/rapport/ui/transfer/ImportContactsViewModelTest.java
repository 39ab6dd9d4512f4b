package app.rapport.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.ContactFile;
import app.rapport.service.ContactImportService;
import app.rapport.service.DuplicatePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the contact import says and allows before and after the file is read, without a stage. */
class ImportContactsViewModelTest {
    /** Reading a file needs no book. */
    final ContactImportService contacts = new ContactImportService(null, Clock.systemUTC());
    final ImportContactsViewModel model = new ImportContactsViewModel();

    @TempDir
    Path dir;

    ContactFile read(String name, String... lines) throws IOException {
        return contacts.read(Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n"), null,
                (String) null);
    }

    @Test
    void nothingRuns_beforeTheFileIsRead_andItsColumnsAreAwaited() {
        assertThat(model.ready.get()).isEmpty();
        assertThat(model.canCheck.get()).isFalse();
        assertThat(model.canImport.get()).isFalse();
        assertThat(model.showsColumns.get()).as("\"Reading the file…\" in the preview").isTrue();
    }

    @Test
    void aCsvRead_saysHowManyAreReady_andCanBeCheckedThenImportedOnce() throws IOException {
        model.file.set(read("clients.csv", "First Name,Last Name,E-mail 1 - Value", "Zoë,Müller,zoe@example.de",
                "Seán,O'Brien,sean@example.ie"));
        assertThat(model.ready.get()).isEqualTo("2 clients are ready to import.");
        assertThat(model.showsColumns.get()).isTrue();
        assertThat(model.canCheck.get()).isTrue();
        assertThat(model.canImport.get()).isTrue();

        model.imported.set(true);
        assertThat(model.canImport.get()).as("Import is spent").isFalse();
        assertThat(model.canCheck.get()).isTrue();
    }

    @Test
    void vCards_haveNoColumnsToMap() throws IOException {
        model.file.set(read("contacts.vcf", "BEGIN:VCARD", "VERSION:3.0", "FN:Zoë Müller", "N:Müller;Zoë;;;",
                "END:VCARD"));
        assertThat(model.showsColumns.get()).isFalse();
        assertThat(model.ready.get()).isEqualTo("1 client is ready to import.");
    }

    @Test
    void aFileWithNobodyToImport_cannotBeChecked() throws IOException {
        model.file.set(read("empty.csv", "First Name,Last Name"));
        assertThat(model.ready.get()).startsWith("0 clients are ready to import");
        assertThat(model.canCheck.get()).isFalse();
    }

    @Test
    void theChoiceForClientsAlreadyInTheBook_isAPolicy() {
        assertThat(model.duplicates.get()).isEqualTo(ImportContactsViewModel.SKIP);
        assertThat(model.policy()).isEqualTo(DuplicatePolicy.SKIP);
        model.duplicates.set(ImportContactsViewModel.MERGE);
        assertThat(model.policy()).isEqualTo(DuplicatePolicy.MERGE);
        model.duplicates.set(ImportContactsViewModel.ADD);
        assertThat(model.policy()).isEqualTo(DuplicatePolicy.ADD);
        assertThat(model.asksForEach()).isFalse();
        model.duplicates.set(ImportContactsViewModel.ASK);
        assertThat(model.asksForEach()).isTrue();
    }
}
