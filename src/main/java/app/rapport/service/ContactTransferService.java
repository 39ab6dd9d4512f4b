package app.rapport.service;

import app.rapport.io.contacts.ClientCsvWriter;
import app.rapport.io.contacts.ContactField;
import app.rapport.io.contacts.ContactRecord;
import app.rapport.io.contacts.CsvContacts;
import app.rapport.io.contacts.CsvPreset;
import app.rapport.io.contacts.FollowUpCalendar;
import app.rapport.io.contacts.TextDecoding;
import app.rapport.io.contacts.VcardContacts;
import app.rapport.model.Agenda;
import app.rapport.model.Client;
import app.rapport.store.BookStore;
import app.rapport.store.BookTx;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Clients in from CSV and vCard files, and out as CSV, vCard and (follow-ups) iCalendar. An
 * import is read, mapped, checked for duplicates (same email, or same name and phone, in the
 * book or earlier in the file), then written in one transaction, or only reported (dry run).
 */
public final class ContactTransferService {
    /** What to do with a contact that is already in the book (or earlier in the file). */
    public enum DuplicatePolicy { SKIP, MERGE, ADD }

    /** A file read, before duplicates are decided: its contacts and the problems met so far. */
    public record ContactFile(Path file, boolean vcard, CsvContacts.Table table, CsvPreset preset,
                              List<CsvPreset.Column> mapping, List<ContactRecord> contacts, List<String> problems) {
        /** What was read, in words: "Read 120 rows as Google Contacts." or "Read 12 cards." */
        public String describe() {
            return vcard ? "Read " + contacts.size() + (contacts.size() == 1 ? " card." : " cards.")
                    : "Read " + table.rows().size() + (table.rows().size() == 1 ? " row" : " rows") + " as "
                    + preset.label() + ".";
        }

        public int contactCount() {
            return contacts.size();
        }

        /** The CSV's headers (empty for vCards). */
        public List<String> headers() {
            return vcard ? List.of() : table.headers();
        }

        /** The first rows, as the mapping step previews them. */
        public List<List<String>> previewRows() {
            return vcard ? List.of() : table.preview().stream().map(CsvContacts.Row::cells).toList();
        }

        /** Each column's field, in words (see {@link #fieldChoices()}). */
        public List<String> mappingLabels() {
            return mapping.stream().map(c -> c.field().label()).toList();
        }

        public String presetLabel() {
            return preset == null ? "" : preset.label();
        }

        /** The same CSV with the fields chosen for its columns, in words. */
        public ContactFile remapByLabels(List<String> labels) {
            List<CsvPreset.Column> columns = new ArrayList<>();
            for (int i = 0; i < mapping.size(); i++) {
                String label = i < labels.size() ? labels.get(i) : ContactField.IGNORE.label();
                ContactField field = java.util.Arrays.stream(
                        ContactField.values()).filter(f -> f.label().equals(label)).findFirst()
                        .orElse(ContactField.IGNORE);
                columns.add(new CsvPreset.Column(field, field == mapping.get(i).field() ? mapping.get(i).addressGroup() : 0));
            }
            return remap(columns);
        }

        /** The same CSV read with another preset (by its label). */
        public ContactFile withPreset(String label) {
            CsvPreset p = java.util.Arrays.stream(CsvPreset.values()).filter(x -> x.label().equals(label)).findFirst()
                    .orElse(CsvPreset.GENERIC);
            List<String> problems = new ArrayList<>(table.problems());
            List<CsvPreset.Column> m = CsvContacts.mapping(p, table.headers());
            return new ContactFile(file, false, table, p, m, CsvContacts.contacts(table, m, p, problems), problems);
        }

        /** The same CSV with another column mapping (the mapping step). */
        public ContactFile remap(List<CsvPreset.Column> newMapping) {
            List<String> p = new ArrayList<>(table.problems());
            return new ContactFile(file, false, table, preset, List.copyOf(newMapping),
                    CsvContacts.contacts(table, newMapping, preset, p), p);
        }
    }

    /**
     * A contact that matches a client already in the book, or one taken from earlier in the file.
     *
     * @param why what they share: "same email ana@example.com", "same name and phone +1 555 0100", "same id"
     * @param match the client it matches (as the import has it so far)
     * @param matchWhere where in the file the match came from ("Line 3"), or {@code null} when it is in the book
     */
    public record Duplicate(ContactRecord contact, String matchName, String why, Client match, String matchWhere) {
        /** In words, for the question asked about it: "Line 4: Zoë Müller matches Zoë Müller (same email zoe@...)". */
        public String describe() {
            return contact.where() + ": " + contact.displayName() + " matches " + matchName + " (" + why + ")";
        }

        /**
         * Where the match is, in words for the report: "Line 14: Ana Ruiz — already in the book (same email
         * ana@example.com as Ana Ruiz, c-0042)", or "Line 20: Ana Ruiz — twice in the file (same email
         * ana@example.com as line 3)".
         */
        public String explain() {
            return contact.where() + ": " + contact.displayName() + " — " + (matchWhere == null
                    ? "already in the book (" + why + " as " + matchName + ", " + match.id() + ")"
                    : "twice in the file (" + why + " as " + matchWhere.toLowerCase(Locale.ROOT) + ")");
        }
    }

    /** The fields a CSV column can be, in words, for the mapping step. */
    public static List<String> fieldChoices() {
        return java.util.Arrays.stream(ContactField.values())
                .map(ContactField::label).toList();
    }

    /** The presets, in words. */
    public static List<String> presetChoices() {
        return java.util.Arrays.stream(CsvPreset.values()).map(CsvPreset::label).toList();
    }

    /** The presets as the command line names them: google, outlook, rapport, generic. */
    public static List<String> presetNames() {
        return java.util.Arrays.stream(CsvPreset.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * The name of an encoding Java knows, as Java spells it.
     *
     * @throws app.rapport.model.ExplainedException listing the encodings worth naming, when it knows none
     */
    public static String encoding(String name) {
        return TextDecoding.charset(name).name();
    }

    /** Whether an error means "this file is not UTF-8" (then Windows-1252 can be offered). */
    public static boolean isNotUtf8(Throwable e) {
        return e instanceof TextDecoding.NotThisEncoding;
    }

    public static final String WINDOWS_1252 = TextDecoding.WINDOWS_1252;

    /**
     * What an import did (or, in a dry run, would do).
     *
     * @param skippedRows the rows skipped because they were already in the book or earlier in the file
     * @param problems what could not be read or taken, each naming its row ("Line 9: ...")
     */
    public record Report(int added, int merged, int skipped, List<Duplicate> skippedRows, List<String> problems,
                         boolean dryRun) {
        private static final Pattern ROW = Pattern.compile("(?:Line|Card) (\\d+)\\b.*");

        public String summary() {
            return (dryRun ? "Would add " : "Added ") + added + ", " + (dryRun ? "merge " : "merged ") + merged
                    + ", " + (dryRun ? "skip " : "skipped ") + skipped + (problems.isEmpty() ? "."
                    : "; " + problems.size() + (problems.size() == 1 ? " problem." : " problems."));
        }

        /** Each skipped row and each problem, one a line, in the order of the file. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>(problems);
            skippedRows.forEach(d -> lines.add(d.explain() + "; " + (dryRun ? "would be skipped." : "skipped.")));
            lines.sort(Comparator.comparingLong(Report::row));
            return lines;
        }

        /** The summary, then {@link #lines()}: what the command line prints and the import dialog shows. */
        public String text() {
            return String.join("\n", java.util.stream.Stream.concat(java.util.stream.Stream.of(summary()),
                    lines().stream()).toList());
        }

        private static long row(String line) {
            java.util.regex.Matcher m = ROW.matcher(line);
            return m.matches() && m.group(1).length() < 10 ? Long.parseLong(m.group(1)) : 0;
        }
    }

    private final BookStore store;
    private final PlanningService planning;
    private final Clock clock;

    public ContactTransferService(BookStore store, PlanningService planning, Clock clock) {
        this.store = store;
        this.planning = planning;
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
    public List<Duplicate> duplicates(ContactFile file) {
        return store.read(tx -> ContactImport.duplicates(tx, file));
    }

    /**
     * Imports the file's contacts, deciding each duplicate with {@code decide}; all in one
     * transaction, or nothing written when {@code dryRun}.
     */
    public Report importContacts(ContactFile file, Function<Duplicate, DuplicatePolicy> decide, boolean dryRun) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Function<BookTx, Report> work = tx -> new ContactImport(tx, file, now).run(file, decide, dryRun);
        return dryRun ? store.read(work::apply) : store.write(work::apply);
    }

    // ---- export ----------------------------------------------------------------------------------

    /** Clients as CSV (with a byte-order mark for Excel when asked); how many were written. */
    public int exportCsv(Path file, boolean bom) {
        List<Client> clients = allClients();
        writeAtomically(file, out -> ClientCsvWriter.write(out, clients, bom));
        return clients.size();
    }

    /** Clients as vCard 4.0. */
    public int exportVcard(Path file) {
        List<Client> clients = allClients();
        String text = VcardContacts.write(clients);
        writeAtomically(file, out -> out.write(text));
        return clients.size();
    }

    /** The open follow-ups of the next 30 days as iCalendar events. */
    public int exportCalendar(Path file) {
        Agenda agenda = planning.agenda(LocalDate.now(clock), 30);
        Map<String, String> phones = store.read(tx -> {
            Map<String, String> m = new HashMap<>();
            agenda.followUps().forEach(f -> tx.clients().find(f.clientId())
                    .ifPresent(c -> m.put(c.id(), String.join(", ", c.phones()))));
            return m;
        });
        String text = FollowUpCalendar.write(agenda.followUps(), phones, Instant.now(clock), clock.getZone());
        writeAtomically(file, out -> out.write(text));
        return agenda.followUps().size();
    }

    private List<Client> allClients() {
        return store.read(tx -> {
            List<Client> all = new ArrayList<>();
            tx.clients().forEach(all::add);
            return all;
        });
    }

    private interface Content {
        void write(Writer out) throws IOException;
    }

    private void writeAtomically(Path file, Content content) {
        OutputTarget.write(store.file().toAbsolutePath().getParent(), file, out -> {
            try (Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                content.write(writer);
            }
            return null;
        });
    }
}
