package app.rapport.letters;

import app.rapport.model.Business;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Envelopes, label sheets and the call sheet. */
final class SheetRenderer {
    private static final float LABEL_PAD_X_MM = 3;
    private static final float LABEL_PAD_Y_MM = 2;

    private final PDDocument document;
    private final Typesetter type;

    SheetRenderer(PDDocument document, Typesetter type) {
        this.document = document;
        this.type = type;
    }

    /** One envelope: the return address top-left, the recipient from the middle. */
    void envelope(Envelope size, Business sender, List<String> recipient) {
        float w = Mm.pt(size.widthMm());
        float h = Mm.pt(size.heightMm());
        try (PDPageContentStream out = open(new PDRectangle(w, h))) {
            float margin = Mm.pt(10);
            float y = h - margin - 9;
            List<String> from = new ArrayList<>();
            if (!sender.name().isBlank()) {
                from.add(sender.name().strip());
            }
            from.addAll(sender.addressLines());
            for (String line : from) {
                type.drawFitted(out, line, PdfFonts.Face.REGULAR, 9, margin, y, w / 2 - margin);
                y -= 11;
            }
            float fontSize = size == Envelope.C6 ? 11 : 12;
            float x = w * (size == Envelope.C6 ? 0.38f : 0.42f);
            float ry = h * 0.55f;
            for (String line : recipient) {
                type.drawFitted(out, line, PdfFonts.Face.REGULAR, fontSize, x, ry, w - x - margin);
                ry -= fontSize * 1.3f;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Address labels, as many sheets as needed; each address's text stays inside its cell. */
    void labels(LabelLayout layout, List<List<String>> addresses) {
        PDPageContentStream out = null;
        float pageH = Mm.pt(layout.page().heightMm());
        try {
            for (int i = 0; i < addresses.size(); i++) {
                int onSheet = i % layout.perSheet();
                if (onSheet == 0) {
                    if (out != null) {
                        out.close();
                    }
                    out = open(new PDRectangle(Mm.pt(layout.page().widthMm()), pageH));
                }
                label(out, layout.cell(onSheet), addresses.get(i), pageH);
            }
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void label(PDPageContentStream out, LabelLayout.Cell cell, List<String> lines, float pageH) {
        float width = Mm.pt(cell.widthMm() - 2 * LABEL_PAD_X_MM);
        float height = Mm.pt(cell.heightMm() - 2 * LABEL_PAD_Y_MM);
        float size = 10;
        while (size > 6 && lines.size() * size * 1.2f > height) {
            size -= 0.25f;
        }
        for (String line : lines) {
            size = Math.min(size, type.fittingSize(line, PdfFonts.Face.REGULAR, size, width));
        }
        float blockH = lines.size() * size * 1.2f;
        float x = Mm.pt(cell.leftMm() + LABEL_PAD_X_MM);
        float cellTop = pageH - Mm.pt(cell.topMm() + LABEL_PAD_Y_MM);
        float y = cellTop - Math.max(0, (height - blockH) / 2) - size;
        for (String line : lines) {
            type.draw(out, type.cut(line, PdfFonts.Face.REGULAR, size, width), PdfFonts.Face.REGULAR, size, x, y);
            y -= size * 1.2f;
        }
    }

    /** Today's calls: a row each with the number, the reason, and ruled room for notes. */
    void callSheet(CallSheet sheet) {
        float w = Mm.pt(sheet.page().widthMm());
        float h = Mm.pt(sheet.page().heightMm());
        float margin = Mm.pt(15);
        float rowH = Mm.pt(30);
        float nameCol = Mm.pt(60);
        PDPageContentStream out = null;
        try {
            float y = 0;
            int n = 0;
            do {
                if (out == null || y - rowH < margin) {
                    if (out != null) {
                        out.close();
                    }
                    out = open(new PDRectangle(w, h));
                    y = h - margin - 14;
                    type.draw(out, sheet.title(), PdfFonts.Face.BOLD, 14, margin, y);
                    y -= Mm.pt(8);
                    if (sheet.rows().isEmpty()) {
                        type.draw(out, "No calls are due.", PdfFonts.Face.REGULAR, 11, margin, y - 11);
                    }
                }
                if (n < sheet.rows().size()) {
                    CallSheet.Row row = sheet.rows().get(n);
                    float top = y;
                    type.drawFitted(out, "☐ " + row.name(), PdfFonts.Face.BOLD, 11, margin, top - 12, nameCol - 6);
                    type.drawFitted(out, row.phones(), PdfFonts.Face.REGULAR, 10, margin, top - 26, nameCol - 6);
                    type.drawFitted(out, row.due(), PdfFonts.Face.REGULAR, 8.5f, margin, top - 39, nameCol - 6);
                    type.drawFitted(out, row.reason(), PdfFonts.Face.ITALIC, 10, margin + nameCol, top - 12,
                            w - 2 * margin - nameCol);
                    out.setStrokingColor(0.75f);
                    out.setLineWidth(0.5f);
                    for (float ly = top - 30; ly > top - rowH + 4; ly -= 16) {
                        out.moveTo(margin + nameCol, ly);
                        out.lineTo(w - margin, ly);
                    }
                    out.moveTo(margin, top - rowH);
                    out.lineTo(w - margin, top - rowH);
                    out.stroke();
                    y -= rowH;
                }
                n++;
            } while (n < sheet.rows().size());
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDPageContentStream open(PDRectangle size) throws IOException {
        PDPage page = new PDPage(size);
        document.addPage(page);
        return new PDPageContentStream(document, page);
    }
}
