package app.rapport.testutil;

import app.rapport.model.Birthday;
import app.rapport.model.Channel;
import app.rapport.model.ClientFacts;
import app.rapport.model.ContactFact;
import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.InteractionKind;
import app.rapport.model.ManualFollowUp;
import app.rapport.model.Referral;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds planning facts for tests: {@code facts("c-1").tier("VIP").purchase("2026-11-19T10:00", "120.00",
 * "Wedding cake").build()}. Times are {@code YYYY-MM-DD} (noon) or {@code YYYY-MM-DDTHH:MM};
 * decision times are UTC. Unless set, the last contact is the latest logged contact and the first
 * purchase the earliest logged purchase.
 */
public final class FactsBuilder {
    private final String id;
    private String name;
    private String tier;
    private Channel preferredChannel;
    private Birthday birthday;
    private LocalDate clientSince;
    private LocalDate addedOn = LocalDate.parse("2024-01-02");
    private LocalDateTime lastContactAt;
    private boolean lastContactSet;
    private LocalDateTime firstPurchaseAt;
    private boolean firstPurchaseSet;
    private final List<ContactFact> recent = new ArrayList<>();
    private final List<Referral> referrals = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final List<ManualFollowUp> manual = new ArrayList<>();

    private FactsBuilder(String id) {
        this.id = id;
        this.name = "Client " + id;
    }

    public static FactsBuilder facts(String id) {
        return new FactsBuilder(id);
    }

    public static LocalDateTime time(String value) {
        return value.length() == 10 ? LocalDateTime.parse(value + "T12:00") : LocalDateTime.parse(value);
    }

    private static Instant instant(String value) {
        return value.endsWith("Z") ? Instant.parse(value) : Instant.parse(time(value) + ":00Z");
    }

    public FactsBuilder name(String value) {
        this.name = value;
        return this;
    }

    public FactsBuilder tier(String value) {
        this.tier = value;
        return this;
    }

    public FactsBuilder prefers(Channel value) {
        this.preferredChannel = value;
        return this;
    }

    public FactsBuilder birthday(String value) {
        this.birthday = Birthday.parse(value);
        return this;
    }

    public FactsBuilder clientSince(String value) {
        this.clientSince = value == null ? null : LocalDate.parse(value);
        return this;
    }

    public FactsBuilder addedOn(String value) {
        this.addedOn = value == null ? null : LocalDate.parse(value);
        return this;
    }

    /** Overrides the last contact the store would load ({@code null}: none). */
    public FactsBuilder lastContactAt(String value) {
        this.lastContactAt = value == null ? null : time(value);
        this.lastContactSet = true;
        return this;
    }

    /** Overrides the first purchase ever, e.g. one older than the logged contacts. */
    public FactsBuilder firstPurchaseAt(String value) {
        this.firstPurchaseAt = value == null ? null : time(value);
        this.firstPurchaseSet = true;
        return this;
    }

    public FactsBuilder fact(ContactFact value) {
        recent.add(value);
        return this;
    }

    /** A contact of a kind, in its default direction, neutral. */
    public FactsBuilder contact(InteractionKind kind, String at) {
        return contact(kind, at, kind.defaultDirection(), Experience.NEUTRAL);
    }

    public FactsBuilder contact(InteractionKind kind, String at, Direction direction, Experience experience) {
        return fact(new ContactFact(time(at), kind, direction, experience, null, ""));
    }

    public FactsBuilder outbound(InteractionKind kind, String at) {
        return contact(kind, at, Direction.OUTBOUND, Experience.NEUTRAL);
    }

    public FactsBuilder inbound(InteractionKind kind, String at) {
        return contact(kind, at, Direction.INBOUND, Experience.NEUTRAL);
    }

    public FactsBuilder positive(InteractionKind kind, String at) {
        return contact(kind, at, kind.defaultDirection(), Experience.POSITIVE);
    }

    public FactsBuilder purchase(String at, String amount, String summary) {
        return fact(new ContactFact(time(at), InteractionKind.PURCHASE, Direction.INBOUND, Experience.NEUTRAL,
                amount == null ? null : new BigDecimal(amount), summary));
    }

    public FactsBuilder complaint(String at, String summary) {
        return fact(new ContactFact(time(at), InteractionKind.COMPLAINT, Direction.INBOUND, Experience.NEGATIVE, null,
                summary));
    }

    /** A contact of any kind that went badly. */
    public FactsBuilder negative(InteractionKind kind, String at, String summary) {
        return fact(new ContactFact(time(at), kind, kind.defaultDirection(), Experience.NEGATIVE, null, summary));
    }

    public FactsBuilder referral(String clientId, String clientName, String since) {
        referrals.add(new Referral(clientId, clientName, LocalDate.parse(since)));
        return this;
    }

    public FactsBuilder decision(Decision value) {
        decisions.add(value);
        return this;
    }

    public FactsBuilder skip(FollowUpRule rule, String anchor, String decidedAt) {
        return decision(new Decision(id, rule, LocalDate.parse(anchor), DecisionKind.SKIP, null, "Not now",
                instant(decidedAt)));
    }

    public FactsBuilder snooze(FollowUpRule rule, String anchor, String until, String decidedAt) {
        return decision(new Decision(id, rule, LocalDate.parse(anchor), DecisionKind.SNOOZE, LocalDate.parse(until),
                "", instant(decidedAt)));
    }

    /** A done as older books hold it: no action recorded. */
    public FactsBuilder done(FollowUpRule rule, String anchor, String decidedAt) {
        return decision(new Decision(id, rule, LocalDate.parse(anchor), DecisionKind.DONE, null, "",
                instant(decidedAt)));
    }

    /** A done of one action, as Rapport records it. */
    public FactsBuilder done(FollowUpRule rule, FollowUpAction action, String anchor, String decidedAt) {
        return decision(new Decision(id, rule, LocalDate.parse(anchor), DecisionKind.DONE, null, "",
                instant(decidedAt), action));
    }

    public FactsBuilder manual(String manualId, FollowUpAction action, String due, int priority, String note) {
        return manual(new ManualFollowUp(manualId, id, action, LocalDate.parse(due), priority, note,
                ManualFollowUp.Status.OPEN, LocalDate.parse("2026-11-01")));
    }

    public FactsBuilder manual(ManualFollowUp value) {
        manual.add(value);
        return this;
    }

    public ClientFacts build() {
        List<ContactFact> sorted = recent.stream().sorted(Comparator.comparing(ContactFact::at)).toList();
        LocalDateTime last = lastContactSet ? lastContactAt
                : sorted.isEmpty() ? null : sorted.get(sorted.size() - 1).at();
        LocalDateTime first = firstPurchaseSet ? firstPurchaseAt
                : sorted.stream().filter(f -> f.kind() == InteractionKind.PURCHASE).map(ContactFact::at).findFirst()
                        .orElse(null);
        return new ClientFacts(id, name, tier, preferredChannel, birthday, clientSince, addedOn, last, first, sorted,
                referrals, decisions, manual);
    }
}
