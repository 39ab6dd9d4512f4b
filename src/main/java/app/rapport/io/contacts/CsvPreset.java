package app.rapport.io.contacts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Known exports: Google Contacts, Outlook and Rapport's own, by their exact headers; any other
 * spreadsheet is generic.
 */
public enum CsvPreset {
    GOOGLE("Google Contacts"),
    OUTLOOK("Outlook"),
    RAPPORT("Rapport"),
    GENERIC("Any spreadsheet");

    private final String label;

    CsvPreset(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CsvPreset byName(String name) {
        for (CsvPreset p : values()) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        throw new ContactFileException("Unknown preset \"" + name + "\": use " + names() + ".");
    }

    /** The presets' names, as the command line takes them: "google, outlook, rapport or generic". */
    public static String names() {
        List<String> names = Arrays.stream(values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** The preset whose headers the file has. */
    public static CsvPreset detect(List<String> headers) {
        if (headers.contains("E-mail 1 - Value") || headers.contains("Given Name") && headers.contains("Family Name")) {
            return GOOGLE;
        }
        if (headers.contains("E-mail Address")
                && (headers.contains("Business Street") || headers.contains("Home Street"))) {
            return OUTLOOK;
        }
        long own = List.of("tier", "clientSince", "referredBy", "preferredChannel", "doNotContact", "archived").stream()
                .filter(headers::contains).count();
        if (headers.contains("id") && own >= 2) {
            return RAPPORT;
        }
        return GENERIC;
    }

    /** A column's field, and which address it belongs to (0 for the first, 1, 2... for others). */
    public record Column(ContactField field, int addressGroup) {
        static final Column IGNORED = new Column(ContactField.IGNORE, 0);
    }

    /** What this preset makes of a header. */
    public Column column(String header) {
        String h = header == null ? "" : header.strip();
        return switch (this) {
            case GOOGLE -> google(h);
            case OUTLOOK -> outlook(h);
            case RAPPORT -> new Column(RAPPORT_FIELDS.getOrDefault(h, ContactField.IGNORE), 0);
            case GENERIC -> new Column(ContactField.guess(h), 0);
        };
    }

    /** The columns of Rapport's own export ({@link ClientCsvWriter#HEADERS}). */
    private static final Map<String, ContactField> RAPPORT_FIELDS = Map.ofEntries(
            Map.entry("id", ContactField.ID), Map.entry("firstName", ContactField.FIRST_NAME),
            Map.entry("lastName", ContactField.LAST_NAME), Map.entry("company", ContactField.COMPANY),
            Map.entry("title", ContactField.TITLE), Map.entry("emails", ContactField.EMAIL),
            Map.entry("phones", ContactField.PHONE), Map.entry("street", ContactField.STREET),
            Map.entry("city", ContactField.CITY), Map.entry("region", ContactField.REGION),
            Map.entry("postalCode", ContactField.POSTAL_CODE), Map.entry("country", ContactField.COUNTRY),
            Map.entry("birthday", ContactField.BIRTHDAY), Map.entry("clientSince", ContactField.CLIENT_SINCE),
            Map.entry("tier", ContactField.TIER), Map.entry("tags", ContactField.TAGS),
            Map.entry("referredBy", ContactField.REFERRED_BY),
                    Map.entry("preferredChannel", ContactField.PREFERRED_CHANNEL),
            Map.entry("doNotContact", ContactField.DO_NOT_CONTACT), Map.entry("archived", ContactField.ARCHIVED),
            Map.entry("notes", ContactField.NOTES));

    private static final Map<String, ContactField> GOOGLE_FIELDS = Map.ofEntries(
            Map.entry("first name", ContactField.FIRST_NAME), Map.entry("given name", ContactField.FIRST_NAME),
            Map.entry("middle name", ContactField.MIDDLE_NAME), Map.entry("additional name", ContactField.MIDDLE_NAME),
            Map.entry("last name", ContactField.LAST_NAME), Map.entry("family name", ContactField.LAST_NAME),
            Map.entry("name", ContactField.FULL_NAME),
            Map.entry("organization name", ContactField.COMPANY),
                    Map.entry("organization 1 - name", ContactField.COMPANY),
            Map.entry("organization title", ContactField.TITLE),
                    Map.entry("organization 1 - title", ContactField.TITLE),
            Map.entry("birthday", ContactField.BIRTHDAY), Map.entry("notes", ContactField.NOTES),
            Map.entry("labels", ContactField.TAGS), Map.entry("group membership", ContactField.TAGS));

    private static Column google(String h) {
        String lower = h.toLowerCase(Locale.ROOT);
        ContactField f = GOOGLE_FIELDS.get(lower);
        if (f != null) {
            return new Column(f, 0);
        }
        Matcher m = Pattern.compile("(e-mail|phone|address) (\\d+) - (.+)").matcher(lower);
        if (!m.matches()) {
            return Column.IGNORED;
        }
        // "Address 2 - City" belongs to the second address; numbers out of 1..10 count as the first.
        int n = m.group(2).length() <= 2 ? Math.max(0, Integer.parseInt(m.group(2)) - 1) : 0;
        String part = m.group(3);
        return switch (m.group(1)) {
            case "e-mail" -> part.equals("value") ? new Column(ContactField.EMAIL, 0) : Column.IGNORED;
            case "phone" -> part.equals("value") ? new Column(ContactField.PHONE, 0) : Column.IGNORED;
            default -> switch (part) {
                case "street" -> new Column(ContactField.STREET, n);
                case "city" -> new Column(ContactField.CITY, n);
                case "region" -> new Column(ContactField.REGION, n);
                case "postal code" -> new Column(ContactField.POSTAL_CODE, n);
                case "country" -> new Column(ContactField.COUNTRY, n);
                default -> Column.IGNORED;
            };
        };
    }

    private static final Map<String, ContactField> OUTLOOK_FIELDS = Map.ofEntries(
            Map.entry("First Name", ContactField.FIRST_NAME), Map.entry("Middle Name", ContactField.MIDDLE_NAME),
            Map.entry("Last Name", ContactField.LAST_NAME), Map.entry("Company", ContactField.COMPANY),
            Map.entry("Job Title", ContactField.TITLE), Map.entry("Birthday", ContactField.BIRTHDAY),
            Map.entry("Notes", ContactField.NOTES), Map.entry("Categories", ContactField.TAGS),
            Map.entry("E-mail Address", ContactField.EMAIL), Map.entry("E-mail 2 Address", ContactField.EMAIL),
            Map.entry("E-mail 3 Address", ContactField.EMAIL), Map.entry("Mobile Phone", ContactField.PHONE),
            Map.entry("Business Phone", ContactField.PHONE), Map.entry("Home Phone", ContactField.PHONE),
            Map.entry("Primary Phone", ContactField.PHONE), Map.entry("Business Phone 2", ContactField.PHONE),
            Map.entry("Home Phone 2", ContactField.PHONE), Map.entry("Other Phone", ContactField.PHONE),
            Map.entry("Company Main Phone", ContactField.PHONE));

    private static Column outlook(String h) {
        ContactField f = OUTLOOK_FIELDS.get(h);
        if (f != null) {
            return new Column(f, 0);
        }
        for (String[] group : new String[][] {{"Business", "0"}, {"Home", "1"}, {"Other", "2"}}) {
            if (h.startsWith(group[0] + " ")) {
                int n = Integer.parseInt(group[1]);
                return switch (h.substring(group[0].length() + 1)) {
                    case "Street" -> new Column(ContactField.STREET, n);
                    case "Street 2", "Street 3" -> new Column(ContactField.STREET, n);
                    case "City" -> new Column(ContactField.CITY, n);
                    case "State" -> new Column(ContactField.REGION, n);
                    case "Postal Code" -> new Column(ContactField.POSTAL_CODE, n);
                    case "Country/Region", "Country" -> new Column(ContactField.COUNTRY, n);
                    default -> Column.IGNORED;
                };
            }
        }
        return Column.IGNORED;
    }
}
