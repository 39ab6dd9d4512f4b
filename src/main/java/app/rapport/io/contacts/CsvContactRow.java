package app.rapport.io.contacts;

import app.rapport.model.Address;
import app.rapport.model.Birthday;
import app.rapport.model.Email;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One CSV row made a contact: its cells gathered by the field their column maps to, then the name,
 * the address and the emails made of them. What cannot be read (a birthday, an email) is a problem
 * on the row, and left out.
 */
final class CsvContactRow {
    private final String where;
    private final List<String> problems;
    /** Rapport's own export: lists are joined as it joins them. */
    private final boolean rapport;
    private final BookColumns book;
    private final StringBuilder full = new StringBuilder();
    private String first = "";
    private String middle = "";
    private String last = "";
    private String company = "";
    private String title = "";
    private String notes = "";
    private Birthday birthday;
    private final List<String> emails = new ArrayList<>();
    private final List<String> phones = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    /** Street, city, region, postal code and country of each address group (home, work...). */
    private final String[][] address;
    private String fullAddress = "";

    private CsvContactRow(String where, List<String> problems, boolean rapport, int addressGroups) {
        this.where = where;
        this.problems = problems;
        this.rapport = rapport;
        this.book = new BookColumns(where, problems);
        this.address = new String[addressGroups][5];
    }

    /** The contact of {@code row}, read through {@code mapping}; what cannot be read goes to {@code problems}. */
    static ContactRecord read(CsvContacts.Row row, List<CsvPreset.Column> mapping, CsvPreset preset,
            List<String> problems) {
        int groups = mapping.stream().mapToInt(CsvPreset.Column::addressGroup).max().orElse(0) + 1;
        CsvContactRow contact = new CsvContactRow("Line " + row.line(), problems, preset == CsvPreset.RAPPORT, groups);
        for (int i = 0; i < mapping.size() && i < row.cells().size(); i++) {
            String v = ClientCsvWriter.unneutralise(row.cells().get(i).strip());
            if (!v.isEmpty()) {
                contact.put(mapping.get(i), v);
            }
        }
        if (preset == CsvPreset.GOOGLE) {
            contact.tags.removeIf(t -> t.startsWith("* ") || t.equals("myContacts")
                    || t.equals("System Group: My Contacts"));
        }
        return contact.record();
    }

    private void put(CsvPreset.Column col, String v) {
        switch (col.field()) {
            case FULL_NAME -> full.append(full.length() > 0 ? " " : "").append(v);
            case FIRST_NAME -> first = v;
            case MIDDLE_NAME -> middle = v;
            case LAST_NAME -> last = v;
            case COMPANY -> company = v;
            case TITLE -> title = v;
            case EMAIL -> emails.addAll(rapport ? ClientCsvWriter.splitList(v) : split(v, " ::: |;|,|\\s+"));
            case PHONE -> phones.addAll(rapport ? ClientCsvWriter.splitList(v) : split(v, " ::: |;"));
            case TAGS -> tags.addAll(rapport ? ClientCsvWriter.splitList(v) : split(v, " ::: |;|,"));
            case NOTES -> notes = notes.isEmpty() ? v : notes + "\n" + v;
            case BIRTHDAY -> {
                birthday = NamesAndBirthdays.birthday(v);
                if (birthday == null && !NamesAndBirthdays.isEmptyDate(v)) {
                    problems.add(where + ": the birthday \"" + v + "\" is not a date Rapport reads; left empty.");
                }
            }
            case STREET -> {
                String[] a = address[col.addressGroup()];
                a[0] = a[0] == null ? v : a[0] + "\n" + v;
            }
            case CITY -> address[col.addressGroup()][1] = v;
            case REGION -> address[col.addressGroup()][2] = v;
            case POSTAL_CODE -> address[col.addressGroup()][3] = v;
            case COUNTRY -> address[col.addressGroup()][4] = v;
            case FULL_ADDRESS -> fullAddress = v;
            case ID, TIER, REFERRED_BY, PREFERRED_CHANNEL, DO_NOT_CONTACT, ARCHIVED, CLIENT_SINCE ->
                    book.read(col.field(), v);
            case IGNORE -> { }
        }
    }

    private ContactRecord record() {
        String[] name = name();
        return new ContactRecord(where, name[0], name[1], company, title, validEmails(), phones, address(), birthday,
                notes, tags, book.fields());
    }

    /** First and last name: the two columns (with the middle name after the first), else the full name split. */
    private String[] name() {
        if (first.isEmpty() && last.isEmpty() && full.length() > 0) {
            return NamesAndBirthdays.splitFullName(full.toString());
        }
        if (!middle.isEmpty() && !first.isEmpty()) {
            return new String[] {first + " " + middle, last};
        }
        return new String[] {first, last};
    }

    /** The first address group with a street or a city, else the address in one cell. */
    private Address address() {
        Address chosen = Address.EMPTY;
        for (String[] a : address) {
            if (a[0] != null || a[1] != null) {
                chosen = new Address(a[0], a[1], a[2], a[3], a[4]);
                break;
            }
        }
        return chosen.isEmpty() && !fullAddress.isEmpty() ? new Address(fullAddress, "", "", "", "") : chosen;
    }

    private List<String> validEmails() {
        List<String> valid = new ArrayList<>();
        for (String e : emails) {
            if (Email.isValid(e)) {
                valid.add(e);
            } else {
                problems.add(where + ": \"" + e + "\" is not an email address; left out.");
            }
        }
        return valid;
    }

    private static List<String> split(String v, String regex) {
        return Arrays.stream(v.split(regex)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
