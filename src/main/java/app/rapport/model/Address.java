package app.rapport.model;

import java.util.ArrayList;
import java.util.List;

/** A postal address, as it goes on an envelope. Every part may be empty. */
public record Address(String street, String city, String region, String postalCode, String country) {
    public static final Address EMPTY = new Address("", "", "", "", "");

    public Address {
        street = Text.orEmpty(street);
        city = Text.orEmpty(city);
        region = Text.orEmpty(region);
        postalCode = Text.orEmpty(postalCode);
        country = Text.orEmpty(country);
    }

    public boolean isEmpty() {
        return street.isBlank() && city.isBlank() && region.isBlank() && postalCode.isBlank()
                && country.isBlank();
    }

    /** Enough of an address to post a letter: a street and a city or postal code. */
    public boolean isPostable() {
        return !street.isBlank() && !(city.isBlank() && postalCode.isBlank());
    }

    /** The address as lines for an envelope: street lines, then "City, Region Postcode", then country. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        street.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        StringBuilder town = new StringBuilder(city.strip());
        if (!region.isBlank()) {
            town.append(town.length() > 0 ? ", " : "").append(region.strip());
        }
        if (!postalCode.isBlank()) {
            town.append(town.length() > 0 ? " " : "").append(postalCode.strip());
        }
        if (town.length() > 0) {
            lines.add(town.toString());
        }
        if (!country.isBlank()) {
            lines.add(country.strip());
        }
        return lines;
    }

    /** One line, for tables and search. */
    public String oneLine() {
        return String.join(", ", lines());
    }
}
