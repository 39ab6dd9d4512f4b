package app.rapport.service;

import app.rapport.letters.PrintDocument;
import java.util.Optional;
import java.util.Set;

/**
 * A finished document ready to preview, print or save: the PDF, its page count, and the
 * characters no font could print.
 */
public record PrintablePdf(byte[] pdf, int pages, Set<String> unprintable) {
    /** The document's pages as they stand. */
    static PrintablePdf of(PrintDocument document) {
        return new PrintablePdf(document.toPdf(), document.pageCount(), document.unprintable());
    }

    /** What to tell the owner about characters that print as "?"; empty when none. */
    public Optional<String> unprintableWarning() {
        return unprintable.isEmpty() ? Optional.empty() : Optional.of("These characters have no letter shape in"
                + " Rapport's fonts and print as \"?\": " + String.join(" ", unprintable));
    }
}
