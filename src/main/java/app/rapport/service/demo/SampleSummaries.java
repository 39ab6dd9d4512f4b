package app.rapport.service.demo;

import java.time.Month;
import java.util.List;

/** What sample contacts say, kind by kind, for a bakery and caterer. */
final class SampleSummaries {
    static final List<String> CALLS_OUT = List.of("Called about the Christmas menu", "Called to confirm Saturday's order",
            "Checked how the party went", "Called about the new spring pastries", "Left a voicemail about the order",
            "Called to confirm the delivery time", "Called about the summer catering menu",
            "Called to offer a tasting of the new cakes");
    static final List<String> CALLS_IN = List.of("Asked about gluten-free options", "Called to change the pickup time",
            "Asked for a quote for a christening", "Called to order for next week", "Asked about nut-free cakes",
            "Called to ask about opening hours over the holidays");
    static final List<String> EMAILS = List.of("Sent the holiday order form", "Sent a quote for the office party",
            "Sent the newsletter with the autumn menu", "Replied about allergens", "Sent the invoice",
            "Confirmed the tasting date", "Sent photos of last year's wedding cakes", "Sent the catering price list");
    static final List<String> VISITS = List.of("Delivered the order in person", "Dropped off samples at the office",
            "Set up the dessert table at the venue", "Restocked the café's pastry case",
            "Brought a tray of new pastries to try");
    static final List<String> BAD_VISITS = List.of("Delivery arrived late; client upset",
            "Two boxes missing at delivery", "Set-up at the venue went badly: wrong table", "Cake leaned on arrival");
    static final List<String> MEETINGS = List.of("Wedding cake tasting", "Planning meeting for the company party",
            "Menu tasting for the catering", "Met to plan the christening", "Went through next year's standing orders");
    static final List<String> OTHERS = List.of("Met at the farmers' market", "Saw them at the street fair",
            "Dropped a flyer for the new menu", "Chatted at the chamber of commerce breakfast",
            "Sent a card for the new baby");
    static final List<String> COMPLAINTS = List.of("Cake arrived damaged", "Wrong name piped on the cake",
            "Order was late for the party", "Bread was stale", "Charged twice for the order",
            "Nut allergy label missing", "Missing half the croissants");
    static final List<String> BAD_PURCHASE_NOTES = List.of("Icing had melted by pickup.", "Order not ready on time.",
            "Wrong flavour in the box.", "Client found the price too high.");
    static final List<String> THANK_YOU_CALLS = List.of("Thanked them for the order", "Thank-you call; they loved it",
            "Called to thank them; asked about next month", "Thank-you call; the guests asked for the recipe");
    static final List<String> PURCHASE_NOTES = List.of("Thank-you card for the order",
            "Thank-you card with a voucher for next time", "Handwritten thanks for choosing us");
    static final List<String> RECOVERY_CALLS = List.of("Called to apologise and offered a replacement",
            "Apology call; refunded the order", "Called to apologise; voucher for the next order",
            "Called to make it right; remade the order for free");
    static final List<String> CHECK_INS = List.of("Checked in after the replacement order",
            "Follow-up call; all good again", "Called to check the new order was right");
    static final List<String> BIRTHDAY_GIFTS = List.of("Birthday cupcakes", "Birthday box of macarons",
            "A slice of their favourite cake for the birthday");
    static final List<String> CHRISTMAS_GIFTS = List.of("Christmas hamper", "Box of shortbread for the holidays",
            "Jar of homemade jam and a stollen", "Holiday cookie tin");
    static final List<String> CONTACT_NOTES = List.of("Prefers pickup after 4 pm.", "Paid by card.",
            "Asked for less sugar next time.", "Will order again for the spring.", "Mentioned a friend's wedding.",
            "Wants the invoice by email.", "Very happy.");

    /** Something bought; {@code low}–{@code high} is the price, per unit when there is a quantity. */
    record Item(String before, String after, int quantityLow, int quantityHigh, double low, double high, int weight,
            String tag) {
        Item(String text, double low, double high, int weight, String tag) {
            this(text, "", 0, 0, low, high, weight, tag);
        }
    }

    static final List<Item> ITEMS = List.of(
            new Item("Birthday cake", 35, 120, 12, "birthday-cakes"),
            new Item("Birthday order — ", " dozen macarons", 1, 5, 26, 32, 6, "birthday-cakes"),
            new Item("Dozen croissants", 18, 28, 10, ""),
            new Item("Sourdough loaves", 10, 30, 10, "regular-order"),
            new Item("Weekly bread order", 45, 160, 6, "wholesale"),
            new Item("Café pastry order", 80, 380, 6, "cafe-partner"),
            new Item("Office breakfast platter", 60, 220, 6, "corporate"),
            new Item("Catering for ", " guests", 15, 60, 12, 18, 3, "catering"),
            new Item("Wedding cake", 450, 1600, 2, "wedding"),
            new Item("Wedding dessert table for ", " guests", 60, 150, 6, 10, 1, "wedding"),
            new Item("Anniversary cake", 60, 180, 3, ""),
            new Item("Cupcakes for a school party", 30, 90, 4, "school"),
            new Item("Gluten-free loaves", 10, 40, 4, "gluten-free"),
            new Item("Vegan brownies", 15, 45, 3, "vegan"),
            new Item("Baby shower dessert table", 150, 450, 2, "events"),
            new Item("Retirement party cake", 70, 200, 2, "corporate"),
            new Item("Tarts for a dinner party", 40, 120, 4, ""),
            new Item("Corporate gift boxes × ", "", 10, 60, 15, 22, 1, "corporate"));

    /** What sells in a given month besides the usual. */
    static List<Item> seasonal(Month month) {
        return switch (month) {
            case JANUARY -> List.of(new Item("Galette des rois", 22, 40, 1, ""));
            case MARCH, APRIL -> List.of(new Item("Easter basket", 25, 70, 1, ""),
                    new Item("Hot cross buns", 12, 30, 1, ""));
            case OCTOBER, NOVEMBER -> List.of(new Item("Pumpkin pies", 20, 60, 1, ""),
                    new Item("Thanksgiving dessert order", 60, 240, 1, ""));
            case DECEMBER -> List.of(new Item("Christmas yule log", 30, 65, 2, ""),
                    new Item("Christmas menu for the office", 250, 900, 1, "corporate"),
                    new Item("Box of Christmas cookies", 20, 55, 2, ""));
            default -> List.of();
        };
    }

    private SampleSummaries() {
    }
}
