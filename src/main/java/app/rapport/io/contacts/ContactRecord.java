package app.rapport.io.contacts;

import app.rapport.model.Address;
import app.rapport.model.Birthday;
import java.util.List;

/**
 * One contact as a file holds it (a CSV row, a vCard), before it becomes a client.
 *
 * @param where where it is in the file, for the report ("line 12", "card 3")
 * @param birthday the birthday, or {@code null}
 */
public record ContactRecord(String where, String firstName, String lastName, String company, String title,
                            List<String> emails, List<String> phones, Address address, Birthday birthday,
                            String notes, List<String> tags) {
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
    }

    /** Whether it names anyone: a client needs a name or a company. */
    public boolean hasName() {
        return !(firstName.isEmpty() && lastName.isEmpty() && company.isEmpty());
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]+", " ").strip();
    }
}
