package app.rapport.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rapport.model.PageSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Prints a real letter through the system's default printer and reads the printed page back.
 * Runs where a CUPS PDF printer is set up (`.ci/run` sets one up: it writes each job as a PDF to
 * ~/PDF, or to RAPPORT_PRINTED_PDFS); skipped, saying why, where there is no printer.
 */
class RealPrinterTest {
    @Test
    void letter_printedThroughCups_comesOutWithItsText() throws Exception {
        Optional<String> printer = Printing.defaultPrinter();
        assumeTrue(printer.isPresent(), "No default printer on this machine: real printing not tried."
                + " Run ../shared/tools/pdf-printer (or .ci/run) to set one up.");
        Path out = Path.of(Optional.ofNullable(System.getenv("RAPPORT_PRINTED_PDFS"))
                .orElse(System.getProperty("user.home") + "/PDF"));
        assumeTrue(Files.isDirectory(out) || printer.get().toUpperCase().contains("PDF"),
                "The default printer " + printer.get() + " is not a PDF printer: nothing to read back.");

        String job = "rapport-print-test-" + System.nanoTime();
        byte[] pdf;
        try (PrintDocument doc = new PrintDocument(job)) {
            doc.addLetter(LetterPdfTest.letter("Dear {{client.greetingName}},\n\nThank you for the tulips, Nguyễn"
                    + " and Łukasiewicz send their best.", PageSize.LETTER, "See you on Saturday."), false);
            pdf = doc.toPdf();
        }
        Instant started = Instant.now();
        Printing.print(pdf, job, printer.get());

        Path printed = waitForPdf(out, job, started, Duration.ofSeconds(90));
        try (PDDocument doc = Loader.loadPDF(printed.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Dear Zoë,", "Thank you for the tulips", "Nguyễn", "Łukasiewicz",
                    "See you on Saturday.", "Marta's Flowers");
        }
    }

    /** Waits (on the folder's change events) for the job's PDF to appear whole: PDFBox can read it and its text. */
    private static Path waitForPdf(Path dir, String job, Instant after, Duration timeout) throws Exception {
        Files.createDirectories(dir);
        Instant deadline = Instant.now().plus(timeout);
        try (WatchService watch = dir.getFileSystem().newWatchService()) {
            dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
            while (Instant.now().isBefore(deadline)) {
                Optional<Path> found;
                try (Stream<Path> files = Files.list(dir)) {
                    found = files.filter(f -> f.getFileName().toString().contains(job))
                            .filter(f -> f.toString().endsWith(".pdf")).findFirst();
                }
                if (found.isPresent() && readable(found.get())) {
                    return found.get();
                }
                WatchKey key = watch.poll(1, TimeUnit.SECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
        throw new AssertionError("The printer took the job but no PDF named after " + job + " appeared in " + dir
                + " within " + timeout.toSeconds() + " s (after " + after + ")");
    }

    private static boolean readable(Path file) {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return doc.getNumberOfPages() > 0 && !new PDFTextStripper().getText(doc).isBlank();
        } catch (Exception e) {
            return false;
        }
    }
}
