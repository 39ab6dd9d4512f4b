package app.rapport.io.sales;

/**
 * The order of day and month in slashed dates ("03/04/2026"): settled by the whole file, where a
 * day over 12 shows which is which; otherwise the owner says (the app asks, the command line takes
 * {@code --date-order dmy|mdy}).
 */
public enum DateOrder {
    /** 31/12/2026: most of the world. */
    DMY("Day first (31/12/2026)"),
    /** 12/31/2026: the United States. */
    MDY("Month first (12/31/2026)");

    private final String label;

    DateOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What a file's slashed dates show: how many can only be day first, and how many month first. */
    public record Evidence(int slashed, int dayFirst, int monthFirst) {
        /** The order the file settles, or {@code null} when it settles none (or shows both). */
        public DateOrder settled() {
            if (dayFirst > 0 && monthFirst == 0) {
                return DMY;
            }
            if (monthFirst > 0 && dayFirst == 0) {
                return MDY;
            }
            return null;
        }

        /** Whether the owner must say: the file has slashed dates and does not settle their order. */
        public boolean mustAsk() {
            return slashed > 0 && settled() == null;
        }

        /** Why the owner is asked, in words. */
        public String question() {
            return dayFirst > 0
                    ? "Some dates of the file can only be day first (31/12) and others only month first (12/31)."
                    : "The file's dates, like 03/04/2026, could be day first or month first.";
        }
    }
}
