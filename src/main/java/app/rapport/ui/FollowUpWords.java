package app.rapport.ui;

import app.rapport.model.FollowUp;

/**
 * A follow-up in words, to read right in titles, questions and the status line: "call Ana Ruiz",
 * "called Ana Ruiz", "the call to Ana Ruiz"; "write a note to Greta Lindqvist", "wrote a note to
 * Greta Lindqvist", "writing a note to Greta Lindqvist".
 */
public final class FollowUpWords {
    private FollowUpWords() {
    }

    /** What to do: "call Ana Ruiz", "write a note to Ana Ruiz", "call, then write a note to Ana Ruiz". */
    public static String toDo(FollowUp f) {
        return switch (f.action()) {
            case CALL -> "call " + f.clientName();
            case NOTE -> "write a note to " + f.clientName();
            case CALL_THEN_NOTE -> "call, then write a note to " + f.clientName();
        };
    }

    /** What was done: "called Ana Ruiz", "wrote a note to Ana Ruiz", "called, then wrote a note to Ana Ruiz". */
    public static String done(FollowUp f) {
        return switch (f.action()) {
            case CALL -> "called " + f.clientName();
            case NOTE -> "wrote a note to " + f.clientName();
            case CALL_THEN_NOTE -> "called, then wrote a note to " + f.clientName();
        };
    }

    /**
     * The follow-up as a thing to skip or put off: "the call to Ana Ruiz", "writing a note to Ana
     * Ruiz", "the call and the note to Ana Ruiz".
     */
    public static String task(FollowUp f) {
        return switch (f.action()) {
            case CALL -> "the call to " + f.clientName();
            case NOTE -> "writing a note to " + f.clientName();
            case CALL_THEN_NOTE -> "the call and the note to " + f.clientName();
        };
    }
}
