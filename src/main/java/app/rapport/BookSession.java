package app.rapport;

import app.rapport.model.Insight;
import app.rapport.service.BookSharing;
import app.rapport.service.DataFolder;
import app.rapport.service.OpenBook;
import app.rapport.service.RestoreService;
import app.rapport.service.TeamBookAddress;
import app.rapport.service.TeamBookPasswords;
import app.rapport.service.ThisComputer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's books as they are open now: the owner's own book (opened as the app starts, put back
 * from a backup when it is damaged, replaced by File ▸ Restore) and the sample book (opened, and
 * filled with made-up clients, the first time it is asked for); and the work that runs on a timer
 * thread of its own while the app runs: a verified backup every half hour when the book changed,
 * and the next days' agendas and Insight's figures kept current every half minute.
 *
 * <p>Threads: the own book is read by the timer thread and by the channel's threads (work that a
 * command hands to the app) while a background task or the FX thread replaces it, so its field is
 * volatile (and null while the book is closed to be replaced). So is the damage the book's check
 * found, which stops the timer's work on the book until a backup is put back. The sample book is
 * opened in a background task and read on the FX thread: volatile too.
 */
final class BookSession {
    static final int SAMPLE_CLIENTS = 400;
    static final long SAMPLE_SEED = 20_26L;
    private static final Logger LOG = LoggerFactory.getLogger(BookSession.class);
    private static final long BACKUP_MINUTES = 30;
    private static final long PLAN_AHEAD_SECONDS = 30;

    private final Path dataFolder;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rapport-backups");
        t.setDaemon(true);
        return t;
    });
    private volatile OpenBook own;
    private volatile DamagedBook damage;
    private volatile OpenBook sample;
    /** The team book open in the window, if one is: backed up (as JSON) and planned ahead like the own book. */
    private volatile OpenBook team;

    BookSession(Path dataFolder, Clock clock) {
        this.dataFolder = dataFolder;
        this.clock = clock;
    }

    Path dataFolder() {
        return dataFolder;
    }

    /**
     * Opens the own book: the one {@link Main} began opening early when there is one, else opens it
     * here (its agenda prefetched). Throws what opening it throws (locked, damaged...).
     */
    OpenBook openOwn() {
        Optional<OpenBook> early = EarlyBook.take(dataFolder);
        own = early.orElseGet(() -> OpenBook.open(dataFolder, false, clock, RapportApp.OWNER, true));
        if (early.isEmpty()) {
            own.agendaPrefetch().start();
        }
        return own;
    }

    /** The own book as it is open now; null while it is closed to be replaced (any thread). */
    OpenBook own() {
        return own;
    }

    /** The book's check found it damaged: the timer leaves it alone until a backup is put back. */
    void damaged(DamagedBook found) {
        damage = found;
    }

    /** Closes the own book (freeing its lock), puts {@code backup} in its place and opens it again. */
    void restoreFromBackup(Path backup) {
        if (own != null) {
            own.close();
            own = null;
        }
        RestoreService.restore(dataFolder, backup, clock, RapportApp.OWNER);
        own = OpenBook.open(dataFolder, false, clock, RapportApp.OWNER);
        damage = null;
    }

    /**
     * File ▸ Restore's work (in the background): a backup of the book as it is now, then the book
     * replaced by {@code file}, a backup ({@code .db}) or a Rapport book ({@code .json}). Returns the
     * backup taken first. When the book cannot be opened again, {@link #own()} stays null.
     */
    Path replaceWith(Path file) {
        OpenBook book = own;
        Path before = book.backups().backupNow();
        if (isJson(file)) {
            book.transfer().importBook(file, true);
            return before;
        }
        book.close();
        own = null; // until it opens again: a book that cannot be opened stops the app, saying why
        try {
            RestoreService.restore(dataFolder, file, clock, RapportApp.OWNER);
        } finally {
            own = OpenBook.open(dataFolder, false, clock, RapportApp.OWNER);
        }
        return before;
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * Opens the team book of {@code login} (in the background), with the password typed, else this
     * computer's for it; remembers the password when asked, once the book opened with it. The team
     * book open before is closed.
     */
    OpenBook openTeam(TeamBookAddress address, Optional<char[]> typed, boolean remember) {
        TeamBookPasswords passwords = TeamBookPasswords.ofThisComputer();
        Optional<char[]> password = typed.isPresent() ? typed : passwords.find(address);
        OpenBook opened = OpenBook.openTeam(address, password, dataFolder, clock, true);
        if (remember && typed.isPresent()) {
            passwords.remember(address, typed.get());
        }
        new ThisComputer(dataFolder).setLastTeamBook(address.url());
        closeTeam();
        team = opened;
        opened.agendaPrefetch().start();
        return opened;
    }

    /** Shares the own book into the empty team book of {@code address}, then opens it there (in the background). */
    OpenBook share(TeamBookAddress address, Optional<char[]> typed, boolean remember) {
        OpenBook opened = openTeam(address, typed, remember);
        try {
            BookSharing.share(own, opened);
        } catch (RuntimeException e) {
            leaveTeam(); // not shared: the next start opens this computer's book, as before
            throw e;
        }
        return opened;
    }

    /** The team book open now, if one is. */
    Optional<OpenBook> team() {
        return Optional.ofNullable(team);
    }

    /** Going back to the own book: the team book closed, and the next start opens the own book. */
    void leaveTeam() {
        new ThisComputer(dataFolder).leftTeamBook();
        closeTeam();
    }

    /** Closes the team book, if one is open (going back to the own book, or quitting). */
    void closeTeam() {
        OpenBook t = team;
        team = null;
        if (t != null) {
            t.close();
        }
    }

    /** The sample book, once {@link #openSample()} opened it. */
    Optional<OpenBook> sample() {
        return Optional.ofNullable(sample);
    }

    /** Opens the sample book (in the background), filling it with made-up clients the first time. */
    OpenBook openSample() {
        OpenBook opened = OpenBook.open(DataFolder.sampleFolder(dataFolder), true, clock, RapportApp.OWNER);
        try {
            if (opened.isEmpty()) {
                opened.demo().fill(SAMPLE_CLIENTS, SAMPLE_SEED, LocalDate.now(clock));
            }
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        sample = opened;
        return opened;
    }

    /** Starts the timer's work: the half-hourly backup and the half-minute planning ahead. */
    void startTimer() {
        timer.scheduleWithFixedDelay(this::backupIfChanged, BACKUP_MINUTES, BACKUP_MINUTES, TimeUnit.MINUTES);
        timer.scheduleWithFixedDelay(this::planAhead, PLAN_AHEAD_SECONDS, PLAN_AHEAD_SECONDS, TimeUnit.SECONDS);
    }

    /** A verified backup when the book changed since the last one (the 30-minute timer, and closing). */
    private void backupIfChanged() {
        for (OpenBook book : new OpenBook[] {own, team}) {
            try {
                if (book != null) {
                    book.backups().backupIfChanged().ifPresent(p -> LOG.info("Backed up {} to {}", book.describe(), p));
                }
            } catch (RuntimeException e) {
                LOG.error("The automatic backup of the {} failed", book.describe(), e);
            }
        }
    }

    /**
     * Keeps the next days' agendas saved, so that the next start shows Today at once, and Insight's
     * figures current, so that it opens at once (every half minute).
     */
    private void planAhead() {
        OpenBook book = team != null ? team : own;
        try {
            if (book != null && damage == null) {
                book.planAhead().tick();
            }
        } catch (RuntimeException e) {
            LOG.warn("The next days could not be planned ahead", e);
        }
        try {
            if (book != null && damage == null) {
                book.insight().keepCurrent(Insight.DEFAULT_MONTHS);
            }
        } catch (RuntimeException e) {
            LOG.warn("Insight's figures could not be computed ahead", e);
        }
    }

    /** As the app stops: the timer stopped, the next days planned and a backup taken when the book changed. */
    void beforeClose() {
        timer.shutdownNow();
        if (own != null) {
            try {
                own.planAhead().beforeClose();
            } catch (RuntimeException e) {
                LOG.warn("The next days could not be planned ahead", e);
            }
            backupIfChanged();
        }
    }

    /** Closes the books. */
    void close() {
        closeTeam();
        if (sample != null) {
            sample.close();
        }
        if (own != null) {
            own.close();
        }
    }
}
