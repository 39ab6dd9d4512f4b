package app.rapport.service;

import app.rapport.io.contacts.ContactRecord;
import app.rapport.model.Client;
import app.rapport.model.InvalidValueException;
import app.rapport.model.Settings;
import app.rapport.model.Tier;
import app.rapport.store.BookTx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One import of contacts into a book, inside one transaction: each contact added, merged into
 * its match or skipped, as decided. A contact from Rapport's own export keeps its id when the
 * book has no client of that id, its tier when the book has that tier, and its referral when the
 * referrer is in the file or the book.
 */
final class ContactImport {
    private final BookTx tx;
    private final Instant now;
    private final Settings settings;
    private final DuplicateMatcher matcher;
    private final List<String> problems;
    private final List<DuplicateContact> skippedDuplicates = new ArrayList<>();
    private final List<Client> added = new ArrayList<>();
    /** Where each added client is in {@link #added}, by its id. */
    private final Map<String, Integer> addedIndex = new HashMap<>();
    private final Map<String, Client> merged = new LinkedHashMap<>();
    /** The file's ids, as the book now knows them. */
    private final Map<String, String> ids = new HashMap<>();
    /** Contacts with a referral to settle once every id of the file is known, by the client's id in the book. */
    private final Map<String, ContactRecord> referrals = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();
    private long next;
    private int skipped;
    private int mergedCount;

    ContactImport(BookTx tx, ContactFile file, Instant now) {
        this.tx = tx;
        this.now = now;
        this.settings = tx.settings().load();
        this.matcher = new DuplicateMatcher(tx);
        this.problems = new ArrayList<>(file.problems());
        this.next = Long.parseLong(tx.clients().nextId().substring(2));
    }

    ContactImportReport run(ContactFile file, Function<DuplicateContact, DuplicatePolicy> decide, boolean dryRun) {
        for (ContactRecord r : file.contacts()) {
            Optional<DuplicateContact> match = matcher.find(r);
            DuplicatePolicy policy = match.isEmpty() ? DuplicatePolicy.ADD : decide.apply(match.get());
            try {
                switch (policy) {
                    case SKIP -> skip(r, match.get());
                    case MERGE -> merge(r, match.get());
                    case ADD -> add(r);
                }
            } catch (InvalidValueException e) {
                problems.add(r.where() + ": " + e.getMessage() + "; skipped.");
                skipped++;
            }
        }
        settleReferrals();
        if (!dryRun) {
            for (int i = 0; i < added.size(); i += 5_000) {
                tx.clients().insertAll(added.subList(i, Math.min(added.size(), i + 5_000)));
            }
            merged.values().forEach(tx.clients()::update);
        }
        return new ContactImportReport(added.size(), mergedCount, skipped, skippedDuplicates, problems, dryRun);
    }

    private void skip(ContactRecord r, DuplicateContact d) {
        skipped++;
        skippedDuplicates.add(d);
        known(r, d.match().id());
    }

    private void merge(ContactRecord r, DuplicateContact d) {
        Client target = d.match();
        Integer pending = addedIndex.get(target.id());
        Client into = pending != null ? added.get(pending) : merged.getOrDefault(target.id(), target);
        Client result = merge(into, r, tier(r));
        if (pending != null) {
            added.set(pending, result);
        } else {
            merged.put(target.id(), result);
        }
        matcher.replace(into, result);
        mergedCount++;
        known(r, target.id());
        if (into.referredBy() == null && r.book().referredBy() != null) {
            referrals.putIfAbsent(target.id(), r);
        }
    }

    private void add(ContactRecord r) {
        String own = r.book().id();
        String id = own != null && !taken.contains(own) && !tx.clients().exists(own) ? own : newId();
        Client c = client(id, r, now, tier(r));
        taken.add(id);
        addedIndex.put(id, added.size());
        added.add(c);
        matcher.remember(r, c);
        known(r, id);
        if (r.book().referredBy() != null) {
            referrals.put(id, r);
        }
    }

    private String newId() {
        String id;
        do {
            id = "c-%04d".formatted(next++);
        } while (taken.contains(id) || tx.clients().exists(id));
        return id;
    }

    private void known(ContactRecord r, String bookId) {
        if (r.book().id() != null) {
            ids.putIfAbsent(r.book().id(), bookId);
        }
    }

    /**
     * The book's tier the file names, in either spelling ("Regular", "REGULAR"); none, and a problem, when the book has
     * no such tier.
     */
    private String tier(ContactRecord r) {
        String named = r.book().tier();
        if (named == null) {
            return null;
        }
        for (Tier t : settings.tiers()) {
            if (t.name().equalsIgnoreCase(named) || Tier.displayName(t.name()).equalsIgnoreCase(named)) {
                return t.name();
            }
        }
        problems.add(r.where() + ": the tier \"" + named + "\" is not one of the book's tiers ("
                + String.join(", ", settings.tiers().stream().map(t -> Tier.displayName(t.name())).toList())
                + "); left empty.");
        return null;
    }

    /** Each referral names the referrer by the id the book gives it, or is left out, and said so. */
    private void settleReferrals() {
        referrals.forEach((clientId, r) -> {
            String referrer = ids.get(r.book().referredBy());
            if (referrer == null && tx.clients().exists(r.book().referredBy())) {
                referrer = r.book().referredBy();
            }
            if (referrer == null) {
                problems.add(r.where() + ": referred by " + r.book().referredBy()
                        + ", who is in neither the file nor the book; that referral was left out.");
                return;
            }
            if (referrer.equals(clientId)) {
                return;
            }
            String to = referrer;
            Integer i = addedIndex.get(clientId);
            if (i != null) {
                added.set(i, added.get(i).withReferredBy(to));
            } else {
                merged.computeIfPresent(clientId, (id, c) -> c.withReferredBy(to));
            }
        });
    }

    static Client client(String id, ContactRecord r, Instant now, String tier) {
        ContactRecord.BookFields b = r.book();
        return new Client(id, r.firstName(), r.lastName(), r.company(), r.title(), r.emails(), r.phones(),
                r.address(), r.birthday(), b.clientSince(), now, tier, r.tags(), null, b.preferredChannel(),
                b.doNotContact(), b.archived(), r.notes());
    }

    /**
     * Fills what the client lacks from the contact, and adds its emails, phones and tags; a
     * "do not contact" in the file is kept.
     */
    static Client merge(Client c, ContactRecord r, String tier) {
        List<String> emails = union(c.emails(), r.emails());
        List<String> phones = union(c.phones(), r.phones());
        List<String> tags = union(c.tags(), r.tags());
        String notes = r.notes().isEmpty() || c.notes().contains(r.notes()) ? c.notes()
                : c.notes().isEmpty() ? r.notes() : c.notes() + "\n" + r.notes();
        ContactRecord.BookFields b = r.book();
        return new Client(c.id(), c.firstName().isEmpty() ? r.firstName() : c.firstName(),
                c.lastName().isEmpty() ? r.lastName() : c.lastName(), c.company().isEmpty() ? r.company() : c.company(),
                c.title().isEmpty() ? r.title() : c.title(), emails, phones,
                c.address().isEmpty() ? r.address() : c.address(), c.birthday() == null ? r.birthday() : c.birthday(),
                c.clientSince() == null ? b.clientSince() : c.clientSince(), c.addedAt(),
                c.tier() == null ? tier : c.tier(), tags, c.referredBy(),
                c.preferredChannel() == null ? b.preferredChannel() : c.preferredChannel(),
                c.doNotContact() || b.doNotContact(), c.archived(), notes);
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
}
