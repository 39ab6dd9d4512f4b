package app.rapport.service.demo;

import app.rapport.model.Client;
import app.rapport.model.Decision;
import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.InteractionKind;
import app.rapport.model.Settings;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One client's story, written into their timeline: what they did and what the owner did about it,
 * up to the day it ends. Besides the ordinary stories, the cases every sample book shows: a
 * complaint unanswered yesterday, one answered whose check-in is due, a client back at risk.
 */
final class SampleStories {
    private final LocalDate asOf;
    private final ZoneId zone;
    private final Settings settings;
    private final SampleHistory history;

    /** {@code history} holds the book's complaints so far: one set of stories per book. */
    SampleStories(LocalDate asOf, ZoneId zone, Settings settings, SampleHistory history) {
        this.asOf = asOf;
        this.zone = zone;
        this.settings = settings;
        this.history = history;
    }

    /**
     * The client's contacts up to {@code end}, the owner's follow-ups of them until the as-of date
     * (until {@code end} for an archived client); none for a client who asked not to be contacted,
     * and then {@code null} is returned.
     */
    SampleOwner ordinary(Timeline timeline, Client client, LocalDate end, List<Decision> decisions) {
        history.write(timeline, client, end);
        return client.doNotContact() ? null : owner(timeline, client, client.archived() ? end : asOf, decisions);
    }

    /**
     * A client whose history ends with a complaint: unanswered yesterday, or answered a couple of
     * weeks ago and not checked on since. Chance alone may leave a small book without either; this
     * way every sample book has a recovery call and a recovery check-in to plan.
     */
    SampleOwner complaint(Timeline timeline, Client client, LocalDate day, boolean answered, List<Decision> decisions) {
        history.write(timeline, client, day);
        SampleOwner owner = owner(timeline, client, day.minusDays(1), decisions);
        SampleCare.complaint(history, timeline, day, answered ? owner : null, Reach.of(client));
        return owner;
    }

    /**
     * A client who rang to say they would be away for a while, just over two cadences ago: the
     * owner skipped the call a cadence later, and it is due again now, the client at risk.
     */
    SampleOwner away(Timeline timeline, Client client, List<Decision> decisions) {
        int cadence = settings.cadenceDays(client.tier());
        LocalDate away = asOf.minusDays(2L * cadence + Pick.between(timeline.random(), 0, 4));
        history.write(timeline, client, away);
        SampleOwner owner = owner(timeline, client, away, decisions);
        timeline.add(away.atTime(17, Pick.between(timeline.random(), 0, 59)), InteractionKind.CALL,
                Direction.INBOUND, Experience.NEUTRAL, null, "Called to say they will be away for a few months", "");
        owner.skip(FollowUpRule.GONE_QUIET, away, FollowUpAction.CALL, Timeline.ownersDay(away.plusDays(cadence)),
                "Away for a few months; call when they are back");
        return owner;
    }

    /** The owner works the follow-ups of the client's history until {@code stop}. */
    private SampleOwner owner(Timeline timeline, Client client, LocalDate stop, List<Decision> decisions) {
        SampleOwner owner = new SampleOwner(timeline, client.id(), stop, zone, decisions);
        new SampleFollowUps(owner, Reach.of(client)).work(client.clientSince(), client.birthday(),
                "VIP".equals(client.tier()), client.preferredChannel(), settings.cadenceDays(client.tier()));
        return owner;
    }
}
