package app.rapport.model;

/** The owner's letter paper. */
public enum Paper {
    LETTER, A4
}
