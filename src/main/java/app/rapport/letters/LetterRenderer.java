package app.rapport.letters;

import app.rapport.model.Business;
import app.rapport.model.PageSize;
import app.rapport.model.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Sets a letter on its paper. Full sheets (Letter, A4, A5) get a letterhead, the recipient block
 * where the window of a #10 or DL envelope shows it (22 mm from the left, 50 mm from the top,
 * as a letter folded in three), the date, the body and the personal line; note cards get the
 * date, the body and the personal line only, as they go in an envelope of their own.
 */
final class LetterRenderer {
    /** Where the recipient block sits, from the page's top-left corner, in mm (#10 and DL windows). */
    static final double WINDOW_LEFT_MM = 22;
    static final double WINDOW_TOP_MM = 50;
    static final double WINDOW_WIDTH_MM = 85;
    static final double WINDOW_HEIGHT_MM = 36;

    private final PDDocument document;
    private final Typesetter type;

    LetterRenderer(PDDocument document, Typesetter type) {
        this.document = document;
        this.type = type;
    }

    /** Adds the letter's pages; in a preview, a field with no value shows highlighted by its name. */
    void render(Letter letter, boolean preview) {
        PageSize size = letter.page();
        boolean card = size.isCard();
        boolean small = size == PageSize.A5;
        float pageW = Mm.pt(size.widthMm());
        float pageH = Mm.pt(size.heightMm());
        float left = Mm.pt(card ? 12 : small ? 15 : WINDOW_LEFT_MM);
        float right = Mm.pt(card ? 12 : small ? 15 : 20);
        float top = Mm.pt(card ? 12 : small ? 12 : 15);
        float bottom = Mm.pt(card ? 12 : small ? 15 : 20);
        float bodySize = card ? 10 : small ? 10 : 11;
        TextBlock body = new TextBlock(type.fonts(), bodySize, pageW - left - right);
        List<TextBlock.Line> lines = body.set(spans(letter, preview));
        try {
            PDPage page = newPage(size);
            PDPageContentStream out = new PDPageContentStream(document, page);
            float y;
            if (card) {
                float dateY = pageH - top - 9;
                type.drawRight(out, letter.date(), PdfFonts.Face.REGULAR, 9, pageW - right, dateY);
                y = dateY - Mm.pt(10);
            } else {
                letterhead(out, letter, pageW, pageH, top, right, small);
                recipient(out, letter, pageH, small);
                float dateY = pageH - Mm.pt(small ? 82 : 95);
                type.drawRight(out, letter.date(), PdfFonts.Face.REGULAR, 10.5f, pageW - right, dateY);
                y = dateY - Mm.pt(12);
            }
            for (TextBlock.Line line : lines) {
                if (y < bottom) {
                    out.close();
                    page = newPage(size);
                    out = new PDPageContentStream(document, page);
                    y = pageH - top - Mm.pt(card ? 0 : 10);
                }
                body.draw(out, List.of(line), left, y);
                y -= body.lineHeight();
            }
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<TextBlock.Span> spans(Letter letter, boolean preview) {
        List<TextBlock.Span> spans = new ArrayList<>();
        for (MergedText.Piece p : letter.body().pieces()) {
            boolean missing = p.kind() == MergedText.Kind.MISSING;
            if (missing && !preview) {
                continue;
            }
            spans.add(new TextBlock.Span(preview ? p.previewed() : p.printed(), PdfFonts.Face.REGULAR, missing));
        }
        if (!letter.personalLine().isEmpty()) {
            spans.add(TextBlock.Span.plain("\n\n"));
            spans.add(new TextBlock.Span(letter.personalLine(), PdfFonts.Face.ITALIC, false));
        }
        return spans;
    }

    private void letterhead(PDPageContentStream out, Letter letter, float pageW, float pageH, float top, float right,
            boolean small) throws IOException {
        Business b = letter.sender();
        float x = pageW - right;
        float y = pageH - top - (small ? 11 : 13);
        if (!b.name().isBlank()) {
            type.drawRight(out, b.name(), PdfFonts.Face.BOLD, small ? 11 : 13, x, y);
            y -= small ? 12 : 14;
        }
        List<String> lines = new ArrayList<>(b.addressLines());
        if (!b.phone().isBlank()) {
            lines.add(b.phone().strip());
        }
        for (String line : lines) {
            type.drawRight(out, line, PdfFonts.Face.REGULAR, 8.5f, x, y);
            y -= 10.5f;
        }
        if (letter.logo() != null && letter.logo().length > 0) {
            PDImageXObject image = PDImageXObject.createFromByteArray(document, letter.logo(), "logo");
            float maxW = Mm.pt(40);
            float maxH = Mm.pt(20);
            float scale = Math.min(maxW / image.getWidth(), maxH / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            out.drawImage(image, Mm.pt(small ? 15 : WINDOW_LEFT_MM), pageH - top - h, w, h);
        }
    }

    private void recipient(PDPageContentStream out, Letter letter, float pageH, boolean small) throws IOException {
        float left = Mm.pt(small ? 15 : WINDOW_LEFT_MM);
        float topY = pageH - Mm.pt(small ? 40 : WINDOW_TOP_MM);
        float width = Mm.pt(WINDOW_WIDTH_MM);
        Business b = letter.sender();
        String returnLine = String.join(" · ", Text.cleanList(List.of(b.name(),
                String.join(", ", b.addressLines()))));
        if (!returnLine.isBlank()) {
            type.drawFitted(out, returnLine, PdfFonts.Face.REGULAR, 7, left, topY - 7, width);
        }
        float size = 10.5f;
        float room = Mm.pt(WINDOW_HEIGHT_MM) - 12;
        while (letter.recipient().size() * size * 1.25f > room && size > 7) {
            size -= 0.5f;
        }
        float y = topY - 12 - size;
        for (String line : letter.recipient()) {
            type.drawFitted(out, line, PdfFonts.Face.REGULAR, size, left, y, width);
            y -= size * 1.25f;
        }
    }

    private PDPage newPage(PageSize size) {
        PDPage page = new PDPage(new PDRectangle(Mm.pt(size.widthMm()), Mm.pt(size.heightMm())));
        document.addPage(page);
        return page;
    }
}
