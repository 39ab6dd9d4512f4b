package app.rapport.service;

import app.rapport.io.contacts.ContactField;
import app.rapport.io.contacts.ContactRecord;
import app.rapport.io.contacts.CsvContacts;
import app.rapport.io.contacts.CsvPreset;
import app.rapport.io.contacts.TextDecoding;
import app.rapport.io.contacts.VcardContacts;
import app.rapport.model.ExplainedException;
import app.rapport.store.BookStore;
import app.rapport.store.BookTx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Clients in from CSV and vCard files. An import is read ({@link ContactFile}), mapped, checked
 * for duplicates (same email, or same name and phone, in the book or earlier in the file: see
 * {@link DuplicateMatcher}), then written in one transaction ({@link ContactImport}), or only
 * reported (dry run).
 */
public final class ContactImportService {
    public static final String WINDOWS_1252 = TextDecoding.WINDOWS_1252;

    /** The fields a CSV column can be, in words, for the mapping step. */
    public static List<String> fieldChoices() {
        return Arrays.stream(ContactField.values()).map(ContactField::label).toList();
    }

    /** The presets, in words. */
    public static List<String> presetChoices() {
        return Arrays.stream(CsvPreset.values()).map(CsvPreset::label).toList();
    }

    /** The presets as the command line names them: google, outlook, rapport, generic. */
    public static List<String> presetNames() {
        return Arrays.stream(CsvPreset.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * The name of an encoding Java knows, as Java spells it.
     *
     * @throws ExplainedException listing the encodings worth naming, when it knows none
     */
    public static String encoding(String name) {
        return TextDecoding.charset(name).name();
    }

    /** Whether an error means "this file is not UTF-8" (then Windows-1252 can be offered). */
    public static boolean isNotUtf8(Throwable e) {
        return e instanceof TextDecoding.NotThisEncoding;
    }

    private final BookStore store;
    private final Clock clock;

    public ContactImportService(BookStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Reads a .csv or .vcf file.
     *
     * @param encoding {@code null} for strict UTF-8; e.g. "windows-1252" when the owner chose it
     * @param preset {@code null} to recognise Google and Outlook exports by their headers
     */
    public ContactFile read(Path file, String encoding, String presetName) {
        return read(file, encoding, presetName == null ? null : CsvPreset.byName(presetName));
    }

    /** As {@link #read(Path, String, String)}, with the preset itself. */
    public ContactFile read(Path file, String encoding, CsvPreset preset) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean vcard = name.endsWith(".vcf") || name.endsWith(".vcard");
        String text = ImportedText.read(file, encoding);
        List<String> problems = new ArrayList<>();
        if (vcard) {
            List<ContactRecord> contacts = VcardContacts.read(text, problems);
            return new ContactFile(file, true, null, null, List.of(), contacts, problems);
        }
        CsvContacts.Table table = CsvContacts.read(text);
        CsvPreset chosen = preset != null ? preset : CsvPreset.detect(table.headers());
        List<CsvPreset.Column> mapping = CsvContacts.mapping(chosen, table.headers());
        problems.addAll(table.problems());
        return new ContactFile(file, false, table, chosen, mapping,
                CsvContacts.contacts(table, mapping, chosen, problems), problems);
    }

    /** The duplicates among the file's contacts, in file order. */
    public List<DuplicateContact> duplicates(ContactFile file) {
        return store.read(tx -> DuplicateMatcher.duplicates(tx, file));
    }

    /**
     * Imports the file's contacts, deciding each duplicate with {@code decide}; all in one
     * transaction, or nothing written when {@code dryRun}.
     */
    public ContactImportReport importContacts(ContactFile file, Function<DuplicateContact, DuplicatePolicy> decide,
            boolean dryRun) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Function<BookTx, ContactImportReport> work = tx -> new ContactImport(tx, file, now).run(file, decide, dryRun);
        return dryRun ? store.read(work::apply) : store.write(work::apply);
    }
}
