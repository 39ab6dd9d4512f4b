package app.rapport.service.demo;

import java.util.List;

/**
 * Where sample clients live: countries with towns, street names and phone numbers. Patterns
 * write {@code #} for a random digit and {@code @} for a random letter. Phone numbers come from
 * ranges kept for drama and samples where a country has them (555-01xx, Ofcom's 7946 0xxx,
 * ACMA's 0491 570 xxx...).
 */
final class SamplePlaces {
    /** How a country writes a street and its house number. */
    enum StreetOrder { NUMBER_FIRST, NAME_FIRST, NAME_COMMA_NUMBER }

    /** A mobile pattern for countries whose mobile numbers look like their landlines. */
    static final String SAME_AS_TOWN = "";

    record Town(String city, String region, String postalPattern, String phonePattern) {
    }

    record Country(String code, int weight, StreetOrder order, List<String> streets, String mobilePattern,
            List<Town> towns) {
    }

    private static final List<String> US_STREETS = List.of("Main St", "Maple Ave", "Oak St", "Elm St", "Cedar Ln",
            "Harbor Dr", "Park Ave", "Washington Blvd", "Mill Rd", "Chestnut St", "Lakeview Dr", "Willow Ct",
            "Pine St", "Church St", "Sunset Blvd", "Orchard Way");
    private static final List<String> UK_STREETS = List.of("High Street", "Church Road", "Station Road", "Mill Lane",
            "Victoria Road", "The Crescent", "Queen's Avenue", "Harbour Lane", "Park Terrace", "Orchard Close",
            "Kings Gardens", "Bridge Street");

    static final List<Country> COUNTRIES = List.of(
            new Country("US", 52, StreetOrder.NUMBER_FIRST, US_STREETS, SAME_AS_TOWN, List.of(
                    new Town("Springfield", "IL", "627##", "+1 217 555 01##"),
                    new Town("Chicago", "IL", "606##", "+1 312 555 01##"),
                    new Town("Austin", "TX", "787##", "+1 512 555 01##"),
                    new Town("Portland", "OR", "972##", "+1 503 555 01##"),
                    new Town("Seattle", "WA", "981##", "+1 206 555 01##"),
                    new Town("Boston", "MA", "021##", "+1 617 555 01##"),
                    new Town("Denver", "CO", "802##", "+1 303 555 01##"),
                    new Town("Madison", "WI", "537##", "+1 608 555 01##"),
                    new Town("Savannah", "GA", "314##", "+1 912 555 01##"),
                    new Town("Santa Fe", "NM", "875##", "+1 505 555 01##"),
                    new Town("Burlington", "VT", "054##", "+1 802 555 01##"))),
            new Country("CA", 8, StreetOrder.NUMBER_FIRST, List.of("Rue Saint-Denis", "Queen St W", "Yonge St",
                    "Rue Sainte-Catherine", "Granville St", "Bank St", "Avenue du Parc", "Jasper Ave"),
                    SAME_AS_TOWN, List.of(
                    new Town("Toronto", "ON", "M#@ #@#", "+1 416 555 01##"),
                    new Town("Montréal", "QC", "H#@ #@#", "+1 514 555 01##"),
                    new Town("Vancouver", "BC", "V#@ #@#", "+1 604 555 01##"),
                    new Town("Québec", "QC", "G#@ #@#", "+1 418 555 01##"),
                    new Town("Halifax", "NS", "B#@ #@#", "+1 902 555 01##"))),
            new Country("GB", 9, StreetOrder.NUMBER_FIRST, UK_STREETS, "+44 7700 900###", List.of(
                    new Town("London", "", "SE1# #@@", "+44 20 7946 0###"),
                    new Town("London", "", "N# #@@", "+44 20 7946 0###"),
                    new Town("Manchester", "", "M# #@@", "+44 161 496 0###"),
                    new Town("Bristol", "", "BS# #@@", "+44 117 496 0###"),
                    new Town("Leeds", "", "LS# #@@", "+44 113 496 0###"),
                    new Town("Edinburgh", "", "EH# #@@", "+44 131 496 0###"),
                    new Town("Cardiff", "", "CF1# #@@", "+44 29 2018 0###"))),
            new Country("IE", 3, StreetOrder.NUMBER_FIRST, UK_STREETS, "+353 8# ### ####", List.of(
                    new Town("Dublin", "Co. Dublin", "D0# @###", "+353 1 ### ####"),
                    new Town("Cork", "Co. Cork", "T12 @###", "+353 21 ### ####"),
                    new Town("Galway", "Co. Galway", "H91 @###", "+353 91 ### ###"))),
            new Country("AU", 3, StreetOrder.NUMBER_FIRST, List.of("George St", "Smith St", "Brunswick St",
                    "Beach Rd", "Oxford St", "Wattle Ave"), "+61 491 570 ###", List.of(
                    new Town("Sydney", "NSW", "20##", "+61 2 5550 ####"),
                    new Town("Melbourne", "VIC", "30##", "+61 3 5550 ####"),
                    new Town("Brisbane", "QLD", "40##", "+61 7 5550 ####"))),
            new Country("FR", 6, StreetOrder.NUMBER_FIRST, List.of("rue des Lilas", "avenue Victor-Hugo",
                    "boulevard Saint-Michel", "rue de la République", "place du Marché", "chemin des Vignes",
                    "rue Émile-Zola", "quai des Célestins"), "+33 6 ## ## ## ##", List.of(
                    new Town("Paris", "", "7500#", "+33 1 99 00 ## ##"),
                    new Town("Lyon", "", "6900#", "+33 4 ## ## ## ##"),
                    new Town("Marseille", "", "1300#", "+33 4 ## ## ## ##"),
                    new Town("Bordeaux", "", "33000", "+33 5 ## ## ## ##"),
                    new Town("Nantes", "", "44000", "+33 2 ## ## ## ##"))),
            new Country("DE", 6, StreetOrder.NAME_FIRST, List.of("Lindenstraße", "Hauptstraße", "Bahnhofstraße",
                    "Gartenweg", "Schillerplatz", "Am Mühlbach", "Königsallee", "Goethestraße"), "+49 151 ########",
                    List.of(
                    new Town("Berlin", "Berlin", "10###", "+49 30 #######"),
                    new Town("München", "Bayern", "80###", "+49 89 #######"),
                    new Town("Hamburg", "Hamburg", "20###", "+49 40 #######"),
                    new Town("Köln", "Nordrhein-Westfalen", "50###", "+49 221 #######"),
                    new Town("Leipzig", "Sachsen", "04###", "+49 341 #######"))),
            new Country("ES", 5, StreetOrder.NAME_COMMA_NUMBER, List.of("Calle Mayor", "Avenida de la Constitución",
                    "Calle de Alcalá", "Plaza de España", "Calle del Sol", "Paseo de Gracia", "Calle Real"),
                    "+34 6## ### ###", List.of(
                    new Town("Madrid", "Madrid", "280##", "+34 91 ### ## ##"),
                    new Town("Barcelona", "Cataluña", "080##", "+34 93 ### ## ##"),
                    new Town("Sevilla", "Andalucía", "410##", "+34 954 ## ## ##"),
                    new Town("Valencia", "Comunidad Valenciana", "460##", "+34 96 ### ## ##"))),
            new Country("IT", 4, StreetOrder.NAME_FIRST, List.of("Via Roma", "Via Garibaldi",
                    "Corso Vittorio Emanuele II", "Piazza del Duomo", "Via dei Mille", "Via Cavour"),
                    "+39 3## ### ####", List.of(
                    new Town("Roma", "RM", "001##", "+39 06 #### ####"),
                    new Town("Milano", "MI", "201##", "+39 02 #### ####"),
                    new Town("Bologna", "BO", "401##", "+39 051 ### ####"),
                    new Town("Napoli", "NA", "801##", "+39 081 ### ####"))),
            new Country("PL", 4, StreetOrder.NAME_FIRST, List.of("ul. Długa", "ul. Marszałkowska", "ul. Piękna",
                    "al. Jerozolimskie", "ul. Floriańska", "ul. Świętojańska"), "+48 5## ### ###", List.of(
                    new Town("Warszawa", "mazowieckie", "0#-###", "+48 22 ### ## ##"),
                    new Town("Kraków", "małopolskie", "3#-###", "+48 12 ### ## ##"),
                    new Town("Gdańsk", "pomorskie", "80-###", "+48 58 ### ## ##"))));

    private SamplePlaces() {
    }
}
