package app.rapport.letters;

import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.ServiceUI;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Sends a finished PDF to a printer through Java's print service: the PDF itself to a printer
 * that takes PDF (CUPS does), else its pages drawn through a printer job. Either way the pages
 * are the ones the preview showed.
 */
public final class Printing {
    private static final DocFlavor PDF = DocFlavor.BYTE_ARRAY.PDF;

    private Printing() {
    }

    /** The system's default printer, if there is one. */
    public static Optional<String> defaultPrinter() {
        return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService()).map(PrintService::getName);
    }

    /**
     * Shows the system's printer dialog and prints there. Blocks until the job is handed to the
     * printer: call it off the FX thread.
     *
     * @return the printer's name, or empty when the owner cancelled
     * @throws PrintingException when there is no printer, or the printer refuses the job
     */
    public static Optional<String> printWithDialog(byte[] pdf, String jobName) {
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
        if (services.length == 0) {
            throw new PrintingException("This computer has no printer set up. Add one in the system's settings,"
                    + " or save the letters as a PDF.");
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new PrintingException("The printer dialog needs a desktop.");
        }
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(jobName, null));
        PrintService chosen = ServiceUI.printDialog(null, 80, 80, services,
                Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService()).orElse(services[0]), null,
                attributes);
        if (chosen == null) {
            return Optional.empty();
        }
        send(pdf, jobName, chosen, attributes);
        return Optional.of(chosen.getName());
    }

    /** Prints on the named printer without asking. */
    public static void print(byte[] pdf, String jobName, String printer) {
        PrintService service = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(printer)).findFirst()
                .orElseThrow(() -> new PrintingException("There is no printer called " + printer + "."));
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(jobName, null));
        send(pdf, jobName, service, attributes);
    }

    private static void send(byte[] pdf, String jobName, PrintService service, PrintRequestAttributeSet attributes) {
        try {
            if (service.isDocFlavorSupported(PDF)) {
                DocPrintJob job = service.createPrintJob();
                job.print(new SimpleDoc(pdf, PDF, null), attributes);
                return;
            }
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PrinterJob job = PrinterJob.getPrinterJob();
                job.setPrintService(service);
                job.setJobName(jobName);
                job.setPageable(new PDFPageable(doc));
                job.print(attributes);
            }
        } catch (PrintException | PrinterException | IOException e) {
            throw new PrintingException("The printer " + service.getName() + " did not take the job: "
                    + e.getMessage(), e);
        }
    }
}
