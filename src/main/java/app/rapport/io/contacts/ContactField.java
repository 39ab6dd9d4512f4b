package app.rapport.io.contacts;

import app.rapport.model.Text;
import java.util.Map;

/** What a CSV column holds, for the column-mapping step. */
public enum ContactField {
    IGNORE("(not imported)"),
    FULL_NAME("Full name"),
    FIRST_NAME("First name"),
    MIDDLE_NAME("Middle name"),
    LAST_NAME("Last name"),
    COMPANY("Company"),
    TITLE("Job title"),
    EMAIL("Email"),
    PHONE("Phone"),
    STREET("Street"),
    CITY("City"),
    REGION("State / region"),
    POSTAL_CODE("Postal code"),
    COUNTRY("Country"),
    FULL_ADDRESS("Address (one field)"),
    BIRTHDAY("Birthday"),
    NOTES("Notes"),
    TAGS("Tags / groups"),
    ID("Rapport id"),
    TIER("Tier"),
    REFERRED_BY("Referred by (Rapport id)"),
    PREFERRED_CHANNEL("Preferred channel"),
    DO_NOT_CONTACT("Do not contact"),
    ARCHIVED("Archived"),
    CLIENT_SINCE("Client since");

    private final String label;

    ContactField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** Headers as spreadsheets commonly name them, normalised (lower case, letters and digits only). */
    private static final Map<String, ContactField> GENERIC = Map.ofEntries(
            Map.entry("name", FULL_NAME), Map.entry("fullname", FULL_NAME), Map.entry("displayname", FULL_NAME),
            Map.entry("contact", FULL_NAME), Map.entry("contactname", FULL_NAME), Map.entry("client", FULL_NAME),
            Map.entry("customer", FULL_NAME), Map.entry("nom", LAST_NAME), Map.entry("prenom", FIRST_NAME),
            Map.entry("firstname", FIRST_NAME), Map.entry("givenname", FIRST_NAME), Map.entry("first", FIRST_NAME),
            Map.entry("forename", FIRST_NAME), Map.entry("vorname", FIRST_NAME), Map.entry("nombre", FIRST_NAME),
            Map.entry("middlename", MIDDLE_NAME), Map.entry("additionalname", MIDDLE_NAME),
            Map.entry("lastname", LAST_NAME), Map.entry("surname", LAST_NAME), Map.entry("familyname", LAST_NAME),
            Map.entry("last", LAST_NAME), Map.entry("nachname", LAST_NAME), Map.entry("apellido", LAST_NAME),
            Map.entry("apellidos", LAST_NAME),
            Map.entry("company", COMPANY), Map.entry("companyname", COMPANY), Map.entry("organization", COMPANY),
            Map.entry("organisation", COMPANY), Map.entry("organizationname", COMPANY), Map.entry("business", COMPANY),
            Map.entry("businessname", COMPANY), Map.entry("firma", COMPANY), Map.entry("empresa", COMPANY),
            Map.entry("jobtitle", TITLE), Map.entry("title", TITLE), Map.entry("position", TITLE),
            Map.entry("role", TITLE), Map.entry("organizationtitle", TITLE),
            Map.entry("email", EMAIL), Map.entry("emailaddress", EMAIL), Map.entry("mail", EMAIL),
            Map.entry("email1", EMAIL), Map.entry("email2", EMAIL), Map.entry("primaryemail", EMAIL),
            Map.entry("phone", PHONE), Map.entry("telephone", PHONE), Map.entry("tel", PHONE),
            Map.entry("mobile", PHONE), Map.entry("mobilephone", PHONE), Map.entry("cell", PHONE),
            Map.entry("cellphone", PHONE), Map.entry("phonenumber", PHONE), Map.entry("homephone", PHONE),
            Map.entry("businessphone", PHONE), Map.entry("workphone", PHONE), Map.entry("telefon", PHONE),
            Map.entry("telefono", PHONE),
            Map.entry("street", STREET), Map.entry("streetaddress", STREET), Map.entry("address1", STREET),
            Map.entry("addressline1", STREET), Map.entry("strasse", STREET),
            Map.entry("address", FULL_ADDRESS), Map.entry("postaladdress", FULL_ADDRESS),
            Map.entry("city", CITY), Map.entry("town", CITY), Map.entry("locality", CITY), Map.entry("ort", CITY),
            Map.entry("ciudad", CITY), Map.entry("ville", CITY),
            Map.entry("state", REGION), Map.entry("region", REGION), Map.entry("province", REGION),
            Map.entry("county", REGION), Map.entry("stateprovince", REGION),
            Map.entry("zip", POSTAL_CODE), Map.entry("zipcode", POSTAL_CODE), Map.entry("postcode", POSTAL_CODE),
            Map.entry("postalcode", POSTAL_CODE), Map.entry("plz", POSTAL_CODE), Map.entry("cp", POSTAL_CODE),
            Map.entry("country", COUNTRY), Map.entry("countryregion", COUNTRY), Map.entry("land", COUNTRY),
            Map.entry("pais", COUNTRY), Map.entry("pays", COUNTRY),
            Map.entry("birthday", BIRTHDAY), Map.entry("birthdate", BIRTHDAY), Map.entry("dateofbirth", BIRTHDAY),
            Map.entry("dob", BIRTHDAY), Map.entry("geburtstag", BIRTHDAY), Map.entry("cumpleanos", BIRTHDAY),
            Map.entry("notes", NOTES), Map.entry("note", NOTES), Map.entry("comments", NOTES),
            Map.entry("comment", NOTES), Map.entry("remarks", NOTES),
            Map.entry("remarques", NOTES), Map.entry("notizen", NOTES), Map.entry("notas", NOTES),
            Map.entry("societe", COMPANY), Map.entry("entreprise", COMPANY), Map.entry("adresse", STREET),
            Map.entry("rue", STREET), Map.entry("codepostal", POSTAL_CODE), Map.entry("datedenaissance", BIRTHDAY),
            Map.entry("anniversaire", BIRTHDAY), Map.entry("etiquettes", TAGS), Map.entry("portable", PHONE),
            Map.entry("emails", EMAIL), Map.entry("phones", PHONE), Map.entry("phonenumbers", PHONE),
            Map.entry("emailaddresses", EMAIL), Map.entry("tags", TAGS), Map.entry("tag", TAGS),
                    Map.entry("labels", TAGS), Map.entry("groups", TAGS),
            Map.entry("categories", TAGS), Map.entry("groupmembership", TAGS));

    /** The field a header most likely names in any spreadsheet; IGNORE when unknown. */
    public static ContactField guess(String header) {
        return GENERIC.getOrDefault(normal(header), IGNORE);
    }

    static String normal(String header) {
        return Text.fold(header).replaceAll("[^a-z0-9]", "");
    }
}
