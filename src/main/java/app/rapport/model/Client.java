package app.rapport.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A client in the book. A client always has a name or a company; emails are checked where the
 * client is made. Text fields are never null (empty when unknown) and keep exactly what was typed.
 *
 * @param tier the tier's name, or {@code null} for none (planned as REGULAR)
 * @param referredBy the id of the client who referred this one, or {@code null}
 */
public record Client(
        String id,
        String firstName,
        String lastName,
        String company,
        String title,
        List<String> emails,
        List<String> phones,
        Address address,
        Birthday birthday,
        LocalDate clientSince,
        Instant addedAt,
        String tier,
        List<String> tags,
        String referredBy,
        Channel preferredChannel,
        boolean doNotContact,
        boolean archived,
        String notes) {

    public static final String NAME_OR_COMPANY_REQUIRED = "Enter a name or a company";
    public static final String ID_REQUIRED = "A client needs an id";
    public static final String SELF_REFERRAL = "A client cannot be referred by themselves";
    public static final String LINE_BREAK_IN_LIST = "Emails, phones and tags cannot contain line breaks";

    public Client {
        if (Text.isBlank(id)) {
            throw new InvalidValueException("id", ID_REQUIRED);
        }
        firstName = Text.orEmpty(firstName);
        lastName = Text.orEmpty(lastName);
        company = Text.orEmpty(company);
        title = Text.orEmpty(title);
        notes = Text.orEmpty(notes);
        if (firstName.isBlank() && lastName.isBlank() && company.isBlank()) {
            throw new InvalidValueException("name", NAME_OR_COMPANY_REQUIRED);
        }
        emails = Text.cleanList(emails);
        emails.forEach(Email::check);
        phones = Text.cleanList(phones);
        tags = Text.cleanList(tags);
        for (List<String> list : List.of(phones, tags)) {
            if (list.stream().anyMatch(v -> v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0)) {
                throw new InvalidValueException(list == phones ? "phones" : "tags", LINE_BREAK_IN_LIST);
            }
        }
        address = address == null ? Address.EMPTY : address;
        tier = Text.isBlank(tier) ? null : tier.strip();
        referredBy = Text.isBlank(referredBy) ? null : referredBy.strip();
        if (id.equals(referredBy)) {
            throw new InvalidValueException("referredBy", SELF_REFERRAL);
        }
    }

    /** "First Last", or the company when the client has no name. */
    public String displayName() {
        return displayName(firstName, lastName, company);
    }

    public static String displayName(String firstName, String lastName, String company) {
        String name = (Text.orEmpty(firstName).strip() + " " + Text.orEmpty(lastName).strip()).strip();
        return name.isEmpty() ? Text.orEmpty(company).strip() : name;
    }

    public Client withArchived(boolean value) {
        return new Client(id, firstName, lastName, company, title, emails, phones, address, birthday,
                clientSince, addedAt, tier, tags, referredBy, preferredChannel, doNotContact, value, notes);
    }

    public Client withId(String newId) {
        return new Client(newId, firstName, lastName, company, title, emails, phones, address, birthday,
                clientSince, addedAt, tier, tags, referredBy, preferredChannel, doNotContact, archived, notes);
    }

    public Client withReferredBy(String value) {
        return new Client(id, firstName, lastName, company, title, emails, phones, address, birthday,
                clientSince, addedAt, tier, tags, value, preferredChannel, doNotContact, archived, notes);
    }

    public Client withAddedAt(Instant value) {
        return new Client(id, firstName, lastName, company, title, emails, phones, address, birthday,
                clientSince, value, tier, tags, referredBy, preferredChannel, doNotContact, archived, notes);
    }
}
