package app.rapport.service;

import app.rapport.model.Agenda;
import app.rapport.store.AgendaSnapshotRepository;
import app.rapport.store.BookStore;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Agendas kept in the book once planned, so that a later start can show one at once while the
 * book has not changed since: each is marked with the book's change count and with the program
 * build and time zone that planned it (agendas saved by others are not used).
 */
public final class SavedAgendas {
    private static final Logger LOG = LoggerFactory.getLogger(SavedAgendas.class);
    private final BookStore store;
    private final String plannedBy;
    private final boolean saves;
    private final ExecutorService saver = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rapport-save-agenda");
        t.setDaemon(true);
        return t;
    });

    /** A day's agenda with the change count of the book it was planned from (one read transaction). */
    record Planned(Agenda agenda, long changeCount) {
    }

    /**
     * With {@code saves}, agendas are saved when planned (the app); without, nothing is (the
     * command line, which only reads the book).
     */
    public SavedAgendas(BookStore store, Clock clock, boolean saves) {
        this.store = store;
        this.plannedBy = Build.id() + " " + clock.getZone().getId();
        this.saves = saves;
    }

    /** Whether agendas are saved here when planned. */
    public boolean saves() {
        return saves;
    }

    /** The agenda saved for {@code day}, when the book has not changed since it was planned. */
    public Optional<Agenda> find(LocalDate day) {
        return store.read(tx -> tx.agendaSnapshots().find(day, plannedBy));
    }

    /** Whether an agenda is saved for {@code day} for the book as it is now. */
    boolean has(LocalDate day) {
        return store.read(tx -> tx.agendaSnapshots().has(day, plannedBy));
    }

    /** The book's change count (see {@link AgendaSnapshotRepository}). */
    public long changeCount() {
        return store.read(tx -> tx.agendaSnapshots().changeCount());
    }

    /**
     * Saves an agenda in the background, unless one is saved already for the book as it is now;
     * nothing where agendas are not saved.
     */
    void saveLater(Planned planned) {
        if (!saves) {
            return;
        }
        try {
            saver.execute(() -> {
                if (!has(planned.agenda().asOf())) { // planning again gives the same
                    save(planned);
                }
            });
        } catch (RejectedExecutionException e) {
            // the book is closing: the next start plans the day again
        }
    }

    /** Saves an agenda now, unless the book changed since it was planned. */
    void save(Planned planned) {
        try {
            boolean saved = store.writeAside(tx -> tx.agendaSnapshots().save(planned.agenda(), planned.changeCount(),
                    plannedBy));
            LOG.debug("Agenda for {} {}", planned.agenda().asOf(), saved ? "saved"
                    : "not saved: the book changed since");
        } catch (RuntimeException e) {
            LOG.warn("The agenda for {} could not be saved ahead; it will be planned at the next start",
                    planned.agenda().asOf(), e);
        }
    }

    /** Forgets the agendas saved for the days before {@code day}. */
    void forgetBefore(LocalDate day) {
        store.writeAsideVoid(tx -> tx.agendaSnapshots().forgetBefore(day));
    }

    /** Waits for the agendas being saved (at most {@code timeout}); later saves are refused. */
    public void close(Duration timeout) {
        saver.shutdown();
        try {
            if (!saver.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                saver.shutdownNow();
            }
        } catch (InterruptedException e) {
            saver.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
