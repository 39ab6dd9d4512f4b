package app.rapport.service.demo;

import app.rapport.model.Client;
import app.rapport.model.Decision;
import app.rapport.model.Interaction;
import app.rapport.model.Settings;
import app.rapport.service.demo.Timeline.Event;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A sample book from a seed: the same seed, number of clients and as-of date always give the same
 * book, whatever the day it is made. Clients join over the three years up to the as-of date,
 * more of them lately (the business grows); each has a history of about twenty contacts.
 */
final class SampleBookGenerator {
    private static final int YEARS = 3;
    /** Below 1, more clients join lately: about 8% in the last 60 days. */
    private static final double GROWTH = 0.7;
    private static final int RECENT_DAYS = 60;
    /**
     * The share of clients still in touch, of a tier whose cadence fits in the owner's time with
     * Rapport (VIPs), who were away for a while and come back on the list at risk about now: a few
     * in a book of hundreds, in proportion in a large one.
     */
    private static final double AWAY = 0.04;

    private final long seed;
    private final int clients;
    private final LocalDate asOf;
    private final LocalDate start;
    private final ZoneId zone;
    private final Settings settings = Settings.defaults();
    private final SampleClients people;

    /** A book whose decisions are timed in UTC, for tests. */
    SampleBookGenerator(long seed, int clients, LocalDate asOf) {
        this(seed, clients, asOf, ZoneOffset.UTC);
    }

    /** The owner's decisions are timed in {@code zone}, as the owner's clock would time them. */
    SampleBookGenerator(long seed, int clients, LocalDate asOf, ZoneId zone) {
        this.seed = seed;
        this.clients = clients;
        this.asOf = asOf;
        this.start = asOf.minusYears(YEARS);
        this.zone = zone;
        this.people = new SampleClients(asOf);
    }

    /** The whole book at once, for small books and tests. */
    SampleChunk generateAll() {
        List<Client> allClients = new ArrayList<>(clients);
        List<Interaction> allInteractions = new ArrayList<>();
        List<Decision> allDecisions = new ArrayList<>();
        generate(Integer.MAX_VALUE, chunk -> {
            allClients.addAll(chunk.clients());
            allInteractions.addAll(chunk.interactions());
            allDecisions.addAll(chunk.decisions());
        });
        return new SampleChunk(allClients, allInteractions, allDecisions);
    }

    /** Hands the book over in chunks of at most {@code chunkClients} clients, in order. */
    void generate(int chunkClients, Consumer<SampleChunk> sink) {
        SplittableRandom master = new SplittableRandom(seed);
        Run run = new Run(master, clients, master.nextInt(Math.max(1, clients / 2)),
                new SampleStories(asOf, zone, settings, new SampleHistory(new SampleProblems())));
        int chunkSize = Math.min(chunkClients, clients);
        List<Client> chunk = new ArrayList<>(chunkSize);
        List<Interaction> interactions = new ArrayList<>(Math.min(chunkSize, 10_000) * 24);
        List<Decision> decisions = new ArrayList<>();
        for (int index = 0; index < clients; index++) {
            chunk.add(next(run, index, interactions, decisions));
            if (chunk.size() == chunkSize || index == clients - 1) {
                sink.accept(new SampleChunk(List.copyOf(chunk), List.copyOf(interactions), List.copyOf(decisions)));
                chunk.clear();
                interactions.clear();
                decisions.clear();
            }
        }
    }

    /**
     * What one generation run remembers: its random, the next interaction number, who is inactive,
     * who takes no referrals (clients whose story a referral would change), from which client on
     * it plants the cases every sample book shows, and the complaints of each day.
     */
    private static final class Run {
        final SplittableRandom master;
        final BitSet inactive;
        final BitSet noReferrals;
        /** Clients with no postal address: a thank-you card to them is handed over in the shop. */
        final BitSet noPost;
        final int plantFrom;
        final SampleStories stories;
        long interactions;
        boolean unansweredPlanted;
        boolean answeredPlanted;
        boolean atRiskPlanted;

        Run(SplittableRandom master, int clients, int plantFrom, SampleStories stories) {
            this.master = master;
            this.stories = stories;
            this.inactive = new BitSet(clients);
            this.noReferrals = new BitSet(clients);
            this.noPost = new BitSet(clients);
            this.plantFrom = plantFrom;
        }
    }

    private Client next(Run run, int index, List<Interaction> out, List<Decision> decisions) {
        SplittableRandom random = run.master.split();
        String id = SampleIds.client(index + 1L);
        LocalDate since = since(index, random);
        String tier = tier(random);
        boolean archived = Pick.chance(random, 0.03);
        boolean doNotContact = Pick.chance(random, 0.02);
        if (archived || doNotContact) {
            run.inactive.set(index);
        }
        int referrer = index > 0 && referred(random, index, since)
                ? referrer(random, index, run.inactive, run.noReferrals) : -1;
        String referredBy = referrer < 0 ? null : SampleIds.client(referrer + 1L);
        Client client = people.make(random, new SampleClients.Facts(id, since, tier, referredBy, doNotContact,
                archived));
        run.noPost.set(index, client.address().isEmpty());
        int cadence = settings.cadenceDays(tier);
        Timeline timeline = new Timeline(random, asOf);
        LocalDate end = end(random, since, cadence, archived || doNotContact);
        long tenure = ChronoUnit.DAYS.between(since, asOf);
        boolean inTouch = !archived && !doNotContact && end.equals(asOf);
        boolean plantable = inTouch && index >= run.plantFrom;
        boolean mayBeAway = inTouch && cadence + 5 <= SampleOwner.RAPPORT_DAYS && tenure >= 2L * cadence + 20;
        SampleOwner owner;
        if (plantable && !run.unansweredPlanted && tenure >= 2) {
            run.unansweredPlanted = true;
            owner = run.stories.complaint(timeline, client, asOf.minusDays(1), false, decisions);
        } else if (plantable && !run.answeredPlanted && tenure >= 45) {
            run.answeredPlanted = true;
            run.noReferrals.set(index);
            owner = run.stories.complaint(timeline, client, asOf.minusDays(Pick.between(random, 12, 20)), true,
                    decisions);
        } else if (mayBeAway && (plantable && !run.atRiskPlanted || Pick.chance(random, AWAY))) {
            run.atRiskPlanted = true;
            owner = run.stories.away(timeline, client, decisions);
        } else {
            owner = run.stories.ordinary(timeline, client, end, decisions);
        }
        if (owner != null && owner.skippedQuiet()) {
            run.noReferrals.set(index);
        }
        number(run, id, timeline, out);
        if (referredBy != null) {
            Timeline onReferrer = new Timeline(random, asOf);
            SampleOwner thanks = run.inactive.get(referrer) ? null
                    : new SampleOwner(onReferrer, referredBy, asOf, zone, decisions);
            SampleCare.referral(onReferrer, thanks, !run.noPost.get(referrer), since, client.displayName());
            number(run, referredBy, onReferrer, out);
        }
        return client;
    }

    private static void number(Run run, String clientId, Timeline timeline, List<Interaction> out) {
        for (Event e : timeline.sorted()) {
            out.add(new Interaction(SampleIds.interaction(++run.interactions), clientId, e.at(), e.kind(),
                    e.direction(), e.experience(), e.amount(), e.summary(), e.notes()));
        }
    }

    /**
     * A day the shop is open; never later than the next client's: client numbers follow the order
     * clients joined.
     */
    private LocalDate since(int index, SplittableRandom random) {
        double share = Math.pow((index + random.nextDouble()) / clients, GROWTH);
        long span = ChronoUnit.DAYS.between(start, asOf);
        return Timeline.shopDay(start.plusDays(Math.min(span, (long) (share * (span + 1)))), start);
    }

    /** About 10% VIP, 60% REGULAR, 30% OCCASIONAL (the default tiers). */
    private static String tier(SplittableRandom random) {
        double roll = random.nextDouble();
        return roll < 0.1 ? "VIP" : roll < 0.7 ? "REGULAR" : "OCCASIONAL";
    }

    /**
     * About one client in ten came by word of mouth, more of the new ones (three in ten in the last
     * 60 days), and the newest client always: so there is a referrer to thank on the as-of date.
     */
    private boolean referred(SplittableRandom random, int index, LocalDate since) {
        boolean recent = ChronoUnit.DAYS.between(since, asOf) <= RECENT_DAYS;
        return index == clients - 1 || Pick.chance(random, recent ? 0.3 : 0.085);
    }

    /**
     * An earlier client, who had joined by then: an active one when a few tries find one, else an
     * inactive one; never one whose story a referral would change (a skipped call to a quiet
     * client is keyed on their last contact, which a referral would move); none when the tries
     * find only those.
     */
    private static int referrer(SplittableRandom random, int index, BitSet inactive, BitSet noReferrals) {
        int fallback = -1;
        for (int tries = 0; tries < 8; tries++) {
            int candidate = random.nextInt(index);
            if (!noReferrals.get(candidate)) {
                if (!inactive.get(candidate)) {
                    return candidate;
                }
                fallback = fallback < 0 ? candidate : fallback;
            }
        }
        return fallback;
    }

    /**
     * The last day the client was in touch: the as-of date for most; some drifted away past their
     * tier's cadence, some past twice it; archived clients, and those who asked not to be
     * contacted, long ago.
     */
    private LocalDate end(SplittableRandom random, LocalDate since, int cadence, boolean inactive) {
        double roll = random.nextDouble();
        double cadences;
        if (inactive) {
            cadences = Pick.between(random, 2.5, 6.0);
        } else if (roll < 0.94) {
            return asOf;
        } else if (roll < 0.98) {
            cadences = Pick.between(random, 1.05, 1.9);
        } else {
            cadences = Pick.between(random, 2.1, 4.0);
        }
        LocalDate end = asOf.minusDays(Math.round(cadence * cadences));
        return end.isBefore(since) ? since : end;
    }
}
