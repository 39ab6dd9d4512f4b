package app.rapport.service;

import app.rapport.model.BookStats;
import app.rapport.service.demo.DemoService;
import app.rapport.store.BookLock;
import app.rapport.store.BookLockedException;
import app.rapport.store.BookStore;
import app.rapport.store.Database;
import app.rapport.store.PostgresBookStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
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
    private final BookStore store;
    /** A book file's database; null for a team book. */
    private final Database database;
    private final Optional<Team> team;
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
    private final Backups backups;
    private final ContactImportService contactImport;
    private final ContactExportService contactExport;
    private final SalesImportService sales;
    private final Identity identity;

    /** A team book's address, and the password it was opened with (for its listener). */
    private record Team(TeamBookAddress address, Optional<char[]> password) {
    }

    OpenBook(Path dataFolder, boolean sample, BookLock lock, BookStore store, Database database, Optional<Team> team,
            Clock clock, boolean savesAhead) {
        this.dataFolder = dataFolder;
        this.sample = sample;
        this.lock = lock;
        this.store = store;
        this.database = database;
        this.team = team;
        this.identity = sample ? Identity.NONE : Identity.ofThisComputer(new ThisComputer(dataFolder));
        this.clients = new ClientService(store, clock, identity);
        this.contacts = new ContactService(store, identity);
        this.savedAgendas = new SavedAgendas(store, clock, savesAhead);
        this.planning = new PlanningService(store, clock, savedAgendas);
        this.agendaPrefetch = new AgendaPrefetch(planning, savedAgendas);
        this.planAhead = new PlanAhead(planning, savedAgendas);
        this.insight = new InsightService(store, clock);
        this.insightReport = new InsightReport(store, dataFolder, clock);
        this.settings = new SettingsService(store, clock, identity);
        this.transfer = new TransferService(store, clock, dataFolder);
        this.demo = new DemoService(store, clock.getZone());
        this.followUps = new FollowUpService(store, clock, identity);
        this.reminders = new ReminderService(store, planning, clock,
                team.isPresent() ? "@" + new ThisComputer(dataFolder).id() : "");
        this.backups = team.isPresent()
                ? new TeamBookBackups(store, transfer, dataFolder, team.get().address(), clock)
                : new BackupService(database, dataFolder, clock);
        this.contactImport = new ContactImportService(store, clock);
        this.contactExport = new ContactExportService(store, planning, clock, dataFolder);
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
        return LocalBooks.open(dataFolder, sample, clock, holder, checkInBackground);
    }

    /**
     * Opens the book in {@code dataFolder} only to read it, without its lock, beside the one program
     * that writes it (see {@link LocalBooks#openForReading}).
     */
    public static OpenBook openForReading(Path dataFolder, Clock clock, String holder) {
        return LocalBooks.openForReading(dataFolder, clock, holder);
    }

    /**
     * Opens the team book at {@code address}, with {@code password} when this computer has one for
     * it; {@code dataFolder} is this computer's own folder (the log, the reminder, the exports kept).
     * No lock: the app on several computers and the commands write side by side. With
     * {@code savesAhead}, today's agenda is saved whenever it is planned, as for the app's own book.
     *
     * @throws app.rapport.store.PasswordRefusedException when the server wants a password it was not given
     */
    public static OpenBook openTeam(TeamBookAddress address, Optional<char[]> password, Path dataFolder, Clock clock,
            boolean savesAhead) {
        DataFolder.create(dataFolder);
        PostgresBookStore store = PostgresBookStore.open(address.jdbcUrl(), address.properties(password));
        try {
            return new OpenBook(dataFolder, false, null, store, null, Optional.of(new Team(address, password)), clock,
                    savesAhead);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public Path dataFolder() {
        return dataFolder;
    }

    /** Whether this is the sample book, kept apart from the owner's own. */
    public boolean isSample() {
        return sample;
    }

    /** A book file's path. */
    public Path bookFile() {
        return localDatabase().file();
    }

    /** Which book this is, for the status line and the log: its file, or "team book rapport on db.example.com". */
    public String describe() {
        return store.describe();
    }

    /**
     * Tells {@code watcher} what other computers change in a team book, and when its server goes and
     * comes back, until the returned handle is closed; a book of one's own has no one else to hear.
     */
    public AutoCloseable watch(BookWatcher watcher) {
        if (team.isEmpty() || !(store instanceof PostgresBookStore postgres)) {
            return () -> { };
        }
        return TeamBookWatch.start(postgres, team.get().address(), team.get().password(), watcher);
    }

    /** The team book's address, when this is one. */
    public Optional<TeamBookAddress> teamBook() {
        return team.map(Team::address);
    }

    private Database localDatabase() {
        if (database == null) {
            throw new ServiceException("A team book is on its server, not in a file: " + store.describe() + ".");
        }
        return database;
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

    /** The book's store, for the services of this package. */
    BookStore store() {
        return store;
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
        if (database != null) {
            database.startCheck();
        }
    }

    /** Runs {@code then} (on the check's thread) if the book's background check finds it damaged. */
    public void whenDamaged(Consumer<DamagedBookException> then) {
        if (database == null) {
            return; // a team book's soundness is its server's
        }
        database.soundness().thenAccept(result -> {
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

    /** The backups this computer takes of the book. */
    public Backups backups() {
        return backups;
    }

    /** The backups of a book file, which can also be taken elsewhere and checked: none for a team book. */
    public Optional<BackupService> fileBackups() {
        return backups instanceof BackupService b ? Optional.of(b) : Optional.empty();
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

    /** Who works at this computer: the {@code by} of what is logged here. */
    public Identity identity() {
        return identity;
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
