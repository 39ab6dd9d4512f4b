package app.rapport.planning;

import app.rapport.model.ClientFacts;
import app.rapport.model.ContactFact;
import app.rapport.model.InteractionKind;
import java.time.LocalDate;
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
    private final Decisions decisions;

    ClientLog(ClientFacts facts, LocalDate asOf) {
        this.facts = facts;
        this.contacts = facts.recent().stream()
                .filter(f -> f.at() != null && !dateOf(f).isAfter(asOf))
                .sorted(Comparator.comparing(ContactFact::at))
                .toList();
        this.lastContact = lastContact(facts, contacts, asOf);
        this.decisions = new Decisions(facts.decisions());
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

    Decisions decisions() {
        return decisions;
    }

    boolean any(Predicate<ContactFact> test) {
        return contacts.stream().anyMatch(test);
    }

    Optional<ContactFact> first(Predicate<ContactFact> test) {
        return contacts.stream().filter(test).findFirst();
    }

    Optional<ContactFact> latest(Predicate<ContactFact> test) {
        return contacts.stream().filter(test).reduce((earlier, later) -> later);
    }

    /** The loaded last contact, unless it lies after the as-of date; then what the log shows. */
    private static LocalDate lastContact(ClientFacts facts, List<ContactFact> contacts, LocalDate asOf) {
        LocalDate latest = facts.lastContactAt() == null ? null : facts.lastContactAt().toLocalDate();
        if (latest != null && latest.isAfter(asOf)) {
            latest = null;
        }
        if (!contacts.isEmpty()) {
            LocalDate logged = dateOf(contacts.get(contacts.size() - 1));
            latest = latest == null || logged.isAfter(latest) ? logged : latest;
        }
        return latest != null ? latest : facts.since();
    }
}
