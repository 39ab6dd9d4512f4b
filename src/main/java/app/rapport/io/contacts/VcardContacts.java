package app.rapport.io.contacts;

import app.rapport.model.Address;
import app.rapport.model.Birthday;
import app.rapport.model.Client;
import app.rapport.model.Email;
import app.rapport.model.Text;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardReader;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Categories;
import ezvcard.property.StructuredName;
import ezvcard.property.Uid;
import ezvcard.util.PartialDate;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Contacts from vCard files (2.1, 3.0 and 4.0, as phones, Apple, Google and Outlook write them:
 * folded lines, quoted-printable, escapes, birthdays without a year), read with ez-vcard; and
 * clients written as vCard 4.0. A card that cannot be read is skipped and reported.
 */
public final class VcardContacts {
    private VcardContacts() {
    }

    /** The cards of a file as contacts; a card with no name is reported in {@code problems}. */
    public static List<ContactRecord> read(String text, List<String> problems) {
        List<ContactRecord> out = new ArrayList<>();
        if (!text.toUpperCase(Locale.ROOT).contains("BEGIN:VCARD")) {
            throw new ContactFileException("This is not a vCard file: it has no BEGIN:VCARD.");
        }
        try (VCardReader reader = new VCardReader(new StringReader(text))) {
            int n = 0;
            while (true) {
                VCard card;
                try {
                    card = reader.readNext();
                } catch (RuntimeException e) {
                    n++;
                    problems.add("Card " + n + ": cannot be read (" + e.getMessage() + "); skipped.");
                    continue;
                }
                if (card == null) {
                    break;
                }
                n++;
                try {
                    ContactRecord r = contact(card, "Card " + n, problems);
                    if (r.hasName()) {
                        out.add(r);
                    } else {
                        problems.add("Card " + n + ": no name and no organisation; skipped.");
                    }
                } catch (RuntimeException e) {
                    problems.add("Card " + n + ": cannot be read (" + e.getMessage() + "); skipped.");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static ContactRecord contact(VCard card, String where, List<String> problems) {
        String first = "";
        String last = "";
        StructuredName n = card.getStructuredName();
        if (n != null) {
            first = String.join(" ", nonNull(n.getGiven()), String.join(" ", n.getAdditionalNames())).strip();
            last = nonNull(n.getFamily());
        }
        String company = card.getOrganization() == null ? ""
                : String.join(", ", card.getOrganization().getValues().stream().filter(v -> !v.isBlank()).toList());
        String formatted = card.getFormattedName() == null ? "" : nonNull(card.getFormattedName().getValue()).strip();
        if (first.isEmpty() && last.isEmpty() && !formatted.isEmpty() && !formatted.equals(company)) {
            String[] parts = NamesAndBirthdays.splitFullName(formatted);
            first = parts[0];
            last = parts[1];
        }
        String title = card.getTitles().isEmpty() ? "" : nonNull(card.getTitles().get(0).getValue());
        List<String> emails = new ArrayList<>();
        card.getEmails().forEach(e -> {
            String v = nonNull(e.getValue()).strip();
            if (Email.isValid(v)) {
                emails.add(v);
            } else if (!v.isEmpty()) {
                problems.add(where + ": \"" + v + "\" is not an email address; left out.");
            }
        });
        List<String> phones = new ArrayList<>();
        card.getTelephoneNumbers().forEach(t -> {
            String v = t.getText() != null ? t.getText() : t.getUri() != null ? t.getUri().getNumber() : "";
            phones.add(nonNull(v));
        });
        Address address = Address.EMPTY;
        if (!card.getAddresses().isEmpty()) {
            ezvcard.property.Address a = card.getAddresses().get(0); // name clash: the model's Address
            String street = String.join("\n", Text.cleanList(Arrays.asList(a.getExtendedAddressFull(),
                    a.getStreetAddressFull(), a.getPoBox())));
            address = new Address(street, nonNull(a.getLocality()), nonNull(a.getRegion()), nonNull(a.getPostalCode()),
                    nonNull(a.getCountry()));
        }
        Birthday birthday = null;
        if (card.getBirthday() != null) {
            birthday = birthday(card.getBirthday().getDate(), card.getBirthday().getPartialDate(),
                    card.getBirthday().getText());
            if (birthday == null) {
                problems.add(where + ": the birthday is not a date Rapport reads; left empty.");
            }
        }
        StringBuilder notes = new StringBuilder();
        card.getNotes().forEach(note -> notes.append(notes.length() > 0 ? "\n" : "").append(nonNull(note.getValue())));
        List<String> tags = new ArrayList<>();
        for (Categories c : card.getCategoriesList()) {
            tags.addAll(c.getValues());
        }
        return new ContactRecord(where, first, last, company, title, emails, phones, address, birthday,
                notes.toString(), tags);
    }

    static Birthday birthday(Temporal date, PartialDate partial, String text) {
        try {
            if (date != null) {
                if (date.isSupported(ChronoField.YEAR) && date.isSupported(ChronoField.MONTH_OF_YEAR)
                        && date.isSupported(ChronoField.DAY_OF_MONTH)) {
                    LocalDate d = LocalDate.of(date.get(ChronoField.YEAR), date.get(ChronoField.MONTH_OF_YEAR),
                            date.get(ChronoField.DAY_OF_MONTH));
                    // Apple writes 1604 for "no year" (X-APPLE-OMIT-YEAR); a year before 1800 is not a real one.
                    return d.getYear() < 1800 ? Birthday.of(MonthDay.from(d)) : Birthday.of(d);
                }
            }
            if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
                return partial.getYear() == null ? Birthday.of(MonthDay.of(partial.getMonth(), partial.getDate()))
                        : Birthday.of(LocalDate.of(partial.getYear(), partial.getMonth(), partial.getDate()));
            }
            if (text != null) {
                return NamesAndBirthdays.birthday(text);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Clients as vCard 4.0. */
    public static String write(List<Client> clients) {
        StringWriter out = new StringWriter();
        try (VCardWriter writer = new VCardWriter(out, VCardVersion.V4_0)) {
            writer.setAddProdId(true);
            for (Client c : clients) {
                writer.write(card(c));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static VCard card(Client c) {
        VCard card = new VCard();
        card.setUid(new Uid("urn:rapport:" + c.id()));
        StructuredName n = new StructuredName();
        n.setGiven(c.firstName().isEmpty() ? null : c.firstName());
        n.setFamily(c.lastName().isEmpty() ? null : c.lastName());
        card.setStructuredName(n);
        card.setFormattedName(c.displayName());
        if (!c.company().isEmpty()) {
            card.setOrganization(c.company());
        }
        if (!c.title().isEmpty()) {
            card.addTitle(c.title());
        }
        c.emails().forEach(e -> card.addEmail(e, EmailType.INTERNET));
        c.phones().forEach(p -> card.addTelephoneNumber(p, TelephoneType.VOICE));
        if (!c.address().isEmpty()) {
            ezvcard.property.Address a = new ezvcard.property.Address(); // name clash: the model's Address
            a.setStreetAddress(c.address().street());
            a.setLocality(c.address().city());
            a.setRegion(c.address().region());
            a.setPostalCode(c.address().postalCode());
            a.setCountry(c.address().country());
            a.getTypes().add(AddressType.WORK);
            card.addAddress(a);
        }
        if (c.birthday() != null) {
            Birthday b = c.birthday();
            card.setBirthday(b.year() == null
                    // name clash: the model's Birthday
                    ? new ezvcard.property.Birthday(PartialDate.builder().month(b.month()).date(b.day()).build())
                    // name clash: the model's Birthday
                    : new ezvcard.property.Birthday(LocalDate.of(b.year(), b.month(), b.day())));
        }
        if (!c.notes().isEmpty()) {
            card.addNote(c.notes());
        }
        if (!c.tags().isEmpty()) {
            Categories cats = new Categories();
            cats.getValues().addAll(c.tags());
            card.addCategories(cats);
        }
        return card;
    }

}
