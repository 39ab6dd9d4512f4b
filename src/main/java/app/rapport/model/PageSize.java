package app.rapport.model;

import java.util.List;

/**
 * The paper a page prints on. The owner's letter paper (Settings) is one of {@link #LETTER_PAPERS},
 * LETTER or A4; a template may ask for a smaller sheet or a note card instead.
 */
public enum PageSize {
    LETTER("Letter (8.5 × 11 in)", 215.9, 279.4),
    A4("A4 (210 × 297 mm)", 210, 297),
    A5("A5 (148 × 210 mm)", 148, 210),
    A6("Note card A6 (105 × 148 mm)", 105, 148),
    NOTE_CARD("Note card (4.25 × 5.5 in)", 107.95, 139.7);

    private final String label;
    private final double widthMm;
    private final double heightMm;

    PageSize(String label, double widthMm, double heightMm) {
        this.label = label;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public String label() {
        return label;
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }

    /** A card too small for a letterhead and a recipient block: it goes in an envelope of its own. */
    public boolean isCard() {
        return this == A6 || this == NOTE_CARD;
    }

    /** What the owner's letter paper may be (Settings). */
    public static final List<PageSize> LETTER_PAPERS = List.of(LETTER, A4);

    /** Whether the owner's letter paper may be this (LETTER or A4). */
    public boolean isLetterPaper() {
        return LETTER_PAPERS.contains(this);
    }
}
