package app.rapport.service.demo;

import app.rapport.model.Birthday;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.InteractionKind;
import app.rapport.service.demo.SampleOwner.Handled;
import app.rapport.service.demo.Timeline.Event;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The follow-ups RULES.md raises from one client's history, as the owner works them off the list:
 * thank-you calls and notes after purchases, recovery calls and check-ins after problems, birthday
 * and anniversary cards, care calls after a first purchase, and keeping in touch when the client
 * has gone quiet. Each is planned as the rule dates it and handled by the {@link SampleOwner}.
 */
final class SampleFollowUps {
    private static final Set<InteractionKind> RECOVERING = EnumSet.of(InteractionKind.CALL, InteractionKind.VISIT,
            InteractionKind.MEETING, InteractionKind.THANK_YOU_CALL);
    private static final Set<InteractionKind> MARKS_ANNIVERSARY = EnumSet.of(InteractionKind.HANDWRITTEN_NOTE,
            InteractionKind.CALL, InteractionKind.THANK_YOU_CALL, InteractionKind.GIFT);

    private final SampleOwner owner;
    private final Reach reach;
    private final Timeline timeline;
    private final SplittableRandom random;

    SampleFollowUps(SampleOwner owner, Reach reach) {
        this.owner = owner;
        this.reach = reach;
        this.timeline = owner.timeline();
        this.random = timeline.random();
    }

    /** Everything the rules raise from the history so far, keeping in touch last. */
    void work(LocalDate since, Birthday birthday, boolean vip, Channel channel, int cadence) {
        List<Event> purchases = new ArrayList<>();
        List<Event> problems = new ArrayList<>();
        for (Event e : timeline.sorted()) {
            if (e.kind() == InteractionKind.PURCHASE) {
                purchases.add(e);
            }
            if (e.kind() == InteractionKind.COMPLAINT || e.experience() == Experience.NEGATIVE) {
                problems.add(e);
            }
        }
        new SampleThanks(owner, reach).thank(purchases);
        for (int i = 0; i < problems.size(); i++) {
            recover(problems.get(i), i + 1 < problems.size() ? problems.get(i + 1) : null);
        }
        if (birthday != null) {
            birthdays(birthday, since, vip);
        }
        anniversaries(since);
        if (!purchases.isEmpty()) {
            earlyCare(purchases.get(0));
        }
        new SampleKeepInTouch(owner, reach, channel, cadence).work(since);
    }

    /** An apology call, mostly the next work day, then a check-in two weeks on; a newer problem takes over. */
    private void recover(Event problem, Event next) {
        LocalDate day = problem.at().toLocalDate();
        LocalDate lastDay = day.plusDays(60);
        if (next != null && next.at().toLocalDate().isBefore(lastDay)) {
            lastDay = next.at().toLocalDate().minusDays(1);
        }
        boolean sameDay = Timeline.isOwnersDay(day) && problem.at().getHour() < 15 && Pick.chance(random, 0.3);
        String remedy = problem.remedies().isEmpty() ? "Called to apologise" : Pick.one(random, problem.remedies());
        Contact apology = apology(reach, remedy);
        if (owner.follow(FollowUpRule.RECOVERY, day, FollowUpAction.CALL, sameDay ? day : Timeline.addWorkDays(day, 1),
                lastDay, problem.at(), apology.kind(), apology.summary()) == null) {
            return;
        }
        LocalDateTime recovered = null;
        for (Event e : timeline.sorted()) {
            if (e.at().isAfter(problem.at()) && e.way() == Direction.OUTBOUND && RECOVERING.contains(e.kind())) {
                recovered = e.at();
                break;
            }
        }
        LocalDate r = recovered.toLocalDate();
        LocalDate due = r.plusDays(14);
        if (!timeline.any(e -> e.way() == Direction.OUTBOUND && e.at().toLocalDate().isAfter(r)
                && e.at().toLocalDate().isBefore(due))) {
            Contact c = callOr(SampleSummaries.CHECK_INS, "Emailed to check all was well after the problem",
                    "Checked all was well when they came in");
            owner.follow(FollowUpRule.RECOVERY_CHECK_IN, day, FollowUpAction.CALL, due, lastDay, recovered, c.kind(),
                    c.summary());
        }
    }

    /** A card a week before each birthday (for some VIPs a small gift), unless one went out already. */
    private void birthdays(Birthday birthday, LocalDate since, boolean vip) {
        for (int year = since.getYear(); year <= timeline.asOf().getYear() + 1; year++) {
            LocalDate b = birthday.in(year);
            LocalDate due = b.minusDays(7);
            if (b.isBefore(since) || !due.isBefore(timeline.asOf()) || timeline.any(e -> marksBirthday(e, b))) {
                continue;
            }
            LocalDate planned = due.isBefore(since) ? since : due;
            boolean gift = vip && Pick.chance(random, 0.4);
            Handled h = owner.handle(FollowUpRule.BIRTHDAY, b, FollowUpAction.NOTE, planned, b.plusDays(7));
            if (h != null && !h.skipped()) {
                String card = (h.day().isAfter(b) ? "Belated birthday card" : "Birthday card")
                        + (reach.post() ? "" : " handed over in the shop");
                String summary = gift ? Pick.one(random, SampleSummaries.BIRTHDAY_GIFTS) : card;
                owner.log(FollowUpRule.BIRTHDAY, b, FollowUpAction.NOTE, timeline.during(h.day()),
                        gift ? InteractionKind.GIFT : InteractionKind.HANDWRITTEN_NOTE, summary);
            }
        }
    }

    private static boolean marksBirthday(Event e, LocalDate b) {
        LocalDate d = e.at().toLocalDate();
        return (e.kind() == InteractionKind.HANDWRITTEN_NOTE || e.kind() == InteractionKind.GIFT)
                && !d.isBefore(b.minusDays(30)) && !d.isAfter(b);
    }

    /**
     * A card on each anniversary of becoming a client (written the work day before when it falls on
     * a day off), unless a call, card or gift marked it already.
     */
    private void anniversaries(LocalDate since) {
        for (int years = 1; !since.plusYears(years).isAfter(timeline.asOf()); years++) {
            LocalDate a = since.plusYears(years);
            LocalDate from = a.minusDays(14);
            if (timeline.any(e -> MARKS_ANNIVERSARY.contains(e.kind()) && !e.at().toLocalDate().isBefore(from)
                    && !e.at().toLocalDate().isAfter(a))) {
                continue;
            }
            String summary = !reach.post() ? "Anniversary card handed over in the shop"
                    : Pick.chance(random, 0.5)
                    ? "Anniversary card: " + years + (years == 1 ? " year" : " years") + " with us"
                    : "Card to thank them for " + (years == 1 ? "a year" : years + " years") + " of orders";
            owner.follow(FollowUpRule.ANNIVERSARY, a, FollowUpAction.NOTE, Timeline.ownersDayBefore(a), a.plusDays(7),
                    null,
                    InteractionKind.HANDWRITTEN_NOTE, summary);
        }
    }

    /** A month after the first purchase, a call to see how it went, unless the owner has been in touch since. */
    private void earlyCare(Event first) {
        LocalDate f = first.at().toLocalDate();
        LocalDate due = f.plusDays(30);
        if (!timeline.any(e -> e.way() == Direction.OUTBOUND && e.at().toLocalDate().isAfter(f.plusDays(7))
                && !e.at().toLocalDate().isAfter(due))) {
            Contact c = callOr(SampleSummaries.CARE_CALLS, "Emailed to ask how the first order went",
                    "Asked how the first order went when they came in");
            owner.follow(FollowUpRule.EARLY_CARE, f, FollowUpAction.CALL, due, f.plusDays(60), first.at(), c.kind(),
                    c.summary());
        }
    }

    /** A contact to log: its kind and what it says. */
    record Contact(InteractionKind kind, String summary) {
    }

    /** The apology after a problem: a call saying {@code remedy}, else a visit, else a word in the shop. */
    static Contact apology(Reach reach, String remedy) {
        return reach.phone() ? new Contact(InteractionKind.CALL, remedy)
                : reach.post() ? new Contact(InteractionKind.VISIT, "Went round to apologise in person")
                : new Contact(InteractionKind.MEETING, "Apologised in person when they came in");
    }

    /** A call when the client has a phone number, else an email, else a word when they come in. */
    private Contact callOr(List<String> calls, String email, String inPerson) {
        return reach.phone() ? new Contact(InteractionKind.CALL, Pick.one(random, calls))
                : reach.email() ? new Contact(InteractionKind.EMAIL, email)
                : new Contact(InteractionKind.MEETING, inPerson);
    }
}
