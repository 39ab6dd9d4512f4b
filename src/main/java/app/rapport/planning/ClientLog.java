package app.rapport.planning;

import app.rapport.model.ClientFacts;
import app.rapport.model.ContactFact;
import app.rapport.model.InteractionKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One client's facts as seen on the as-of date: the contacts up to the end of that day, oldest
 * first (anything logged later is ignored), the last contact, and the owner's decisions.
 */
final class ClientLog {
    private final ClientFacts facts;
    private final List<ContactFact> contacts;
    private final LocalDate lastContact;
    private final boolean loggedContact;
    private final Decisions decisions;
    private final LocalDate asOf;

    ClientLog(ClientFacts facts, LocalDate asOf) {
        this.facts = facts;
        this.asOf = asOf;
        this.contacts = upTo(facts.recent(), asOf);
        LocalDate logged = lastLogged(facts, contacts, asOf);
        this.loggedContact = logged != null;
        this.lastContact = logged != null ? logged : facts.since();
        this.decisions = facts.decisions().isEmpty() ? Decisions.NONE : new Decisions(facts.decisions());
    }

    /** The contacts on or before the as-of date, oldest first; the loaded list usually is already. */
    private static List<ContactFact> upTo(List<ContactFact> recent, LocalDate asOf) {
        boolean ordered = true;
        LocalDateTime previous = null;
        for (ContactFact f : recent) {
            if (f.at() == null || dateOf(f).isAfter(asOf) || previous != null && f.at().isBefore(previous)) {
                ordered = false;
                break;
            }
            previous = f.at();
        }
        if (ordered) {
            return recent;
        }
        return recent.stream()
                .filter(f -> f.at() != null && !dateOf(f).isAfter(asOf))
                .sorted(Comparator.comparing(ContactFact::at))
                .toList();
    }

    static LocalDate dateOf(ContactFact fact) {
        return fact.at().toLocalDate();
    }

    static Predicate<ContactFact> kind(InteractionKind first, InteractionKind... more) {
        Set<InteractionKind> kinds = EnumSet.of(first, more);
        return f -> kinds.contains(f.kind());
    }

    /** Logged on {@code day} (at any time) or later. */
    static Predicate<ContactFact> onOrAfter(LocalDate day) {
        return f -> !dateOf(f).isBefore(day);
    }

    /** Logged on a day in {@code [from, to]}. */
    static Predicate<ContactFact> between(LocalDate from, LocalDate to) {
        return f -> !dateOf(f).isBefore(from) && !dateOf(f).isAfter(to);
    }

    ClientFacts facts() {
        return facts;
    }

    /** The day the log is seen from. */
    LocalDate asOf() {
        return asOf;
    }

    List<ContactFact> contacts() {
        return contacts;
    }

    /**
     * RULES.md's last contact: the latest interaction on or before the as-of date, else the
     * client-since date, else the day added.
     */
    LocalDate lastContact() {
        return lastContact;
    }

    /** Whether {@link #lastContact()} is a logged contact's date (not the client-since date or the day added). */
    boolean hasLoggedContact() {
        return loggedContact;
    }

    Decisions decisions() {
        return decisions;
    }

    boolean any(Predicate<ContactFact> test) {
        for (ContactFact f : contacts) {
            if (test.test(f)) {
                return true;
            }
        }
        return false;
    }

    Optional<ContactFact> first(Predicate<ContactFact> test) {
        for (ContactFact f : contacts) {
            if (test.test(f)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    Optional<ContactFact> latest(Predicate<ContactFact> test) {
        for (int i = contacts.size() - 1; i >= 0; i--) {
            if (test.test(contacts.get(i))) {
                return Optional.of(contacts.get(i));
            }
        }
        return Optional.empty();
    }

    /** The loaded last contact, unless it lies after the as-of date; then what the log shows; null when none. */
    private static LocalDate lastLogged(ClientFacts facts, List<ContactFact> contacts, LocalDate asOf) {
        LocalDate latest = facts.lastContactAt() == null ? null : facts.lastContactAt().toLocalDate();
        if (latest != null && latest.isAfter(asOf)) {
            latest = null;
        }
        if (!contacts.isEmpty()) {
            LocalDate logged = dateOf(contacts.get(contacts.size() - 1));
            latest = latest == null || logged.isAfter(latest) ? logged : latest;
        }
        return latest;
    }
}
