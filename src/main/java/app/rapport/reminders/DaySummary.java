package app.rapport.reminders;

import app.rapport.model.Agenda;
import app.rapport.model.Bucket;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the reminder says about a day: how much of each kind of work is due (overdue or today), and
 * the first clients on the list.
 */
public record DaySummary(LocalDate day, Map<Work, Integer> counts, List<String> firstNames, int clients) {
    /** How many names the reminder shows. */
    public static final int NAMES = 3;

    /** The kinds of work, in the order the reminder lists them, with their words. */
    public enum Work {
        THANK_YOU_CALL("thank-you call", "thank-you calls"),
        NOTE("note to write", "notes to write"),
        RECOVERY_CALL("recovery call", "recovery calls"),
        QUIET_CLIENT("quiet client", "quiet clients"),
        CARE_CALL("care call", "care calls"),
        OWN("follow-up you added", "follow-ups you added");

        private final String one;
        private final String many;

        Work(String one, String many) {
            this.one = one;
            this.many = many;
        }

        public String words(int count) {
            return count + " " + (count == 1 ? one : many);
        }

        static Work of(FollowUp f) {
            return switch (f.rule()) {
                case THANK_PURCHASE -> f.action() == FollowUpAction.CALL ? THANK_YOU_CALL : NOTE;
                case RECOVERY, RECOVERY_CHECK_IN -> RECOVERY_CALL;
                case GONE_QUIET -> QUIET_CLIENT;
                case EARLY_CARE -> CARE_CALL;
                case MANUAL -> OWN;
                case THANK_REFERRER, BIRTHDAY, ANNIVERSARY -> NOTE;
            };
        }
    }

    public DaySummary {
        counts = Map.copyOf(counts);
        firstNames = List.copyOf(firstNames);
    }

    /** The work due on the agenda's day: overdue and due that day (not what is coming up). */
    public static DaySummary of(Agenda agenda) {
        Map<Work, Integer> counts = new EnumMap<>(Work.class);
        Set<String> names = new LinkedHashSet<>();
        Set<String> clients = new LinkedHashSet<>();
        for (FollowUp f : agenda.followUps()) {
            if (f.bucket(agenda.asOf()) == Bucket.UPCOMING) {
                continue;
            }
            counts.merge(Work.of(f), 1, Integer::sum);
            if (clients.add(f.clientId()) && names.size() < NAMES) {
                names.add(f.clientName());
            }
        }
        return new DaySummary(agenda.asOf(), counts, new ArrayList<>(names), clients.size());
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    public int count(Work work) {
        return counts.getOrDefault(work, 0);
    }

    /** "3 thank-you calls · 2 notes to write · 1 recovery call · 4 quiet clients", or "All caught up". */
    public String countsLine() {
        if (isEmpty()) {
            return "All caught up: nothing is due today.";
        }
        List<String> parts = new ArrayList<>();
        for (Work w : Work.values()) {
            if (count(w) > 0) {
                parts.add(w.words(count(w)));
            }
        }
        return String.join(" · ", parts);
    }

    /** "Ana Ruiz, Li Wei, Zoë Müller and 5 more", or empty when nothing is due. */
    public String namesLine() {
        if (firstNames.isEmpty()) {
            return "";
        }
        String names = String.join(", ", firstNames);
        int more = clients - firstNames.size();
        return more > 0 ? names + " and " + more + " more" : names;
    }
}
