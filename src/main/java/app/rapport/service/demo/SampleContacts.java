package app.rapport.service.demo;

import app.rapport.model.Address;
import app.rapport.model.Text;
import app.rapport.service.demo.SamplePlaces.Country;
import app.rapport.service.demo.SamplePlaces.Town;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Addresses, phone numbers and email addresses for one sample client. */
final class SampleContacts {
    private static final String LETTERS = "ABDEGHJLNPRSTUWXYZ";

    private SampleContacts() {
    }

    static Country country(SplittableRandom random) {
        return Pick.weighted(random, SamplePlaces.COUNTRIES, Country::weight);
    }

    static Address address(SplittableRandom random, Country country, Town town, boolean business) {
        boolean longStreets = "US".equals(country.code()) || "CA".equals(country.code()) || "AU".equals(country.code());
        String number = Integer.toString(Pick.between(random, 1, longStreets && Pick.chance(random, 0.3) ? 2400 : 120));
        String name = Pick.one(random, country.streets());
        String street = switch (country.order()) {
            case NUMBER_FIRST -> number + " " + name;
            case NAME_FIRST -> name + " " + number;
            case NAME_COMMA_NUMBER -> name + ", " + number;
        };
        if (business && Pick.chance(random, 0.3)) {
            street += "\nSuite " + Pick.between(random, 100, 450);
        } else if (!business && Pick.chance(random, 0.15)) {
            street += "\n" + apartment(random, country.code());
        }
        return new Address(street, town.city(), town.region(), fill(random, town.postalPattern()), country.code());
    }

    private static String apartment(SplittableRandom random, String countryCode) {
        int floor = Pick.between(random, 1, 9);
        return switch (countryCode) {
            case "US", "CA", "AU" -> "Apt " + floor + (char) ('A' + random.nextInt(6));
            case "GB", "IE" -> "Flat " + floor;
            case "FR" -> "Bâtiment " + (char) ('A' + random.nextInt(4)) + ", " + floor + "e étage";
            case "ES" -> floor + "º " + (char) ('A' + random.nextInt(4));
            case "DE" -> floor + ". OG";
            case "IT" -> "Scala " + (char) ('A' + random.nextInt(4)) + ", interno " + floor;
            default -> "m. " + floor;
        };
    }

    /** One to two numbers: the town's landline, a mobile, or both. */
    static List<String> phones(SplittableRandom random, Country country, Town town) {
        List<String> phones = new ArrayList<>(2);
        String mobile = country.mobilePattern().isEmpty() ? town.phonePattern() : country.mobilePattern();
        double roll = random.nextDouble();
        if (roll < 0.55) {
            phones.add(fill(random, mobile));
        } else if (roll < 0.85) {
            phones.add(fill(random, town.phonePattern()));
        } else {
            phones.add(fill(random, mobile));
            phones.add(fill(random, town.phonePattern()));
        }
        return phones;
    }

    /** A personal address and, for clients with a company, a work address at the company's domain. */
    static List<String> emails(SplittableRandom random, String first, String last, String company) {
        List<String> emails = new ArrayList<>(2);
        String person = localPart(random, first, last);
        boolean work = !company.isBlank() && Pick.chance(random, 0.7);
        if (work) {
            String domain = ascii(company);
            emails.add((person.isEmpty() ? Pick.one(random, List.of("orders", "hello", "info", "office")) : person)
                    + "@" + (domain.isEmpty() ? "business" : domain) + ".example");
        }
        if (!person.isEmpty() && (!work || Pick.chance(random, 0.25))) {
            emails.add(person + "@" + Pick.one(random, SampleWords.MAIL_DOMAINS));
        }
        return emails;
    }

    private static String localPart(SplittableRandom random, String first, String last) {
        String f = ascii(first);
        String l = ascii(last);
        if (f.isEmpty() || l.isEmpty()) {
            return f + l;
        }
        return switch (random.nextInt(4)) {
            case 0 -> f + "." + l;
            case 1 -> f.charAt(0) + l;
            case 2 -> f + l.charAt(0) + Pick.between(random, 1, 99);
            default -> f + "_" + l;
        };
    }

    /** Lower-case ASCII letters and digits only: "Łukasz Wiśniewska" → "lukaszwisniewska". */
    static String ascii(String text) {
        String folded = Text.fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            switch (c) {
                case 'ł' -> out.append('l');
                case 'đ' -> out.append('d');
                case 'ø' -> out.append('o');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ı' -> out.append('i');
                default -> {
                    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The pattern with each {@code #} a random digit and each {@code @} a random letter. */
    static String fill(SplittableRandom random, String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '#') {
                out.append((char) ('0' + random.nextInt(10)));
            } else if (c == '@') {
                out.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
