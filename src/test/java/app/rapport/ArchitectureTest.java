package app.rapport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * STYLE.md's one-way dependencies: ui → service → {planning, store, io} → model; cli → service;
 * the local channel (channel/) beside them, used by the app's start and the command line.
 */
@AnalyzeClasses(packages = "app.rapport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String MODEL = "app.rapport.model..";
    private static final String PLANNING = "app.rapport.planning..";
    private static final String STORE = "app.rapport.store..";
    private static final String IO = "app.rapport.io..";
    private static final String LETTERS = "app.rapport.letters..";
    private static final String SERVICE = "app.rapport.service..";
    private static final String UI = "app.rapport.ui..";
    private static final String CLI = "app.rapport.cli..";
    private static final String CHANNEL = "app.rapport.channel..";

    @ArchTest
    static final ArchRule modelKnowsNothingOfTheRest = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(PLANNING, STORE, IO, SERVICE, UI, CLI,
                    "javafx..", "java.sql..", "java.io..", "java.nio.file..", "com.fasterxml..");

    @ArchTest
    static final ArchRule planningIsPure = noClasses().that().resideInAPackage(PLANNING)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, IO, SERVICE, UI, CLI,
                    "javafx..", "java.sql..", "java.io..", "java.nio.file..").allowEmptyShould(true);

    /** The store sees the model, and of io only AtomicFile: copies of the book go in place by its one rule. */
    @ArchTest
    static final ArchRule storeSeesOnlyTheModel = noClasses().that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(PLANNING, SERVICE, UI, CLI, "javafx..");

    @ArchTest
    static final ArchRule storeSeesNoFileFormat = noClasses().that().resideInAPackage(STORE)
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(IO)
                    .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("AtomicFile"))));

    @ArchTest
    static final ArchRule ioSeesOnlyTheModel = noClasses().that().resideInAPackage(IO)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, SERVICE, UI, CLI, "javafx..", "java.sql..").allowEmptyShould(true);

    @ArchTest
    static final ArchRule lettersSeeOnlyTheModel = noClasses().that().resideInAPackage(LETTERS)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, IO, SERVICE, UI, CLI, PLANNING, "javafx..",
                    "java.sql..");

    /** Screens and commands name paper sizes and label sheets, but draw and print only through the services. */
    @ArchTest
    static final ArchRule paperIsMadeByTheService = noClasses().that().resideInAnyPackage(UI, CLI)
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(LETTERS)
                    .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("Envelope")))
                    .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("LabelLayout")))
                    .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("Cell"))));

    @ArchTest
    static final ArchRule servicesKnowNoScreenOrCommand = noClasses().that().resideInAPackage(SERVICE)
            .should().dependOnClassesThat().resideInAnyPackage(UI, CLI, "javafx..");

    @ArchTest
    static final ArchRule screensGoThroughServices = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, IO, CLI, PLANNING, "java.sql..");

    @ArchTest
    static final ArchRule commandsGoThroughServices = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, IO, UI, PLANNING, "javafx..", "java.sql..");

    /** The local channel is plain Java, for the app's start and (issue 18) the command line alike. */
    @ArchTest
    static final ArchRule theChannelKnowsNoBookNorScreen = noClasses().that().resideInAPackage(CHANNEL)
            .should().dependOnClassesThat().resideInAnyPackage(PLANNING, STORE, IO, LETTERS, SERVICE, UI, CLI,
                    "javafx..", "java.sql..");

    @ArchTest
    static final ArchRule theBookKnowsNoChannel = noClasses().that().resideInAnyPackage(MODEL, PLANNING, STORE, IO,
            LETTERS, SERVICE).should().dependOnClassesThat().resideInAPackage(CHANNEL);

    @ArchTest
    static final ArchRule sqlOnlyInTheStore = noClasses().that().resideOutsideOfPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses().that().resideOutsideOfPackage(CLI)
            .and().doNotHaveFullyQualifiedName(Main.class.getName())
            .should().accessField(System.class, "out");
}
