package app.rapport.store;

import app.rapport.model.Agenda;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Agendas planned ahead and saved in the book, so that the app can show a day's agenda before it
 * has planned it again. A saved agenda counts only while the book is as it was planned from: the
 * book keeps a count of its changes ({@code book_changes}: one more for every write transaction
 * that changed a row, the app's and the command line's; see {@link Database#changeCount()}), and
 * each agenda is saved with the count it was planned at. Saving one is not a change.
 */
public interface AgendaSnapshotRepository {
    /** The book's change count now (it goes up with every row added, changed or removed). */
    long changeCount();

    /**
     * The agenda saved for {@code asOf} by {@code planner} (the program build and time zone that
     * planned it), when the book has not changed since; empty otherwise, or when what is saved
     * cannot be read.
     */
    Optional<Agenda> find(LocalDate asOf, String planner);

    /** Whether an agenda is saved for {@code asOf} by {@code planner} for the book as it is now. */
    boolean has(LocalDate asOf, String planner);

    /**
     * Saves an agenda planned from the book as it was at {@code changeCount}, replacing any saved for
     * its day. Saves nothing (and returns false) when the book has changed since.
     */
    boolean save(Agenda agenda, long changeCount, String planner);

    /** Removes the agendas saved for days before {@code day}. */
    void forgetBefore(LocalDate day);
}
