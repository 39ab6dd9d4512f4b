package app.rapport.letters;

import app.rapport.model.Business;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * A document to print or save: letters, envelopes, label sheets, a call sheet, Insight's report,
 * in the order they are added. What it writes is the one rendering of Rapport's paper: the preview shows these
 * pages, the printer receives these pages, "Save as PDF" writes them.
 */
public final class PrintDocument implements AutoCloseable {
    private final PDDocument document = new PDDocument();
    private final Typesetter type = new Typesetter(new PdfFonts(document));
    private final LetterRenderer letters = new LetterRenderer(document, type);
    private final SheetRenderer sheets = new SheetRenderer(document, type);
    private final InsightPageRenderer insight = new InsightPageRenderer(document, type);

    public PrintDocument(String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Rapport");
        info.setCreationDate(Calendar.getInstance());
    }

    /** Adds a letter; in a preview, fields with no value show highlighted by name instead of blank. */
    public PrintDocument addLetter(Letter letter, boolean preview) {
        letters.render(letter, preview);
        return this;
    }

    public PrintDocument addEnvelope(Envelope size, Business sender, List<String> recipient) {
        sheets.envelope(size, sender, recipient);
        return this;
    }

    public PrintDocument addLabels(LabelLayout layout, List<List<String>> addresses) {
        sheets.labels(layout, addresses);
        return this;
    }

    public PrintDocument addCallSheet(CallSheet sheet) {
        sheets.callSheet(sheet);
        return this;
    }

    /** Adds Insight's report: one page. */
    public PrintDocument addInsightPage(InsightPage page) {
        insight.render(page);
        return this;
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** The characters that no bundled font could print; each printed as "?". */
    public Set<String> unprintable() {
        return type.fonts().unprintable();
    }

    /** The PDF, with the fonts' subsets embedded. */
    public byte[] toPdf() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF", e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
