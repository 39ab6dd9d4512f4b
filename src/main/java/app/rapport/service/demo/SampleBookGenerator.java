package app.rapport.service.demo;

import app.rapport.model.Client;
import app.rapport.model.Interaction;
import app.rapport.model.Settings;
import app.rapport.service.demo.Timeline.Event;
import java.time.LocalDate;
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

    private final long seed;
    private final int clients;
    private final LocalDate asOf;
    private final LocalDate start;
    private final Settings settings = Settings.defaults();
    private final SampleClients people;

    SampleBookGenerator(long seed, int clients, LocalDate asOf) {
        this.seed = seed;
        this.clients = clients;
        this.asOf = asOf;
        this.start = asOf.minusYears(YEARS);
        this.people = new SampleClients(asOf);
    }

    /** The whole book at once, for small books and tests. */
    SampleChunk generateAll() {
        List<Client> allClients = new ArrayList<>(clients);
        List<Interaction> allInteractions = new ArrayList<>();
        generate(Integer.MAX_VALUE, chunk -> {
            allClients.addAll(chunk.clients());
            allInteractions.addAll(chunk.interactions());
        });
        return new SampleChunk(allClients, allInteractions);
    }

    /** Hands the book over in chunks of at most {@code chunkClients} clients, in order. */
    void generate(int chunkClients, Consumer<SampleChunk> sink) {
        SplittableRandom master = new SplittableRandom(seed);
        Run run = new Run(master, new BitSet(clients), master.nextInt(Math.max(1, clients / 2)));
        int chunkSize = Math.min(chunkClients, clients);
        List<Client> chunk = new ArrayList<>(chunkSize);
        List<Interaction> interactions = new ArrayList<>(Math.min(chunkSize, 10_000) * 24);
        for (int index = 0; index < clients; index++) {
            chunk.add(next(run, index, interactions));
            if (chunk.size() == chunkSize || index == clients - 1) {
                sink.accept(new SampleChunk(List.copyOf(chunk), List.copyOf(interactions)));
                chunk.clear();
                interactions.clear();
            }
        }
    }

    /**
     * What one generation run remembers: its random, the next interaction number, who is inactive,
     * and from which client on it plants the problems every sample book shows.
     */
    private static final class Run {
        final SplittableRandom master;
        final BitSet inactive;
        final int plantFrom;
        long interactions;
        boolean unansweredPlanted;
        boolean answeredPlanted;

        Run(SplittableRandom master, BitSet inactive, int plantFrom) {
            this.master = master;
            this.inactive = inactive;
            this.plantFrom = plantFrom;
        }
    }

    private Client next(Run run, int index, List<Interaction> out) {
        SplittableRandom random = run.master.split();
        String id = SampleIds.client(index + 1L);
        LocalDate since = since(index, random);
        String tier = tier(random);
        boolean archived = Pick.chance(random, 0.03);
        boolean doNotContact = Pick.chance(random, 0.02);
        if (archived || doNotContact) {
            run.inactive.set(index);
        }
        int referrer = index > 0 && referred(random, index, since) ? referrer(random, index, run.inactive) : -1;
        String referredBy = referrer < 0 ? null : SampleIds.client(referrer + 1L);
        Client client = people.make(random, new SampleClients.Facts(id, since, tier, referredBy, doNotContact,
                archived));
        Timeline timeline = new Timeline(random, asOf);
        LocalDate end = end(random, since, settings.cadenceDays(tier), archived);
        boolean plantable = !archived && !doNotContact && end.equals(asOf) && index >= run.plantFrom;
        if (plantable && !run.unansweredPlanted && ChronoUnit.DAYS.between(since, asOf) >= 2) {
            run.unansweredPlanted = true;
            plantProblem(timeline, client, asOf.minusDays(1), false);
        } else if (plantable && !run.answeredPlanted && ChronoUnit.DAYS.between(since, asOf) >= 45) {
            run.answeredPlanted = true;
            plantProblem(timeline, client, asOf.minusDays(Pick.between(random, 20, 30)), true);
        } else {
            SampleHistory.write(timeline, client, end);
            if (end.equals(asOf)) {
                SampleCare.keptInTouch(timeline, since, settings.cadenceDays(tier));
                SampleCare.comingBirthday(timeline, client.birthday(), since);
            }
        }
        number(run, id, timeline, out);
        if (referredBy != null) {
            Timeline onReferrer = new Timeline(random, asOf);
            SampleCare.referral(onReferrer, since, client.displayName());
            number(run, referredBy, onReferrer, out);
        }
        return client;
    }

    /**
     * A client whose history ends with a complaint: unanswered yesterday, or answered weeks ago
     * and not checked on since. Chance alone may leave a small book without either; this way every
     * sample book has a recovery call and a recovery check-in to plan.
     */
    private static void plantProblem(Timeline timeline, Client client, LocalDate day, boolean answered) {
        SampleHistory.write(timeline, client, day);
        SampleCare.complaint(timeline, day, answered);
    }

    private static void number(Run run, String clientId, Timeline timeline, List<Interaction> out) {
        for (Event e : timeline.sorted()) {
            out.add(new Interaction(SampleIds.interaction(++run.interactions), clientId, e.at(), e.kind(),
                    e.direction(), e.experience(), e.amount(), e.summary(), e.notes()));
        }
    }

    /** Never later than the next client's: client numbers follow the order clients joined. */
    private LocalDate since(int index, SplittableRandom random) {
        double share = Math.pow((index + random.nextDouble()) / clients, GROWTH);
        long span = ChronoUnit.DAYS.between(start, asOf);
        return start.plusDays(Math.min(span, (long) (share * (span + 1))));
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

    /** An earlier client, who had joined by then; an active one when a few tries find one. */
    private static int referrer(SplittableRandom random, int index, BitSet inactive) {
        int candidate = random.nextInt(index);
        for (int tries = 0; tries < 4 && inactive.get(candidate); tries++) {
            candidate = random.nextInt(index);
        }
        return candidate;
    }

    /**
     * The last day the client was in touch: the as-of date for most; some drifted away past their
     * tier's cadence, some past twice it; archived clients long ago.
     */
    private LocalDate end(SplittableRandom random, LocalDate since, int cadence, boolean archived) {
        double roll = random.nextDouble();
        double cadences;
        if (archived) {
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
