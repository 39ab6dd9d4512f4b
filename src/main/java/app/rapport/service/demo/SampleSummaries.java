package app.rapport.service.demo;

import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What sample contacts say, kind by kind, for a bakery and caterer. */
final class SampleSummaries {
    static final List<String> CALLS_OUT = List.of("Called to confirm Saturday's order", "Checked how the party went",
            "Left a voicemail about the order", "Called to confirm the delivery time",
            "Called to offer a tasting of the new cakes");
    static final List<String> CALLS_IN = List.of("Asked about gluten-free options", "Called to change the pickup time",
            "Asked for a quote for a christening", "Called to order for next week", "Asked about nut-free cakes");
    static final List<String> EMAILS = List.of("Sent a quote for the office party", "Replied about allergens",
            "Sent the invoice", "Confirmed the tasting date", "Sent photos of last year's wedding cakes",
            "Sent the catering price list");

    /** Lines that belong to a season, with the months they are said in. */
    private record Seasonal(String text, Set<Month> months) {
    }

    private static final Set<Month> WINTER_HOLIDAYS = EnumSet.of(Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER);
    private static final List<Seasonal> SEASONAL_CALLS_OUT = List.of(
            new Seasonal("Called about the Christmas menu", WINTER_HOLIDAYS),
            new Seasonal("Called about the new spring pastries", EnumSet.of(Month.FEBRUARY, Month.MARCH, Month.APRIL)),
            new Seasonal("Called about the summer catering menu", EnumSet.of(Month.APRIL, Month.MAY, Month.JUNE)));
    private static final List<Seasonal> SEASONAL_CALLS_IN = List.of(
            new Seasonal("Called to ask about opening hours over the holidays",
                    EnumSet.of(Month.NOVEMBER, Month.DECEMBER)));
    private static final List<Seasonal> SEASONAL_EMAILS = List.of(
            new Seasonal("Sent the holiday order form", WINTER_HOLIDAYS),
            new Seasonal("Sent the newsletter with the autumn menu",
                    EnumSet.of(Month.AUGUST, Month.SEPTEMBER, Month.OCTOBER)),
            new Seasonal("Sent the newsletter with the spring menu", EnumSet.of(Month.FEBRUARY, Month.MARCH)));

    private static final Map<Month, List<String>> CALLS_OUT_BY_MONTH = byMonth(CALLS_OUT, SEASONAL_CALLS_OUT);
    private static final Map<Month, List<String>> CALLS_IN_BY_MONTH = byMonth(CALLS_IN, SEASONAL_CALLS_IN);
    private static final Map<Month, List<String>> EMAILS_BY_MONTH = byMonth(EMAILS, SEASONAL_EMAILS);

    /** What an outbound call is about in that month: the usual, and the season's. */
    static List<String> callsOut(Month month) {
        return CALLS_OUT_BY_MONTH.get(month);
    }

    static List<String> callsIn(Month month) {
        return CALLS_IN_BY_MONTH.get(month);
    }

    static List<String> emails(Month month) {
        return EMAILS_BY_MONTH.get(month);
    }

    private static Map<Month, List<String>> byMonth(List<String> usual, List<Seasonal> seasonal) {
        Map<Month, List<String>> lines = new EnumMap<>(Month.class);
        for (Month month : Month.values()) {
            List<String> said = new ArrayList<>(usual);
            seasonal.stream().filter(s -> s.months().contains(month)).forEach(s -> said.add(s.text()));
            lines.put(month, List.copyOf(said));
        }
        return lines;
    }

    static final List<String> VISITS = List.of("Delivered the order in person", "Brought a tray of new pastries to try",
            "Set up the dessert table for the party");
    static final List<String> BUSINESS_VISITS = List.of("Delivered the order in person",
            "Dropped off samples at the office", "Set up the dessert table at the venue",
            "Restocked the café's pastry case", "Brought a tray of new pastries to try");
    static final List<String> MEETINGS = List.of("Wedding cake tasting", "Planning meeting for the company party",
            "Menu tasting for the catering", "Met to plan the christening", "Went through next year's standing orders");
    static final List<String> OTHERS = List.of("Met at the farmers' market", "Saw them at the street fair",
            "Dropped a flyer for the new menu", "Chatted at the chamber of commerce breakfast",
            "Sent a card for the new baby");
    static final List<String> THANK_YOU_CALLS = List.of("Thanked them for the order", "Thank-you call; they loved it",
            "Called to thank them; asked about next month", "Thank-you call; the guests asked for the recipe");
    static final List<String> PURCHASE_NOTES = List.of("Thank-you card for the order",
            "Thank-you card with a voucher for next time", "Handwritten thanks for choosing us");
    static final List<String> CHECK_INS = List.of("Checked in after the problem; all good again",
            "Follow-up call; happy with the last order", "Called to check the next order was right",
            "Checked in; they have ordered again");
    static final List<String> CARE_CALLS = List.of("Called to see how the first order went",
            "Care call; they liked it and will order again", "Called after their first order; asked about allergies",
            "Checked in a month after the first order");
    static final List<String> KEEP_IN_TOUCH_CALLS = List.of("Called to keep in touch",
            "Catch-up call; nothing needed for now",
            "Called with the new season's menu", "Left a voicemail to say hello",
            "Called to see how they were; may order next month");
    static final List<String> KEEP_IN_TOUCH_NOTES = List.of("Note to keep in touch", "Card with the new season's menu",
            "Wrote to say hello and share the new menu");
    static final List<String> KEEP_IN_TOUCH_EMAILS = List.of("Emailed to keep in touch",
            "Emailed the new season's menu", "Emailed to ask how they were getting on");
    static final List<String> KEEP_IN_TOUCH_VISITS = List.of("Dropped by with samples of the new range",
            "Stopped by to say hello with a few pastries");
    static final List<String> AT_RISK_CALLS = List.of("Called after a long quiet spell; they are back in town",
            "Called after months without news; they will come by", "Long-overdue catch-up call");
    static final List<String> AT_RISK_NOTES = List.of("Note after the call: hope to see them soon",
            "Card with a voucher to welcome them back");
    static final List<String> BIRTHDAY_GIFTS = List.of("Birthday cupcakes", "Birthday box of macarons",
            "A slice of their favourite cake for the birthday");
    static final List<String> CHRISTMAS_GIFTS = List.of("Christmas hamper", "Box of shortbread for the holidays",
            "Jar of homemade jam and a stollen", "Holiday cookie tin");
    static final List<String> CONTACT_NOTES = List.of("Prefers pickup after 4 pm.", "Paid by card.",
            "Asked for less sugar next time.", "Will order again for the spring.", "Mentioned a friend's wedding.",
            "Wants the invoice by email.", "Very happy.");

    /**
     * Something bought; {@code low}–{@code high} is the price, per unit when there is a quantity,
     * which the text holds as {@code %d}.
     */
    record Item(String text, int quantityLow, int quantityHigh, double low, double high, int weight, String tag) {
        Item(String text, double low, double high, int weight, String tag) {
            this(text, 0, 0, low, high, weight, tag);
        }

        boolean counted() {
            return quantityHigh > 0;
        }

        /** What the purchase says: "3 dozen macarons for a birthday", "A dozen macarons for a birthday". */
        String summary(int quantity) {
            if (!counted()) {
                return text;
            }
            return quantity == 1 && text.startsWith("%d dozen") ? "A dozen" + text.substring(8)
                    : text.formatted(quantity);
        }
    }

    static final List<Item> ITEMS = List.of(
            new Item("Birthday cake", 35, 120, 12, "birthday-cakes"),
            new Item("%d dozen macarons for a birthday", 1, 5, 26, 32, 6, "birthday-cakes"),
            new Item("A dozen croissants", 18, 28, 10, ""),
            new Item("Sourdough loaves", 10, 30, 10, "regular-order"),
            new Item("Weekly bread order", 45, 160, 6, "wholesale"),
            new Item("Café pastry order", 80, 380, 6, "cafe-partner"),
            new Item("Office breakfast platter", 60, 220, 6, "corporate"),
            new Item("Catering order for %d guests", 15, 60, 12, 18, 3, "catering"),
            new Item("Wedding cake", 450, 1600, 2, "wedding"),
            new Item("Wedding dessert table for %d guests", 60, 150, 6, 10, 1, "wedding"),
            new Item("Anniversary cake", 60, 180, 3, ""),
            new Item("Cupcakes for a school party", 30, 90, 4, "school"),
            new Item("Gluten-free loaves", 10, 40, 4, "gluten-free"),
            new Item("Vegan brownies", 15, 45, 3, "vegan"),
            new Item("Baby shower dessert table", 150, 450, 2, "events"),
            new Item("Retirement party cake", 70, 200, 2, "corporate"),
            new Item("Tarts for a dinner party", 40, 120, 4, ""),
            new Item("%d corporate gift boxes", 10, 60, 15, 22, 1, "corporate"));

    /** What sells in a given month besides the usual. */
    static List<Item> seasonal(Month month) {
        return switch (month) {
            case JANUARY -> List.of(new Item("Galette des rois", 22, 40, 1, ""),
                    new Item("Winter citrus tart", 25, 45, 1, ""));
            case FEBRUARY -> List.of(new Item("Box of Valentine's macarons", 20, 45, 1, ""),
                    new Item("Heart-shaped cake for two", 30, 55, 1, ""));
            case MARCH, APRIL -> List.of(new Item("Basket of Easter treats", 25, 70, 1, ""),
                    new Item("Hot cross buns", 12, 30, 1, ""), new Item("Simnel cake for Easter", 30, 60, 1, ""));
            case JUNE, JULY, AUGUST -> List.of(new Item("Summer fruit tart", 25, 50, 1, ""),
                    new Item("Picnic box for the park", 30, 90, 1, ""));
            case OCTOBER -> List.of(new Item("Pumpkin pies", 20, 60, 1, ""),
                    new Item("Box of Halloween cookies", 18, 40, 1, ""));
            case NOVEMBER -> List.of(new Item("Pumpkin pies", 20, 60, 1, ""),
                    new Item("Dessert order for Thanksgiving", 60, 240, 1, ""),
                    new Item("Apple and pecan pies", 25, 70, 1, ""));
            case DECEMBER -> List.of(new Item("Yule log for Christmas", 30, 65, 2, ""),
                    new Item("Office Christmas menu", 250, 900, 1, "corporate"),
                    new Item("Box of Christmas cookies", 20, 55, 2, ""));
            default -> List.of();
        };
    }

    private SampleSummaries() {
    }
}
