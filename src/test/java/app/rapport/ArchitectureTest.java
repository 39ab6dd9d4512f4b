package app.rapport;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javafx.application.Application;

/**
 * STYLE.md's one-way dependencies: ui → service → {planning, reminders, letters, store, io} → model;
 * cli → service; the local channel (channel/) beside them, used by the app's start and the command
 * line; the root package (Main, RapportApp and the start's helpers) builds it all and nothing
 * reaches back into it. Each rule says why it holds.
 */
@AnalyzeClasses(packages = "app.rapport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The root package only (Main, RapportApp, AppStart, EarlyBook, LogSetup, SecondStart), not its subpackages. */
    private static final String ROOT = "app.rapport";
    private static final String MODEL = "app.rapport.model..";
    private static final String PLANNING = "app.rapport.planning..";
    private static final String REMINDERS = "app.rapport.reminders..";
    private static final String STORE = "app.rapport.store..";
    private static final String IO = "app.rapport.io..";
    private static final String LETTERS = "app.rapport.letters..";
    private static final String SERVICE = "app.rapport.service..";
    private static final String UI = "app.rapport.ui..";
    private static final String CLI = "app.rapport.cli..";
    private static final String CHANNEL = "app.rapport.channel..";

    @ArchTest
    static final ArchRule modelKnowsNothingOfTheRest = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(ROOT, PLANNING, REMINDERS, STORE, IO, LETTERS, SERVICE,
                    UI, CLI, "javafx..", "java.sql..", "java.io..", "java.nio.file..", "com.fasterxml..")
            .because("the model is the language every layer speaks: records and enums that check themselves,"
                    + " usable anywhere and testable with nothing else, so they know no layer, screen, database"
                    + " or file");

    @ArchTest
    static final ArchRule planningIsPure = noClasses().that().resideInAPackage(PLANNING)
            .should().dependOnClassesThat().resideInAnyPackage(ROOT, REMINDERS, STORE, IO, LETTERS, SERVICE, UI, CLI,
                    "javafx..", "java.sql..", "java.io..", "java.nio.file..")
            .because("planning is RULES.md as pure functions of the book's facts, the settings and a date: the"
                    + " same inputs always give the same agenda, tested without a book, a file or a screen");

    @ArchTest
    static final ArchRule remindersSeeOnlyTheModel = noClasses().that().resideInAPackage(REMINDERS)
            .should().dependOnClassesThat().resideInAnyPackage(ROOT, PLANNING, STORE, LETTERS, SERVICE, UI, CLI,
                    "javafx..", "java.sql..", "org.sqlite..")
            .because("when the daily reminder is due and what it says follow from the agenda and a clock alone,"
                    + " tested without a window or a book; the window that shows it is ui/reminders, and the"
                    + " service feeds it");

    /** The store sees the model, and of io only AtomicFile: copies of the book go in place by its one rule. */
    @ArchTest
    static final ArchRule storeSeesOnlyTheModel = noClasses().that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(ROOT, PLANNING, REMINDERS, LETTERS, SERVICE, UI,
                    CLI, "javafx..")
            .because("the store keeps the book and speaks the model's records, so that a service can put the"
                    + " store, planning and files together in one transaction, and the store can be tested alone");

    @ArchTest
    static final ArchRule storeAndRemindersSeeNoFileFormat = noClasses().that().resideInAnyPackage(STORE, REMINDERS)
            .should().dependOnClassesThat(resideInAPackage(IO).and(not(simpleName("AtomicFile"))))
            .because("file formats are io's; the store puts copies of the book in place, and the reminder writes"
                    + " the start-up entry, only by AtomicFile's one rule for writing a file safely");

    @ArchTest
    static final ArchRule ioSeesOnlyTheModel = noClasses().that().resideInAPackage(IO)
            .should().dependOnClassesThat().resideInAnyPackage(ROOT, PLANNING, REMINDERS, STORE, LETTERS, SERVICE, UI,
                    CLI, "javafx..", "java.sql..")
            .because("files are read and written from the model's records alone, so that the window and the"
                    + " command line write the same files, and each reader can be fuzzed on its own");

    @ArchTest
    static final ArchRule lettersSeeOnlyTheModel = noClasses().that().resideInAPackage(LETTERS)
            .should().dependOnClassesThat().resideInAnyPackage(ROOT, PLANNING, REMINDERS, STORE, IO, SERVICE, UI, CLI,
                    "javafx..", "java.sql..")
            .because("letters, envelopes and labels are drawn from what a service merged: PDFBox and the model,"
                    + " nothing of the book or the screen, so that the preview, the PDF and the printout are one"
                    + " document");

    /** Screens and commands name paper sizes and label sheets, but draw and print only through the services. */
    @ArchTest
    static final ArchRule paperIsMadeByTheService = noClasses().that().resideInAnyPackage(UI, CLI)
            .should().dependOnClassesThat(resideInAPackage(LETTERS)
                    .and(not(simpleName("Envelope"))).and(not(simpleName("LabelLayout"))).and(not(simpleName("Cell"))))
            .because("every page is drawn and printed through LetterService, so that the screen's preview, the"
                    + " saved PDF and the printout cannot differ");

    @ArchTest
    static final ArchRule servicesKnowNoScreenOrCommand = noClasses().that().resideInAPackage(SERVICE)
            .should().dependOnClassesThat().resideInAnyPackage(ROOT, UI, CLI, "javafx..")
            .because("each thing a user can do is one service call, the same for the window and the command"
                    + " line; a service that knew a screen could not run from the terminal");

    @ArchTest
    static final ArchRule screensGoThroughServices = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, IO, CLI, PLANNING, "java.sql..")
            .because("a screen calls a service, which does each change in one transaction, the same as the"
                    + " command line; a screen that reached the book or the files itself would bypass both");

    @ArchTest
    static final ArchRule commandsGoThroughServices = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, IO, UI, PLANNING, "javafx..", "java.sql..")
            .because("a command does what the window does through the same services, so that the terminal and"
                    + " the window cannot drift apart");

    /** The local channel is plain Java, for the app's start and (issue 18) the command line alike. */
    @ArchTest
    static final ArchRule theChannelKnowsNoBookNorScreen = noClasses().that().resideInAPackage(CHANNEL)
            .should().dependOnClassesThat().resideInAnyPackage(ROOT, PLANNING, REMINDERS, STORE, IO, LETTERS,
                    SERVICE, UI, CLI, "javafx..", "java.sql..")
            .because("the channel is a socket and lines of text, used before any book is open by a second start"
                    + " and by the command line, neither of which may wait for a book or a window");

    @ArchTest
    static final ArchRule theBookKnowsNoChannel = noClasses().that().resideInAnyPackage(MODEL, PLANNING, REMINDERS,
            STORE, IO, LETTERS, SERVICE).should().dependOnClassesThat().resideInAPackage(CHANNEL)
            .because("only the app's start and the command line talk over the channel: the book's layers work"
                    + " the same whether or not another Rapport runs");

    @ArchTest
    static final ArchRule sqlOnlyInTheStore = noClasses().that().resideOutsideOfPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("every query and every schema change is in store/, behind its repositories: one place to"
                    + " read, and the only way to the book");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses().that().resideOutsideOfPackage(CLI)
            .and().doNotHaveFullyQualifiedName(Main.class.getName())
            .should().accessField(System.class, "out")
            .because("the app writes to its log, which someone can read later; standard output is the command"
                    + " line's (and Main's usage line), where someone reads it now");

    @ArchTest
    static final ArchRule theStartReachesTheBookThroughServices = noClasses().that().resideInAPackage(ROOT)
            .should().dependOnClassesThat(resideInAnyPackage(PLANNING, IO, LETTERS)
                    .or(resideInAPackage(STORE).and(not(assignableTo(Throwable.class)))))
            .because("the start builds the app from the services (OpenBook opens the book, plans and backs"
                    + " it up); it names the store only for the exceptions that say why a book cannot open");

    @ArchTest
    static final ArchRule onlyTheAppStartsJavaFx = noClasses().that().resideInAPackage(ROOT)
            .and(not(belongToAnyOf(RapportApp.class, Main.class, AppWindow.class, LaterStarts.class)))
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("only the app and its window use the toolkit; AppStart, EarlyBook, LogSetup, SecondStart and"
                    + " the book's session work before or beside the window toolkit's start, and instead of it for a"
                    + " second start or a command: none of them may need it");

    @ArchTest
    static final ArchRule mainIsAPlainLauncher = classes().that().haveFullyQualifiedName(Main.class.getName())
            .should().notBeAssignableTo(Application.class)
            .because("Java refuses to start a main class that extends Application from the class path of a"
                    + " plain jar (\"JavaFX runtime components are missing\"), and the app ships as one");

    @ArchTest
    static final ArchRule nothingReachesBackIntoTheStart = noClasses().that().resideOutsideOfPackage(ROOT)
            .should().dependOnClassesThat().resideInAPackage(ROOT)
            .because("the root package is the composition root: it builds every layer by constructor, and a"
                    + " layer that called back into it would make it a service locator");
}
