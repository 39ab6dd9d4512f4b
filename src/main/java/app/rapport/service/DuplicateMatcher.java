package app.rapport.service;

import app.rapport.io.contacts.ContactRecord;
import app.rapport.model.Client;
import app.rapport.model.InvalidValueException;
import app.rapport.model.Text;
import app.rapport.store.BookTx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a contact's match by email, or by name and phone, or (Rapport's own export) by id and
 * name, in the book and among the contacts of the file taken before it.
 */
final class DuplicateMatcher {
    private final Map<String, Client> byEmail = new HashMap<>();
    private final Map<String, Client> byNamePhone = new HashMap<>();
    private final Map<String, Client> bookById = new HashMap<>();
    /** Where in the file each client taken from it came from, by its id. */
    private final Map<String, String> fromFile = new HashMap<>();

    DuplicateMatcher(BookTx tx) {
        tx.clients().forEach(c -> {
            index(c);
            bookById.put(c.id(), c);
        });
    }

    /** The duplicates among the file's contacts, in file order. */
    static List<DuplicateContact> duplicates(BookTx tx, ContactFile file) {
        DuplicateMatcher matcher = new DuplicateMatcher(tx);
        List<DuplicateContact> out = new ArrayList<>();
        for (ContactRecord r : file.contacts()) {
            matcher.find(r).ifPresent(out::add);
            matcher.remember(r, null);
        }
        return out;
    }

    private void index(Client c) {
        c.emails().forEach(e -> byEmail.putIfAbsent(e.toLowerCase(Locale.ROOT), c));
        String name = Text.fold(c.firstName() + " " + c.lastName()).strip();
        if (!name.isEmpty()) {
            c.phones().forEach(p -> byNamePhone.putIfAbsent(name + "|" + digits(p), c));
        }
    }

    Optional<DuplicateContact> find(ContactRecord r) {
        String id = r.book().id();
        Client same = id == null ? null : bookById.get(id);
        if (same != null && Text.fold(same.displayName()).equals(Text.fold(r.displayName()))) {
            return Optional.of(duplicate(r, same, "same id"));
        }
        for (String e : r.emails()) {
            Client c = byEmail.get(e.toLowerCase(Locale.ROOT));
            if (c != null) {
                return Optional.of(duplicate(r, c, "same email " + e));
            }
        }
        String name = Text.fold(r.firstName() + " " + r.lastName()).strip();
        if (!name.isEmpty()) {
            for (String p : r.phones()) {
                Client c = byNamePhone.get(name + "|" + digits(p));
                if (c != null) {
                    return Optional.of(duplicate(r, c, "same name and phone " + p));
                }
            }
        }
        return Optional.empty();
    }

    private DuplicateContact duplicate(ContactRecord r, Client c, String why) {
        return new DuplicateContact(r, c.displayName(), why, c, fromFile.get(c.id()));
    }

    /** Remembers a contact taken into the book (for duplicates later in the same file). */
    void remember(ContactRecord r, Client c) {
        try {
            Client as = c != null ? c
                    : ContactImport.client("pending-" + System.identityHashCode(r), r, Instant.EPOCH, null);
            fromFile.put(as.id(), r.where());
            index(as);
        } catch (InvalidValueException e) {
            // a contact that cannot become a client is reported by the import; nothing to match against
        }
    }

    void replace(Client old, Client now) {
        byEmail.replaceAll((k, v) -> v == old ? now : v);
        byNamePhone.replaceAll((k, v) -> v == old ? now : v);
        index(now);
    }

    private static String digits(String phone) {
        String d = phone.replaceAll("\\D", "");
        return d.length() > 9 ? d.substring(d.length() - 9) : d;
    }
}
