package app.rapport.planning;

import app.rapport.model.ContactFact;
import app.rapport.model.Insight;
import app.rapport.model.InteractionKind;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A client's contacts, oldest first, as Insight reads them around one contact (INSIGHT.md):
 * whether a purchase was thanked, whether the client bought again, when a complaint was answered.
 */
final class InsightLog {
    private final List<ContactFact> facts;

    /** The store reads a log oldest first; one in another order is sorted. */
    InsightLog(List<ContactFact> log) {
        this.facts = inOrder(log);
    }

    List<ContactFact> facts() {
        return facts;
    }

    int size() {
        return facts.size();
    }

    ContactFact get(int i) {
        return facts.get(i);
    }

    LocalDate day(int i) {
        return facts.get(i).at().toLocalDate();
    }

    /** A THANK_YOU_CALL or HANDWRITTEN_NOTE dated from the purchase's day to a week after it. */
    boolean thanked(int purchase) {
        LocalDate p = day(purchase);
        LocalDate last = p.plusDays(Insight.WEEK_DAYS);
        for (int j = purchase - 1; j >= 0 && day(j).equals(p); j--) {
            if (isThanks(facts.get(j))) {
                return true;
            }
        }
        for (int j = purchase + 1; j < facts.size() && !day(j).isAfter(last); j++) {
            if (isThanks(facts.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isThanks(ContactFact f) {
        return f.kind() == InteractionKind.THANK_YOU_CALL || f.kind() == InteractionKind.HANDWRITTEN_NOTE;
    }

    /** Another PURCHASE dated from the day after to 90 days after. */
    boolean boughtAgain(int purchase) {
        LocalDate p = day(purchase);
        LocalDate last = p.plusDays(Insight.BOUGHT_AGAIN_DAYS);
        for (int j = purchase + 1; j < facts.size() && !day(j).isAfter(last); j++) {
            if (facts.get(j).kind() == InteractionKind.PURCHASE && day(j).isAfter(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date of the first outbound call, visit, meeting or thank-you call after the complaint's time, within a week.
     */
    LocalDate firstAnswer(int complaint) {
        ContactFact n = facts.get(complaint);
        LocalDate last = day(complaint).plusDays(Insight.WEEK_DAYS);
        for (int j = complaint + 1; j < facts.size() && !day(j).isAfter(last); j++) {
            ContactFact f = facts.get(j);
            if (f.at().isAfter(n.at()) && f.isOutbound() && RecoveryRule.RECOVERY_KINDS.contains(f.kind())) {
                return day(j);
            }
        }
        return null;
    }

    private static List<ContactFact> inOrder(List<ContactFact> log) {
        for (int i = 1; i < log.size(); i++) {
            if (log.get(i).at().isBefore(log.get(i - 1).at())) {
                return log.stream().sorted(Comparator.comparing(ContactFact::at)).toList();
            }
        }
        return log;
    }
}
