package app.rapport.letters;

import app.rapport.model.PageSize;
import java.util.Optional;

/**
 * Address label sheets, measured from the makers' templates: the page, the grid, the label
 * size and the pitch from one label to the next, in mm.
 */
public enum LabelLayout {
    /** Avery 5160: US Letter, 3 × 10 labels of 2.625 × 1 in. */
    AVERY_5160("avery-5160", "Avery 5160 (Letter, 30 a sheet)", PageSize.LETTER, 3, 10,
            66.675, 25.4, 4.7625, 12.7, 69.85, 25.4),
    /** Avery L7160: A4, 3 × 7 labels of 63.5 × 38.1 mm. */
    AVERY_L7160("avery-l7160", "Avery L7160 (A4, 21 a sheet)", PageSize.A4, 3, 7,
            63.5, 38.1, 7.2, 15.15, 66.04, 38.1);

    private final String id;
    private final String label;
    private final PageSize page;
    private final int columns;
    private final int rows;
    private final double labelWidthMm;
    private final double labelHeightMm;
    private final double leftMm;
    private final double topMm;
    private final double pitchXMm;
    private final double pitchYMm;

    LabelLayout(String id, String label, PageSize page, int columns, int rows, double labelWidthMm,
            double labelHeightMm, double leftMm, double topMm, double pitchXMm, double pitchYMm) {
        this.id = id;
        this.label = label;
        this.page = page;
        this.columns = columns;
        this.rows = rows;
        this.labelWidthMm = labelWidthMm;
        this.labelHeightMm = labelHeightMm;
        this.leftMm = leftMm;
        this.topMm = topMm;
        this.pitchXMm = pitchXMm;
        this.pitchYMm = pitchYMm;
    }

    /** The name the command line uses, e.g. {@code avery-5160}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public PageSize page() {
        return page;
    }

    public int perSheet() {
        return columns * rows;
    }

    /** The cell of label {@code index} (0-based on its sheet), in mm from the page's top-left corner. */
    public Cell cell(int index) {
        int col = index % columns;
        int row = index / columns;
        return new Cell(leftMm + col * pitchXMm, topMm + row * pitchYMm, labelWidthMm, labelHeightMm);
    }

    /** A label's rectangle on its sheet, in mm from the page's top-left corner. */
    public record Cell(double leftMm, double topMm, double widthMm, double heightMm) {
    }

    public static Optional<LabelLayout> byId(String id) {
        for (LabelLayout l : values()) {
            if (l.id.equalsIgnoreCase(id)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
