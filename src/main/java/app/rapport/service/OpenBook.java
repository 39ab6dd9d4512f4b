package app.rapport.service;

import app.rapport.model.BookStats;
import app.rapport.service.demo.DemoService;
import app.rapport.store.BookDamagedException;
import app.rapport.store.BookLock;
import app.rapport.store.BookLockedException;
import app.rapport.store.SqliteBookStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One open book and the services over it: the book's lock, its store, and everything a user can
 * do with it. The app builds one at start (and another for the sample book); closing it closes
 * the store and releases the lock.
 */
public final class OpenBook implements AutoCloseable {
    private final Path dataFolder;
    private final boolean sample;
    private final BookLock lock;
    private final SqliteBookStore store;
    private final ClientService clients;
    private final ContactService contacts;
    private final SettingsService settings;
    private final TransferService transfer;
    private final DemoService demo;
    private final SavedAgendas savedAgendas;
    private final PlanningService planning;
    private final AgendaPrefetch agendaPrefetch;
    private final InsightService insight;
    private final InsightReport insightReport;
    private final PlanAhead planAhead;
    private final FollowUpService followUps;
    private final ReminderService reminders;
    private final TemplateService templates;
    private final LetterheadService letterhead;
    private final LetterService letters;
    private final SheetService sheets;
    private final PrintingService printing;
    private final BackupService backups;
    private final ContactImportService contactImport;
    private final ContactExportService contactExport;
    private final SalesImportService sales;

    private OpenBook(Path dataFolder, boolean sample, BookLock lock, SqliteBookStore store, Clock clock,
            boolean savesAhead) {
        this.dataFolder = dataFolder;
        this.sample = sample;
        this.lock = lock;
        this.store = store;
        Identity identity = sample ? Identity.NONE : Identity.ofThisComputer();
        this.clients = new ClientService(store, clock, identity);
        this.contacts = new ContactService(store, identity);
        this.savedAgendas = new SavedAgendas(store, clock, savesAhead);
        this.planning = new PlanningService(store, clock, savedAgendas);
        this.agendaPrefetch = new AgendaPrefetch(planning, savedAgendas);
        this.planAhead = new PlanAhead(planning, savedAgendas);
        this.insight = new InsightService(store, clock);
        this.insightReport = new InsightReport(store, dataFolder, clock);
        this.settings = new SettingsService(store, clock, identity);
        this.transfer = new TransferService(store, clock);
        this.demo = new DemoService(store, clock.getZone());
        this.followUps = new FollowUpService(store, clock, identity);
        this.reminders = new ReminderService(store, planning, clock);
        this.backups = new BackupService(store.database(), dataFolder, clock);
        this.contactImport = new ContactImportService(store, clock);
        this.contactExport = new ContactExportService(store, planning, clock);
        this.sales = new SalesImportService(store, clock, identity);
        this.templates = new TemplateService(store, clock, identity);
        this.letterhead = new LetterheadService(dataFolder);
        this.letters = new LetterService(store, planning, followUps, templates, letterhead, clock,
                Locale.getDefault(Locale.Category.FORMAT));
        this.sheets = new SheetService(store, planning);
        this.printing = new PrintingService(dataFolder);
    }

    /**
     * Locks and opens the book in {@code dataFolder}.
     *
     * @throws BookLockedException when another Rapport has it open
     */
    public static OpenBook open(Path dataFolder, boolean sample, Clock clock, String holder) {
        return open(dataFolder, sample, clock, holder, false);
    }

    /**
     * As {@link #open(Path, boolean, Clock, String)}; with {@code checkInBackground} the book's
     * check runs while it is read, from {@link #startCheck()} or the first change on, every change
     * waits for it, and {@link #whenDamaged} says if it failed; and today's agenda is saved
     * whenever it is planned (so that the next start can show it at once). The app opens its book
     * so; commands check before they start, and save nothing ahead ({@code demo} excepted).
     */
    public static OpenBook open(Path dataFolder, boolean sample, Clock clock, String holder,
            boolean checkInBackground) {
        DataFolder.refuseReadOnly(dataFolder);
        BookLock lock = BookLock.acquire(dataFolder, holder);
        try {
            return new OpenBook(dataFolder, sample, lock,
                    SqliteBookStore.open(dataFolder, BackupService.beforeUpgrade(dataFolder, clock), checkInBackground),
                    clock, checkInBackground);
        } catch (BookDamagedException e) {
            lock.close();
            throw new DamagedBookException(dataFolder, e.reason(), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens the book only to read it, without its lock: readers read beside the one program that
     * writes it (the app, an import), and never keep it from starting. Nothing is written then,
     * with one exception: a book that does not exist yet is made, and one in an older format is
     * upgraded first (a backup taken before), holding the lock for that alone; when another
     * program holds it, the older book cannot be read until that program lets go. A book in a
     * read-only folder is read as it lies.
     */
    public static OpenBook openForReading(Path dataFolder, Clock clock, String holder) {
        Path bookFile = dataFolder.resolve(SqliteBookStore.BOOK_FILE);
        try {
            if (!Files.exists(bookFile)) {
                if (DataFolder.isReadOnly(dataFolder)) {
                    throw new ServiceException("There is no book in " + dataFolder + ".");
                }
                prepare(dataFolder, clock, holder);
            }
            SqliteBookStore store = SqliteBookStore.openForReading(dataFolder);
            if (store.database().needsUpgrade()) {
                store.close();
                prepare(dataFolder, clock, holder);
                store = SqliteBookStore.openForReading(dataFolder);
            }
            try {
                return new OpenBook(dataFolder, false, null, store, clock, false);
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        } catch (BookDamagedException e) {
            throw new DamagedBookException(dataFolder, e.reason(), e);
        }
    }

    /** Makes or upgrades the book, holding its lock for that alone. */
    private static void prepare(Path dataFolder, Clock clock, String holder) {
        if (DataFolder.isReadOnly(dataFolder)) {
            throw new ServiceException("The book in " + dataFolder + " must be brought up to this version of Rapport"
                    + " before it can be read, and its folder is read-only: open it once where it can be written.");
        }
        BookLock lock;
        try {
            lock = BookLock.acquire(dataFolder, holder);
        } catch (BookLockedException e) {
            throw new ServiceException("The book must be brought up to this version of Rapport before it can be"
                    + " read, and only one program may change it at a time. " + e.getMessage(), e);
        }
        try (lock) {
            SqliteBookStore.open(dataFolder, BackupService.beforeUpgrade(dataFolder, clock)).close();
        }
    }

    public Path dataFolder() {
        return dataFolder;
    }

    /** Whether this is the sample book, kept apart from the owner's own. */
    public boolean isSample() {
        return sample;
    }

    public Path bookFile() {
        return store.file();
    }

    public ClientService clients() {
        return clients;
    }

    public ContactService contacts() {
        return contacts;
    }

    /** The owner's settings. */
    public SettingsService settings() {
        return settings;
    }

    /** The book's counts; open follow-ups are today's agenda (overdue, due, and coming up within the horizon). */
    public BookStats stats() {
        long open = planning.agenda().followUps().size();
        return store.read(tx -> new BookStats(tx.clients().count(), tx.clients().countActive(),
                tx.interactions().count(), open));
    }

    /** Whether the book has no client yet. */
    public boolean isEmpty() {
        return store.read(tx -> tx.clients().isEmpty());
    }

    /** The book JSON: export and import. */
    public TransferService transfer() {
        return transfer;
    }

    /** Sample books. */
    public DemoService demo() {
        return demo;
    }

    public PlanningService planning() {
        return planning;
    }

    /** INSIGHT.md's figures, and the clients behind each number. */
    public InsightService insight() {
        return insight;
    }

    /** Insight's report (PDF, to save or print) and its CSV export. */
    public InsightReport insightReport() {
        return insightReport;
    }

    /** The first agenda the app shows, found while its window is built. */
    public AgendaPrefetch agendaPrefetch() {
        return agendaPrefetch;
    }

    /** The coming days' agendas, kept saved in the book while the app runs. */
    public PlanAhead planAhead() {
        return planAhead;
    }

    /**
     * Starts the check of a book opened with its check in the background (the app does once its
     * window is drawn; the first change starts it too). Does nothing when it has started already or
     * when the book was checked as it opened.
     */
    public void startCheck() {
        store.database().startCheck();
    }

    /** Runs {@code then} (on the check's thread) if the book's background check finds it damaged. */
    public void whenDamaged(Consumer<DamagedBookException> then) {
        store.database().soundness().thenAccept(result -> {
            if (!"ok".equals(result)) {
                then.accept(new DamagedBookException(dataFolder, result, null));
            }
        });
    }

    /** Clients in from CSV and vCard files. */
    public ContactImportService contactImport() {
        return contactImport;
    }

    /** Clients out as CSV and vCard, follow-ups as iCalendar. */
    public ContactExportService contactExport() {
        return contactExport;
    }

    /** Purchases in from tills' and web shops' exports. */
    public SalesImportService sales() {
        return sales;
    }

    public BackupService backups() {
        return backups;
    }

    /** Letter templates, built-in and the owner's own. */
    public TemplateService templates() {
        return templates;
    }

    /** The letterhead's logo. */
    public LetterheadService letterhead() {
        return letterhead;
    }

    /** Letters drafted for clients, the notes due, and the record that they went out. */
    public LetterService letters() {
        return letters;
    }

    /** Address labels and the day's call sheet. */
    public SheetService sheets() {
        return sheets;
    }

    /** A finished document's preview, PDF file, or print. */
    public PrintingService printing() {
        return printing;
    }

    public ReminderService reminders() {
        return reminders;
    }

    public FollowUpService followUps() {
        return followUps;
    }

    @Override
    public void close() {
        try {
            savedAgendas.close(Duration.ofSeconds(5));
            store.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
