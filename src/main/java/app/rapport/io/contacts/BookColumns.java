package app.rapport.io.contacts;

import app.rapport.model.Birthday;
import app.rapport.model.Channel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The cells of one row that only Rapport's own export has (id, tier, referred by...), read one
 * by one. A value that cannot be read is a problem on the row and is left out; the row still
 * comes in.
 */
final class BookColumns {
    private final String where;
    private final List<String> problems;
    private String id;
    private String tier;
    private String referredBy;
    private Channel channel;
    private boolean doNotContact;
    private boolean archived;
    private LocalDate clientSince;

    BookColumns(String where, List<String> problems) {
        this.where = where;
        this.problems = problems;
    }

    void read(ContactField field, String value) {
        switch (field) {
            case ID -> id = value;
            case TIER -> tier = value;
            case REFERRED_BY -> referredBy = value;
            case PREFERRED_CHANNEL -> channel = channel(value);
            case DO_NOT_CONTACT -> doNotContact = flag("do-not-contact", value);
            case ARCHIVED -> archived = flag("archived", value);
            case CLIENT_SINCE -> clientSince = date(value);
            default -> throw new IllegalArgumentException("Not a column of Rapport's own: " + field);
        }
    }

    ContactRecord.BookFields fields() {
        return new ContactRecord.BookFields(id, tier, referredBy, channel, doNotContact, archived, clientSince);
    }

    /** "Handwritten note" as the export writes it, or NOTE as older exports and the book JSON do. */
    private Channel channel(String value) {
        for (Channel c : Channel.values()) {
            if (c.label().equalsIgnoreCase(value) || c.name().equalsIgnoreCase(value)) {
                return c;
            }
        }
        problems.add(where + ": the preferred channel \"" + value + "\" is not one of "
                + Arrays.stream(Channel.values()).map(Channel::label).collect(Collectors.joining(", "))
                + "; left empty.");
        return null;
    }

    private boolean flag(String what, String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "x" -> {
                return true;
            }
            case "false", "no", "0" -> {
                return false;
            }
            default -> {
                problems.add(where + ": the " + what + " mark \"" + value + "\" is not true or false; read as false.");
                return false;
            }
        }
    }

    /** ISO, or any of the dates a spreadsheet may have rewritten it as (3/2/2021, 2.3.2021). */
    private LocalDate date(String value) {
        Birthday read = NamesAndBirthdays.birthday(value);
        if (read != null && read.year() != null) {
            return LocalDate.of(read.year(), read.month(), read.day());
        }
        problems.add(where + ": the client-since date \"" + value + "\" is not a date Rapport reads; left empty.");
        return null;
    }
}
