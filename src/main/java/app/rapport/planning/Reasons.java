package app.rapport.planning;

import app.rapport.model.ContactFact;
import app.rapport.model.InteractionKind;
import app.rapport.model.Text;
import app.rapport.model.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one-sentence reason of each follow-up, naming the facts behind it. Dates read "19 Nov",
 * with the year when it is not the as-of date's year; amounts read "120.00".
 */
final class Reasons {
    static final String MANUAL_DEFAULT = "Your own follow-up";
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** The words after which a thing bought is described further: "cupcakes for a party", "a box of macarons". */
    private static final Pattern LINK_WORD = Pattern.compile("\\s+(?:for|of|with|to|from|in|on|at|—|-)\\s+");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "some", "another", "several", "more",
            "my", "your", "his", "her", "its", "our", "their", "this", "that", "these", "those", "one", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen");

    private final LocalDate asOf;

    Reasons(LocalDate asOf) {
        this.asOf = asOf;
    }

    String date(LocalDate day) {
        return (day.getYear() == asOf.getYear() ? DAY_MONTH : DAY_MONTH_YEAR).format(day);
    }

    /** What a client's last contact date is: a logged contact's, else the client-since date, else the day added. */
    enum LastContact {
        LOGGED("Last contact"), CLIENT_SINCE("Client since"), ADDED("Added to the book on");

        private final String words;

        LastContact(String words) {
            this.words = words;
        }
    }

    /**
     * Once due: "No contact for 94 days; Regular clients hear from you every 90 days." Before, what
     * the due date comes from: "Last contact 2 Dec; Regular clients hear from you every 90 days:
     * call by 2 Mar."
     */
    String goneQuiet(long daysQuiet, LocalDate last, LastContact lastIs, String tierName, int cadence, LocalDate due,
            boolean note) {
        String rhythm = "%s clients hear from you every %s".formatted(Tier.displayName(tierName), days(cadence));
        if (!due.isAfter(asOf)) {
            return "No contact for %s; %s.".formatted(days(Math.max(0, daysQuiet)), rhythm);
        }
        return "%s %s; %s: %s by %s.".formatted(lastIs.words, date(last), rhythm, note ? "write" : "call", date(due));
    }

    String goneQuietAtRisk(long daysQuiet, int multiple, int cadence) {
        String over = daysQuiet > (long) multiple * cadence ? "over " : "";
        String times = switch (multiple) {
            case 1 -> "";
            case 2 -> "twice ";
            case 3 -> "three times ";
            default -> multiple + " times ";
        };
        return "No contact for %s, %s%sthe %d-day rhythm: call, then write.".formatted(days(daysQuiet), over, times,
                cadence);
    }

    String thankCall(ContactFact purchase, int workDays) {
        return "%s on %s: a thank-you call %s.".formatted(bought(purchase), date(purchase.at().toLocalDate()),
                withinWorkDays(workDays));
    }

    String thankNote(boolean firstPurchase, ContactFact purchase, int noteDays) {
        String what = firstPurchase ? "First purchase" : "Spent " + amount(purchase.amount());
        return "%s on %s: a handwritten thank-you note %s.".formatted(what, date(purchase.at().toLocalDate()),
                withinDays(noteDays));
    }

    String recovery(ContactFact trigger, LocalDate due) {
        String what = trigger.kind() == InteractionKind.COMPLAINT ? "Complained" : "Had a bad experience";
        return "%s on %s%s: call %s.".formatted(what, date(trigger.at().toLocalDate()), aside(trigger.summary()),
                when(due));
    }

    String checkIn(ContactFact recoveryContact, LocalDate due) {
        String how = switch (recoveryContact.kind()) {
            case VISIT -> "visit";
            case MEETING -> "meeting";
            default -> "call";
        };
        return "Recovery %s on %s: check in again %s.".formatted(how, date(recoveryContact.at().toLocalDate()),
                when(due));
    }

    String thankReferrer(List<String> referredNames, String summary, LocalDate since, int workDays) {
        String who = referredNames.isEmpty()
                ? "Referred a new client on %s%s".formatted(date(since), aside(summary))
                : "Referred %s, who joined on %s".formatted(joined(referredNames), date(since));
        return "%s — a thank-you note %s.".formatted(who, withinWorkDays(workDays));
    }

    String birthday(LocalDate birthday, LocalDate due) {
        if (birthday.isBefore(asOf)) {
            return "Birthday was on %s: send a belated card.".formatted(date(birthday));
        }
        return "Birthday on %s: send a card %s.".formatted(date(birthday), when(due));
    }

    String anniversary(int years, LocalDate anniversary) {
        String howLong = years == 1 ? "One year" : years + " years";
        return "%s as a client on %s: a note to mark it.".formatted(howLong, date(anniversary));
    }

    String earlyCare(LocalDate firstPurchase, LocalDate due) {
        return "First purchase on %s: a care call %s to see how it went.".formatted(date(firstPurchase), when(due));
    }

    static String manual(String note) {
        return Text.isBlank(note) ? MANUAL_DEFAULT : note.strip();
    }

    /** "today" once the due date has come, else "by 21 Nov". */
    private String when(LocalDate due) {
        return due.isAfter(asOf) ? "by " + date(due) : "today";
    }

    private static String bought(ContactFact purchase) {
        String summary = cleaned(purchase.summary());
        if (!summary.isEmpty()) {
            return "Bought " + withArticle(lowerFirst(summary));
        }
        return purchase.amount() == null ? "Made a purchase" : "Bought something for " + amount(purchase.amount());
    }

    private static String aside(String summary) {
        String s = cleaned(summary);
        return s.isEmpty() ? "" : " (" + lowerFirst(s) + ")";
    }

    static String amount(BigDecimal amount) {
        return (amount.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY) : amount).toPlainString();
    }

    private static String withinWorkDays(int n) {
        return n == 0 ? "right away" : n == 1 ? "within 1 work day" : "within " + n + " work days";
    }

    private static String withinDays(int n) {
        return switch (n) {
            case 0 -> "right away";
            case 1 -> "within a day";
            case 7 -> "within a week";
            case 14 -> "within two weeks";
            default -> "within " + n + " days";
        };
    }

    private static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }

    private static String joined(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String cleaned(String text) {
        String s = Text.orEmpty(text).strip();
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** "Wedding cake" becomes "wedding cake"; "IKEA desk" keeps its capitals. */
    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    /**
     * "wedding cake" becomes "a wedding cake"; "flowers", "the big order", "2 loaves" stay; the
     * noun before "for", "of", "with"... decides: "cupcakes for a party" stays, "box of macarons"
     * becomes "a box of macarons".
     */
    private static String withArticle(String s) {
        String firstWord = SPACE.split(s, 2)[0].toLowerCase(Locale.ROOT);
        String head = LINK_WORD.split(s, 2)[0].strip();
        String lastWord = head.substring(head.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        boolean plural = lastWord.endsWith("s") && !lastWord.endsWith("ss");
        if (DETERMINERS.contains(firstWord) || Character.isDigit(s.charAt(0)) || plural) {
            return s;
        }
        return ("aeiouAEIOU".indexOf(s.charAt(0)) >= 0 ? "an " : "a ") + s;
    }
}
