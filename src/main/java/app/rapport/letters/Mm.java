package app.rapport.letters;

/** Millimetres and inches to PDF points. */
final class Mm {
    static final float POINTS_PER_MM = 72f / 25.4f;

    private Mm() {
    }

    static float pt(double mm) {
        return (float) (mm * POINTS_PER_MM);
    }

}
