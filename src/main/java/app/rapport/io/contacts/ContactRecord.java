package app.rapport.io.contacts;

import app.rapport.model.Address;
import app.rapport.model.Birthday;
import app.rapport.model.Channel;
import java.time.LocalDate;
import java.util.List;

/**
 * One contact as a file holds it (a CSV row, a vCard), before it becomes a client.
 *
 * @param where where it is in the file, for the report ("Line 12", "Card 3")
 * @param birthday the birthday, or {@code null}
 * @param book what only a book's own file holds (Rapport's CSV export): {@link BookFields#NONE} otherwise
 */
public record ContactRecord(String where, String firstName, String lastName, String company, String title,
                            List<String> emails, List<String> phones, Address address, Birthday birthday,
                            String notes, List<String> tags, BookFields book) {

    /**
     * The fields of a client that only Rapport's own export carries, as the file has them: ids in the
     * file's numbering, the tier as written ("Regular" or "REGULAR"); each {@code null} when absent.
     */
    public record BookFields(String id, String tier, String referredBy, Channel preferredChannel,
                             boolean doNotContact, boolean archived, LocalDate clientSince) {
        public static final BookFields NONE = new BookFields(null, null, null, null, false, false, null);
    }

    public ContactRecord {
        firstName = clean(firstName);
        lastName = clean(lastName);
        company = clean(company);
        title = clean(title);
        notes = notes == null ? "" : notes.strip();
        emails = emails.stream().map(ContactRecord::clean).filter(s -> !s.isEmpty()).distinct().toList();
        phones = phones.stream().map(ContactRecord::clean).filter(s -> !s.isEmpty()).distinct().toList();
        tags = tags.stream().map(ContactRecord::clean).filter(s -> !s.isEmpty()).distinct().toList();
        address = address == null ? Address.EMPTY : address;
        book = book == null ? BookFields.NONE : book;
    }

    /** A contact from a file that holds no client of a book (a spreadsheet, a vCard). */
    public ContactRecord(String where, String firstName, String lastName, String company, String title,
                         List<String> emails, List<String> phones, Address address, Birthday birthday,
                         String notes, List<String> tags) {
        this(where, firstName, lastName, company, title, emails, phones, address, birthday, notes, tags,
                BookFields.NONE);
    }

    /** Whether it names anyone: a client needs a name or a company. */
    public boolean hasName() {
        return !(firstName.isEmpty() && lastName.isEmpty() && company.isEmpty());
    }

    /** The name it goes by in a report: "Ana Ruiz", or the company. */
    public String displayName() {
        String name = (firstName + " " + lastName).strip();
        return name.isEmpty() ? company : name;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]+", " ").strip();
    }
}
