package app.rapport.service;

import app.rapport.letters.PdfPages;
import app.rapport.letters.Printing;
import app.rapport.letters.PrintingException;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What becomes of a finished document: pictures of its pages, a PDF file, or a printer. */
public final class PrintingService {
    private final Path dataFolder;

    public PrintingService(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /** The pages as pictures, for the preview. */
    public List<BufferedImage> pageImages(PrintablePdf document, float dpi) {
        return PdfPages.render(document.pdf(), dpi);
    }

    /**
     * Writes the PDF to a file, whole or not at all; never over the book or into its folders (see
     * {@link OutputTarget}).
     */
    public void save(PrintablePdf document, Path file) {
        OutputTarget.write(dataFolder, file, out -> {
            out.write(document.pdf());
            return null;
        });
    }

    /**
     * Shows the system's printer dialog and prints. Blocks: call it off the FX thread. Needs no
     * book: the app's dialogs print through it.
     *
     * @return the printer used, or empty when the owner cancelled
     */
    public static Optional<String> printWithDialog(PrintablePdf document, String jobName) {
        try {
            return Printing.printWithDialog(document.pdf(), jobName);
        } catch (PrintingException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }
}
