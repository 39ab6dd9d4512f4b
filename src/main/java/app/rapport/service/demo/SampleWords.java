package app.rapport.service.demo;

import app.rapport.model.Channel;
import java.util.List;
import java.util.Map;

/** Companies, titles, tags and notes for sample clients of a bakery and caterer. */
final class SampleWords {
    /** Whole company names, as small businesses are called. */
    static final List<String> COMPANIES = List.of("Blue Door Café", "Harbour View Hotel", "Green Leaf Events",
            "St. Mary's Primary School", "Bright Smile Dental", "Kowalski Deli", "Café Lumière", "Northside Yoga",
            "Maple & Co. Florists", "The Corner Bistro", "Golden Spoon Catering", "Riverside Law Office",
            "Sunrise Coffee Roasters", "Little Acorns Nursery", "Old Mill Wedding Venue", "Brightwater Accountants",
            "Olive Tree Restaurant", "Bloom & Bough Wedding Planners", "Hilltop Retirement Home",
            "Pixel Forge Studio", "Casa Lucía Tapas", "Müller & Söhne Weinhandel", "Sakura Tea House",
            "Lagos Kitchen", "Spice Route Market", "Chez Hélène", "The Book Nook", "Parkside Community Centre",
            "Northwind Logistics", "Bella Vista Trattoria");

    /** Second halves for companies named after a person or a place. */
    static final List<String> COMPANY_ENDINGS = List.of("& Sons", "Family Bakery", "Catering", "Events", "Café",
            "Deli", "Bistro", "Florists", "Consulting", "Hair Studio", "Dental", "Architects");

    static final List<String> TITLES = List.of("Owner", "Manager", "Office manager", "Events coordinator",
            "Head chef", "Purchasing", "Director", "Wedding planner", "Principal", "Co-owner", "Assistant manager",
            "Facilities manager");

    static final List<String> TAGS = List.of("wholesale", "wedding", "catering", "corporate", "regular-order",
            "newsletter", "gluten-free", "vegan", "nut-allergy", "delivery", "pickup", "school", "birthday-cakes",
            "holiday-orders", "cafe-partner", "events");

    static final List<String> CLIENT_NOTES = List.of("Prefers mornings.", "Allergic to nuts; label everything.",
            "Orders for the office every other Friday.", "Speaks Spanish at home; happy either way.",
            "Pays by invoice, 30 days.", "Likes to pick up after 4 pm.", "Met at the farmers' market.",
            "Daughter's birthday in spring; always a unicorn cake.", "Ask for Marco at the front desk.",
            "Parking is tricky; deliver to the back door.", "Loves the sourdough; keep one aside on Saturdays.",
            "Gluten-free for the whole family.", "Big order every December.",
            "Knows half the street; great for word of mouth.", "Vegan; no honey.",
            "Ask about the new shop opening in the spring.", "Hard of hearing; speak up on the phone.");

    /** What the owner notes about a client's preferred channel. */
    static final Map<Channel, String> CHANNEL_NOTES = Map.of(Channel.CALL, "Prefers a call to email.",
            Channel.EMAIL, "Prefers email; rarely picks up the phone.", Channel.NOTE, "Keeps every card we send.",
            Channel.VISIT, "Drop by rather than call; someone is always in.");

    /** Personal mail domains; {@code example.*} is reserved, so no one real is ever written to. */
    static final List<String> MAIL_DOMAINS = List.of("example.com", "example.net", "example.org", "mail.example",
            "post.example");

    private SampleWords() {
    }
}
