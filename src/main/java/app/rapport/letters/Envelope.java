package app.rapport.letters;

/** Envelope sizes, landscape, in mm. */
public enum Envelope {
    NO_10("#10 (4.125 × 9.5 in)", 241.3, 104.775),
    DL("DL (110 × 220 mm)", 220, 110),
    C6("C6 (114 × 162 mm)", 162, 114);

    private final String label;
    private final double widthMm;
    private final double heightMm;

    Envelope(String label, double widthMm, double heightMm) {
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
}
