package app.rapport.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What goes wrong at a bakery and caterer, and how the owner puts it right. Within one sample
 * book no two clients have the same complaint on the same day: the wording is picked from many
 * variants, and when a day has used them all, the client quotes their order number.
 */
final class SampleProblems {
    /** One complaint and the apologies that answer it. */
    record Problem(String text, List<String> remedies) {
    }

    /** The kinds of trouble: a complaint, a delivery or set-up that went badly, a purchase that disappointed. */
    enum Kind { COMPLAINT, VISIT, PURCHASE }

    private record Template(String pattern, List<String> fillers, List<String> remedies) {
    }

    private static final List<String> REMAKE = List.of("Called to apologise; remade it for free",
            "Apology call; refunded the order", "Called to apologise; voucher for the next order");
    private static final List<String> LATE = List.of("Called to apologise; refunded the delivery charge",
            "Apology call; voucher for the next order", "Called to apologise; next delivery first on the round");

    private static final List<Template> COMPLAINTS = List.of(
            new Template("%s arrived damaged", List.of("Cake", "Wedding cake", "Birthday cake", "Tart",
                    "Box of pastries", "Tray of cupcakes", "Anniversary cake", "Dessert platter", "Gift box"), REMAKE),
            new Template("Wrong name piped on the %s", List.of("cake", "birthday cake", "retirement cake",
                    "christening cake", "anniversary cake", "cupcakes"),
                    List.of("Called to apologise; redid the lettering the same day",
                            "Apology call; refunded the cake")),
            new Template("Order was late for the %s", List.of("party", "office breakfast", "christening",
                    "school fair", "birthday party", "board meeting", "dinner party", "baby shower", "open day"), LATE),
            new Template("%s was stale", List.of("Bread", "Sourdough", "Baguette", "Rye loaf", "Brioche",
                    "Focaccia", "Seeded loaf"), List.of("Apology call; replaced the loaves",
                    "Called to apologise; fresh bread on the house next time")),
            new Template("Charged twice for the %s", List.of("order", "catering", "cake", "weekly order",
                    "platter", "deposit"), List.of("Called to apologise; refunded the second charge",
                    "Apology call; refund confirmed by the bank")),
            new Template("Allergy label missing on the %s", List.of("brownies", "cookies", "tarts", "croissants",
                    "macarons", "cake", "flapjacks"), List.of("Called to apologise; went through the ingredients",
                    "Apology call; new labels on every box from now on")),
            new Template("Missing half the %s", List.of("croissants", "macarons", "cupcakes", "cookies",
                    "bread rolls", "pastries", "scones"), List.of("Apology call; delivered the rest with extras",
                    "Called to apologise; refunded the missing half")),
            new Template("Wrong flavour in the %s", List.of("cake", "macaron box", "cupcakes", "tart",
                    "wedding tasting box"), REMAKE));

    private static final List<Template> VISITS = List.of(
            new Template("Delivery to the %s arrived late; client upset", List.of("office", "venue", "café", "school",
                    "hotel", "party", "church hall", "wedding", "clinic", "gallery opening"), LATE),
            new Template("%s boxes missing at delivery", List.of("Two", "Three", "Four", "Five", "Six"),
                    List.of("Apology call; brought the missing boxes with extras",
                            "Called to apologise; refunded them")),
            new Template("Set-up at the %s went badly: wrong table", List.of("venue", "reception", "office party",
                    "garden party", "launch party", "school fair"),
                    List.of("Called to apologise; discount on the invoice",
                    "Apology call; promised a walk-through before the next event")),
            new Template("%s leaned on arrival", List.of("Cake", "Wedding cake", "Tiered cake", "Croquembouche",
                    "Birthday cake"), REMAKE),
            new Template("Delivered to the wrong %s", List.of("entrance", "floor", "building", "address"), LATE));

    private static final List<Template> PURCHASES = List.of(
            new Template("%s had melted by pickup.", List.of("Icing", "Buttercream", "Chocolate glaze", "Ganache",
                    "Cream filling", "Meringue"), REMAKE),
            new Template("Order not ready at %s.", List.of("9 am", "10 am", "11 am", "noon", "1 pm", "2 pm", "3 pm",
                    "4 pm", "5 pm"), LATE),
            new Template("%s was missing from the bag.", List.of("A loaf", "The receipt", "One of the tarts",
                    "The candles"), REMAKE),
            new Template("Wrong flavour in the %s.", List.of("box", "bag", "second box"), REMAKE),
            new Template("Client found the %s too high.", List.of("price", "delivery charge", "deposit"),
                    List.of("Called to explain the prices; voucher for the next order",
                            "Apology call; waived the delivery charge")));

    private static final Map<Kind, List<Problem>> VARIANTS = Map.of(Kind.COMPLAINT, expand(COMPLAINTS),
            Kind.VISIT, expand(VISITS), Kind.PURCHASE, expand(PURCHASES));

    private final Map<LocalDate, Set<String>> used = new HashMap<>();

    /** A problem of that kind on {@code day} that no other client of the book has had that day. */
    Problem pick(SplittableRandom random, LocalDate day, Kind kind) {
        List<Problem> variants = VARIANTS.get(kind);
        Set<String> taken = used.computeIfAbsent(day, d -> new HashSet<>());
        int start = random.nextInt(variants.size());
        for (int i = 0; i < variants.size(); i++) {
            Problem p = variants.get((start + i) % variants.size());
            if (taken.add(p.text())) {
                return p;
            }
        }
        Problem p = variants.get(start);
        boolean sentence = p.text().endsWith(".");
        String bare = sentence ? p.text().substring(0, p.text().length() - 1) : p.text();
        String text;
        do {
            text = bare + " (order " + Pick.between(random, 1000, 9999) + ")" + (sentence ? "." : "");
        } while (!taken.add(text));
        return new Problem(text, p.remedies());
    }

    private static List<Problem> expand(List<Template> templates) {
        List<Problem> out = new ArrayList<>();
        for (Template t : templates) {
            for (String filler : t.fillers()) {
                out.add(new Problem(t.pattern().formatted(filler), t.remedies()));
            }
        }
        return List.copyOf(out);
    }
}
