package app.rapport.service.demo;

import app.rapport.model.Client;
import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.Settings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of RULES.md's rules a sample book gives a follow-up on its as-of date, due within the
 * agenda's 7-day horizon. A plain reading of the rules, kept apart from the planner on purpose:
 * it checks that the sample data sets every rule off, not how the planner plans.
 */
final class RuleProbe {
    static final String GONE_QUIET = "GONE_QUIET";
    static final String GONE_QUIET_AT_RISK = "GONE_QUIET_AT_RISK";
    static final String THANK_PURCHASE_CALL = "THANK_PURCHASE_CALL";
    static final String THANK_PURCHASE_NOTE = "THANK_PURCHASE_NOTE";
    static final String RECOVERY = "RECOVERY";
    static final String RECOVERY_CHECK_IN = "RECOVERY_CHECK_IN";
    static final String THANK_REFERRER = "THANK_REFERRER";
    static final String BIRTHDAY = "BIRTHDAY";
    static final String ANNIVERSARY = "ANNIVERSARY";
    static final String EARLY_CARE = "EARLY_CARE";
    static final Set<String> ALL = Set.of(GONE_QUIET, GONE_QUIET_AT_RISK, THANK_PURCHASE_CALL, THANK_PURCHASE_NOTE,
            RECOVERY, RECOVERY_CHECK_IN, THANK_REFERRER, BIRTHDAY, ANNIVERSARY, EARLY_CARE);
    private static final Set<InteractionKind> RECOVERING = EnumSet.of(InteractionKind.CALL, InteractionKind.VISIT,
            InteractionKind.MEETING, InteractionKind.THANK_YOU_CALL);

    private final LocalDate asOf;
    private final LocalDate horizon;
    private final Settings settings = Settings.defaults();

    RuleProbe(LocalDate asOf) {
        this.asOf = asOf;
        this.horizon = asOf.plusDays(7);
    }

    /** Each rule that fires, with how many active clients it fires for. */
    Map<String, Integer> fired(List<Client> clients, List<Interaction> interactions) {
        Map<String, List<Interaction>> log = new HashMap<>();
        for (Interaction i : interactions) {
            log.computeIfAbsent(i.clientId(), k -> new ArrayList<>()).add(i);
        }
        log.values().forEach(l -> l.sort(Comparator.comparing(Interaction::at)));
        Map<String, Client> byId = new HashMap<>();
        clients.forEach(c -> byId.put(c.id(), c));
        Map<String, Integer> fired = new HashMap<>();
        for (Client c : clients) {
            List<Interaction> own = log.getOrDefault(c.id(), List.of());
            if (!c.archived() && !c.doNotContact()) {
                for (String rule : rules(c, own)) {
                    fired.merge(rule, 1, Integer::sum);
                }
            }
            Client referrer = c.referredBy() == null ? null : byId.get(c.referredBy());
            if (referrer != null && !referrer.archived() && !referrer.doNotContact() && within(c.clientSince(), 60)
                    && !Timeline.addWorkDays(c.clientSince(), 3).isAfter(horizon)
                    && log.getOrDefault(referrer.id(), List.of()).stream().noneMatch(i ->
                    i.kind() == InteractionKind.HANDWRITTEN_NOTE && !i.at().toLocalDate().isBefore(c.clientSince()))) {
                fired.merge(THANK_REFERRER, 1, Integer::sum);
            }
        }
        return fired;
    }

    private Set<String> rules(Client c, List<Interaction> log) {
        Set<String> rules = new TreeSet<>();
        int cadence = settings.cadenceDays(c.tier());
        LocalDate last = log.isEmpty() ? c.clientSince() : log.get(log.size() - 1).at().toLocalDate();
        if (!last.plusDays(cadence).isAfter(horizon)) {
            rules.add(ChronoUnit.DAYS.between(last, asOf) >= 2L * cadence ? GONE_QUIET_AT_RISK : GONE_QUIET);
        }
        List<Interaction> purchases = log.stream().filter(i -> i.kind() == InteractionKind.PURCHASE).toList();
        if (!purchases.isEmpty()) {
            Interaction p = purchases.get(purchases.size() - 1);
            if (within(p.at().toLocalDate(), 30)) {
                if (noneFrom(log, p, InteractionKind.THANK_YOU_CALL)) {
                    rules.add(THANK_PURCHASE_CALL);
                }
                boolean noteDue = p == purchases.get(0) || p.amount().compareTo(new BigDecimal("500")) >= 0;
                if (noteDue && noneFrom(log, p, InteractionKind.HANDWRITTEN_NOTE)) {
                    rules.add(THANK_PURCHASE_NOTE);
                }
            }
            LocalDate first = purchases.get(0).at().toLocalDate();
            if (within(first, 60) && !first.plusDays(30).isAfter(horizon) && log.stream().noneMatch(i ->
                    i.direction() == Direction.OUTBOUND && i.at().toLocalDate().isAfter(first.plusDays(7)))) {
                rules.add(EARLY_CARE);
            }
        }
        recovery(log, rules);
        if (c.birthday() != null) {
            LocalDate b = c.birthday().in(asOf.getYear());
            b = b.isBefore(asOf.minusDays(7)) ? c.birthday().in(asOf.getYear() + 1) : b;
            LocalDate from = b.minusDays(30);
            LocalDate to = b;
            if (!b.minusDays(7).isAfter(horizon)
                    && log.stream().noneMatch(i -> (i.kind() == InteractionKind.HANDWRITTEN_NOTE
                    || i.kind() == InteractionKind.GIFT) && between(i, from, to))) {
                rules.add(BIRTHDAY);
            }
        }
        LocalDate a = c.clientSince().withYear(asOf.getYear());
        a = a.isBefore(asOf.minusDays(7)) ? c.clientSince().withYear(asOf.getYear() + 1) : a;
        LocalDate anniversary = a;
        if (!a.isBefore(c.clientSince().plusYears(1)) && !a.isAfter(horizon) && log.stream().noneMatch(i ->
                EnumSet.of(InteractionKind.HANDWRITTEN_NOTE, InteractionKind.CALL, InteractionKind.THANK_YOU_CALL,
                        InteractionKind.GIFT).contains(i.kind())
                                && between(i, anniversary.minusDays(14), anniversary))) {
            rules.add(ANNIVERSARY);
        }
        return rules;
    }

    private void recovery(List<Interaction> log, Set<String> rules) {
        Interaction problem = null;
        for (Interaction i : log) {
            if (i.kind() == InteractionKind.COMPLAINT || i.experience() == Experience.NEGATIVE) {
                problem = i;
            }
        }
        if (problem == null || !within(problem.at().toLocalDate(), 60)) {
            return;
        }
        Interaction n = problem;
        Interaction recovered = log.stream().filter(i -> i.at().isAfter(n.at()) && i.direction() == Direction.OUTBOUND
                && RECOVERING.contains(i.kind())).findFirst().orElse(null);
        if (recovered == null) {
            rules.add(RECOVERY);
            return;
        }
        LocalDate r = recovered.at().toLocalDate();
        if (!r.plusDays(14).isAfter(horizon) && log.stream().noneMatch(i -> i.direction() == Direction.OUTBOUND
                && i.at().toLocalDate().isAfter(r))) {
            rules.add(RECOVERY_CHECK_IN);
        }
    }

    private boolean within(LocalDate day, int days) {
        return !day.isAfter(asOf) && ChronoUnit.DAYS.between(day, asOf) <= days;
    }

    private static boolean noneFrom(List<Interaction> log, Interaction from, InteractionKind kind) {
        return log.stream().noneMatch(i -> i.kind() == kind && !i.at().isBefore(from.at()) && i != from);
    }

    private static boolean between(Interaction i, LocalDate from, LocalDate to) {
        LocalDate d = i.at().toLocalDate();
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
