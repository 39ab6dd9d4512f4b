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
import app.rapport.model.Text;
import app.rapport.store.BookStore;
import app.rapport.store.BookTx;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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

    /** A contact that matches one already in the book or earlier in the file. */
    public record Duplicate(ContactRecord contact, String matchName, String why) {
        /** In words: "Line 4: Zoë Müller is already in the book as Zoë Müller (same email zoe@...)". */
        public String describe() {
            String name = String.join(" ", contact.firstName(), contact.lastName()).strip();
            return contact.where() + ": " + (name.isEmpty() ? contact.company() : name) + " matches " + matchName
                    + " (" + why + ")";
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

    /** Whether an error means "this file is not UTF-8" (then Windows-1252 can be offered). */
    public static boolean isNotUtf8(Throwable e) {
        return e instanceof TextDecoding.NotThisEncoding;
    }

    public static final String WINDOWS_1252 = TextDecoding.WINDOWS_1252;

    /** What an import did (or, in a dry run, would do). */
    public record Report(int added, int merged, int skipped, List<String> problems, boolean dryRun) {
        public String summary() {
            return (dryRun ? "Would add " : "Added ") + added + ", " + (dryRun ? "merge " : "merged ") + merged
                    + ", " + (dryRun ? "skip " : "skipped ") + skipped + (problems.isEmpty() ? "."
                    : "; " + problems.size() + (problems.size() == 1 ? " problem." : " problems."));
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
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > CsvContacts.MAX_FILE_BYTES) {
                throw new ServiceException(file.getFileName() + " is " + size / (1024 * 1024)
                        + " MB; Rapport imports files up to 50 MB. Split it and import the parts.");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ServiceException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        String text = TextDecoding.decode(bytes, encoding);
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
        return store.read(tx -> {
            Matcher matcher = new Matcher(tx);
            List<Duplicate> out = new ArrayList<>();
            for (ContactRecord r : file.contacts()) {
                matcher.find(r).ifPresent(m -> out.add(new Duplicate(r, m.name(), m.why())));
                matcher.remember(r, null);
            }
            return out;
        });
    }

    /**
     * Imports the file's contacts, deciding each duplicate with {@code decide}; all in one
     * transaction, or nothing written when {@code dryRun}.
     */
    public Report importContacts(ContactFile file, Function<Duplicate, DuplicatePolicy> decide, boolean dryRun) {
        Function<BookTx, Report> work = tx -> apply(tx, file, decide, dryRun);
        return dryRun ? store.read(work::apply) : store.write(work::apply);
    }

    private Report apply(BookTx tx, ContactFile file, Function<Duplicate, DuplicatePolicy> decide, boolean dryRun) {
        Matcher matcher = new Matcher(tx);
        List<String> problems = new ArrayList<>(file.problems());
        Map<String, Client> merged = new HashMap<>();
        List<Client> added = new ArrayList<>();
        int skipped = 0;
        int mergedCount = 0;
        long next = Long.parseLong(tx.clients().nextId().substring(2));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        for (ContactRecord r : file.contacts()) {
            Optional<Matcher.Match> match = matcher.find(r);
            DuplicatePolicy policy = match.isEmpty() ? DuplicatePolicy.ADD
                    : decide.apply(new Duplicate(r, match.get().name(), match.get().why()));
            try {
                switch (policy) {
                    case SKIP -> skipped++;
                    case MERGE -> {
                        Client target = match.get().client();
                        Client into = merged.getOrDefault(target.id(), target);
                        Client result = merge(into, r);
                        if (match.get().pending()) {
                            added.set(added.indexOf(into), result);
                        } else {
                            merged.put(target.id(), result);
                        }
                        matcher.replace(into, result);
                        mergedCount++;
                    }
                    case ADD -> {
                        String id;
                        do {
                            id = "c-%04d".formatted(next++);
                        } while (tx.clients().exists(id));
                        Client c = client(id, r, now);
                        added.add(c);
                        matcher.remember(r, c);
                    }
                }
            } catch (app.rapport.model.InvalidValueException e) {
                problems.add(r.where() + ": " + e.getMessage() + "; skipped.");
                skipped++;
            }
        }
        if (!dryRun) {
            for (int i = 0; i < added.size(); i += 5_000) {
                tx.clients().insertAll(added.subList(i, Math.min(added.size(), i + 5_000)));
            }
            merged.values().forEach(tx.clients()::update);
        }
        return new Report(added.size(), mergedCount, skipped, problems, dryRun);
    }

    static Client client(String id, ContactRecord r, Instant now) {
        return new Client(id, r.firstName(), r.lastName(), r.company(), r.title(), r.emails(), r.phones(),
                r.address(), r.birthday(), null, now, null, r.tags(), null, null, false, false, r.notes());
    }

    /** Fills what the client lacks from the contact, and adds its emails, phones and tags. */
    static Client merge(Client c, ContactRecord r) {
        List<String> emails = union(c.emails(), r.emails());
        List<String> phones = union(c.phones(), r.phones());
        List<String> tags = union(c.tags(), r.tags());
        String notes = r.notes().isEmpty() || c.notes().contains(r.notes()) ? c.notes()
                : c.notes().isEmpty() ? r.notes() : c.notes() + "\n" + r.notes();
        return new Client(c.id(), c.firstName().isEmpty() ? r.firstName() : c.firstName(),
                c.lastName().isEmpty() ? r.lastName() : c.lastName(), c.company().isEmpty() ? r.company() : c.company(),
                c.title().isEmpty() ? r.title() : c.title(), emails, phones,
                c.address().isEmpty() ? r.address() : c.address(), c.birthday() == null ? r.birthday() : c.birthday(),
                c.clientSince(), c.addedAt(), c.tier(), tags, c.referredBy(), c.preferredChannel(), c.doNotContact(),
                c.archived(), notes);
    }

    private static List<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> out = new LinkedHashSet<>(a);
        for (String v : b) {
            if (a.stream().noneMatch(x -> x.equalsIgnoreCase(v))) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    /** Finds a contact's match by email, or by name and phone, in the book and among those already taken. */
    private static final class Matcher {
        record Match(Client client, String name, String why, boolean pending) {
        }

        private final Map<String, Client> byEmail = new HashMap<>();
        private final Map<String, Client> byNamePhone = new HashMap<>();
        private final java.util.Set<String> pendingIds = new java.util.HashSet<>();

        Matcher(BookTx tx) {
            tx.clients().forEach(c -> index(c, false));
        }

        private void index(Client c, boolean pending) {
            c.emails().forEach(e -> byEmail.putIfAbsent(e.toLowerCase(Locale.ROOT), c));
            String name = Text.fold(c.firstName() + " " + c.lastName()).strip();
            if (!name.isEmpty()) {
                c.phones().forEach(p -> byNamePhone.putIfAbsent(name + "|" + digits(p), c));
            }
            if (pending) {
                pendingIds.add(c.id());
            }
        }

        Optional<Match> find(ContactRecord r) {
            for (String e : r.emails()) {
                Client c = byEmail.get(e.toLowerCase(Locale.ROOT));
                if (c != null) {
                    return Optional.of(new Match(c, c.displayName(), "same email " + e, pendingIds.contains(c.id())));
                }
            }
            String name = Text.fold(r.firstName() + " " + r.lastName()).strip();
            if (!name.isEmpty()) {
                for (String p : r.phones()) {
                    Client c = byNamePhone.get(name + "|" + digits(p));
                    if (c != null) {
                        return Optional.of(new Match(c, c.displayName(), "same name and phone " + p,
                                pendingIds.contains(c.id())));
                    }
                }
            }
            return Optional.empty();
        }

        /** Remembers a contact taken into the book (for duplicates later in the same file). */
        void remember(ContactRecord r, Client c) {
            try {
                Client as = c != null ? c : client("pending-" + System.identityHashCode(r), r, Instant.EPOCH);
                index(as, true);
            } catch (app.rapport.model.InvalidValueException e) {
                // a contact that cannot become a client is reported by the import; nothing to match against
            }
        }

        void replace(Client old, Client now) {
            byEmail.replaceAll((k, v) -> v == old ? now : v);
            byNamePhone.replaceAll((k, v) -> v == old ? now : v);
            index(now, pendingIds.contains(old.id()));
        }

        private static String digits(String phone) {
            String d = phone.replaceAll("\\D", "");
            return d.length() > 9 ? d.substring(d.length() - 9) : d;
        }
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
