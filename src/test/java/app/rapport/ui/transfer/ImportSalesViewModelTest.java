package app.rapport.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.SalesFile;
import app.rapport.service.SalesImportService;
import app.rapport.service.SalesImportService.NewClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the sales import asks of the owner before it can run, without a stage. */
class ImportSalesViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneId.of("Europe/Paris"));
    /** Reading a file needs no book: only the zone. */
    final SalesImportService sales = new SalesImportService(null, CLOCK, null);
    final ImportSalesViewModel model = new ImportSalesViewModel();

    @TempDir
    Path dir;

    SalesFile read(String... lines) throws Exception {
        return sales.readAs(Files.writeString(dir.resolve("sales.csv"), String.join("\n", lines) + "\n"), null, null,
                null);
    }

    @Test
    void nothingRuns_beforeTheFileIsRead() {
        assertThat(model.ready.get()).isEmpty();
        assertThat(model.canCheck.get()).isFalse();
        assertThat(model.asksDateOrder.get()).isFalse();
    }

    @Test
    void aColumnTheImportNeeds_isAskedFor_thenTheSalesAreReady() throws Exception {
        SalesFile file = read("Date,Email,Notes", "2026-11-20,ana@example.com,45.00");
        model.file.set(file);
        assertThat(model.ready.get()).isEqualTo("Choose the column that holds \u201cAmount paid\u201d.");
        assertThat(model.canCheck.get()).isFalse();

        model.file.set(file.remapByLabels(List.of("Date (or date and time)", "Email", "Amount paid")));

        assertThat(model.ready.get()).isEqualTo("1 sale is ready to check and import. A sale already in your book is"
                + " skipped.");
        assertThat(model.canCheck.get()).isTrue();
        assertThat(model.canImport.get()).isTrue();
        model.imported.set(true);
        assertThat(model.canImport.get()).as("imported once").isFalse();
        assertThat(model.ready.get()).startsWith("Imported: the report is below.");
        assertThat(model.canCheck.get()).as("a check still may run").isTrue();
    }

    @Test
    void datesLeftOpen_areAsked_untilSaid_andTheQuestionStaysToChangeIt() throws Exception {
        SalesFile file = read("Date,Email,Total", "03/04/2026,ana@example.com,45.00");
        model.file.set(file);
        assertThat(model.asksDateOrder.get()).isTrue();
        assertThat(model.dateQuestion.get()).isEqualTo("The file's dates, like 03/04/2026, could be day first or month"
                + " first.");
        assertThat(model.ready.get()).isEqualTo("Say whether the day or the month comes first, above.");
        assertThat(model.canCheck.get()).isFalse();

        model.file.set(file.withDateOrderLabel(SalesFile.dateOrderChoices().get(0)));

        assertThat(model.asksDateOrder.get()).isTrue();
        assertThat(model.canCheck.get()).isTrue();
    }

    @Test
    void aChoiceBeingRead_orAnImportUnderWay_holdsTheButtons() throws Exception {
        model.file.set(read("Date,Email,Total", "2026-11-20,ana@example.com,45.00"));
        model.rereading.set(1);
        assertThat(model.canCheck.get()).isFalse();
        model.rereading.set(0);
        model.running.set(true);
        assertThat(model.canCheck.get()).isFalse();
    }

    @Test
    void newClients_inWords() {
        assertThat(model.newClientsPolicy()).isEqualTo(NewClients.ADD);
        model.newClients.set(ImportSalesViewModel.LIST_ONLY);
        assertThat(model.newClientsPolicy()).isEqualTo(NewClients.SKIP);
    }
}
